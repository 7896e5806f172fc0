package ai.insightpulse.odooops.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli options declared in code rather than with annotations, for the path a {@code neutralize} run takes: the
 * root command, {@code neutralize} and the option classes it shares ({@link NeutralizeOptions},
 * {@link ServerOptions}, {@link TargetSelectionOptions}, {@code EvidenceOptions}).
 *
 * <p>Why: picocli reads annotations through reflection, and the JDK hands out each annotation as a dynamic proxy
 * whose class it generates when the annotation is first read (JDK 25: with its ClassFile API, interpreted at that
 * point); no class-data-sharing archive or AOT cache holds such classes, so every run paid for them again (with
 * picocli's reflection, 60-100 ms of a live run's ~0.6 CPU s, docs/PERFORMANCE.md, session {@code cli3}). The
 * other commands stay annotated and take these options as a mixin of their {@link CommandSpec}:
 * {@code @Mixin CommandSpec flags = options.spec();} (picocli uses a mixin value that already is a
 * {@code CommandSpec} as it is).
 */
public final class CodedOptions {

    /** The key under which picocli files the standard help options; {@code mixinStandardHelpOptions()} reads it. */
    private static final String STANDARD_HELP_KEY = "mixinStandardHelpOptions";

    private CodedOptions() {
    }

    /** An option with one value, {@code --name=LABEL}; its value is a {@code String}, null when not given. */
    public static OptionSpec text(String name, String paramLabel, String description) {
        return OptionSpec.builder(name).type(String.class).paramLabel(paramLabel).description(description)
                .build();
    }

    /** An option without a value, {@code --name}; given, its value is {@code true}. */
    public static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).type(boolean.class).initialValue(false).hasInitialValue(true)
                .description(description).build();
    }

    /** The value parsed for a {@link #text} option, or null. */
    public static String text(OptionSpec option) {
        return option.getValue();
    }

    /** Whether a {@link #flag} option was given. */
    public static boolean flag(OptionSpec option) {
        return Boolean.TRUE.equals(option.getValue());
    }

    /** A mixin of {@code options}, in this order. */
    public static CommandSpec mixin(OptionSpec... options) {
        CommandSpec mixin = CommandSpec.create();
        for (OptionSpec option : options) {
            mixin.addOption(option);
        }
        return mixin;
    }

    /**
     * Adds {@code -h, --help} and {@code -V, --version} as picocli's {@code mixinStandardHelpOptions = true} does
     * (same names, texts and place among the options), without the annotated class picocli reads them from.
     */
    public static CommandSpec withStandardHelpOptions(CommandSpec command) {
        return command.addMixin(STANDARD_HELP_KEY, mixin(
                OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                        .initialValue(false).hasInitialValue(true).descriptionKey("mixinStandardHelpOptions.help")
                        .description("Show this help message and exit.").build(),
                OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                        .initialValue(false).hasInitialValue(true).descriptionKey("mixinStandardHelpOptions.version")
                        .description("Print version information and exit.").build()));
    }
}
