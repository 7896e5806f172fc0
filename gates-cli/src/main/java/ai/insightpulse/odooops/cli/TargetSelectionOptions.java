package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.ConfigVariables;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Which crons stay, which targets run and which system parameters are credentials: flags shared by every command
 * that neutralizes. A picocli mixin ({@link #spec}).
 */
public final class TargetSelectionOptions {

    private final OptionSpec cronAllowlist = CodedOptions.text("--cron-allowlist", "IDS",
            "Cron xml ids to keep, comma separated, or 'none' (IPAI_CRON_ALLOWLIST).");

    private final OptionSpec targets = CodedOptions.text("--targets", "IDS",
            "Run only these targets, comma separated (IPAI_NEUTRALIZE_TARGETS).");

    private final OptionSpec skipTargets = CodedOptions.text("--skip-targets", "IDS",
            "Leave these targets out (IPAI_NEUTRALIZE_SKIP_TARGETS); mail and crons cannot be left out.");

    private final OptionSpec credentialWords = CodedOptions.text("--credential-words", "WORDS",
            "More words that make a system parameter key a credential, comma separated, added to the "
                    + "defaults (IPAI_CREDENTIAL_WORDS).");

    private final OptionSpec credentialKeep = CodedOptions.text("--credential-keep", "KEYS",
            "System parameter keys (or prefix*) never emptied as credentials, comma separated, added to "
                    + "the defaults (IPAI_CREDENTIAL_KEEP).");

    private final OptionSpec sanitize = CodedOptions.flag("--sanitize",
            "Also sanitize: personal data masked, passwords replaced, API keys and tokens removed, in the "
                    + "same transaction as neutralization (IPAI_SANITIZE=YES).");

    private final OptionSpec stagingPasswordFile = CodedOptions.text("--staging-password-file", "FILE",
            "With --sanitize: file holding the one password every user gets; without it every "
                    + "password is disabled (IPAI_STAGING_PASSWORD_FILE).");

    private final OptionSpec keepLogins = CodedOptions.text("--keep-login", "LOGINS",
            "With --sanitize: logins kept as they are besides admin, comma separated "
                    + "(IPAI_SANITIZE_KEEP_LOGINS).");

    private final CommandSpec spec = CodedOptions.mixin(cronAllowlist, targets, skipTargets, credentialWords,
            credentialKeep, sanitize, stagingPasswordFile, keepLogins);

    /** With nothing parsed yet. */
    public TargetSelectionOptions() {
    }

    /** These flags, as a picocli mixin ({@link CodedOptions}). */
    public CommandSpec spec() {
        return spec;
    }

    /** Lays these flags over {@code vars}. */
    public void applyTo(Map<String, String> vars) {
        ServerOptions.putIfSet(vars, ConfigVariables.IPAI_CRON_ALLOWLIST, cronAllowlist);
        ServerOptions.putIfSet(vars, ConfigVariables.IPAI_NEUTRALIZE_TARGETS, targets);
        ServerOptions.putIfSet(vars, ConfigVariables.IPAI_NEUTRALIZE_SKIP_TARGETS, skipTargets);
        ServerOptions.putIfSet(vars, ConfigVariables.IPAI_CREDENTIAL_WORDS, credentialWords);
        ServerOptions.putIfSet(vars, ConfigVariables.IPAI_CREDENTIAL_KEEP, credentialKeep);
        if (CodedOptions.flag(sanitize)) {
            vars.put(ConfigVariables.IPAI_SANITIZE, "YES");
        }
        ServerOptions.putIfSet(vars, ConfigVariables.IPAI_STAGING_PASSWORD_FILE, stagingPasswordFile);
        ServerOptions.putIfSet(vars, ConfigVariables.IPAI_SANITIZE_KEEP_LOGINS, keepLogins);
    }
}
