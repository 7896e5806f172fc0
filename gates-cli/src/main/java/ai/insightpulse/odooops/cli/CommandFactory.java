package ai.insightpulse.odooops.cli;

import java.util.Map;
import picocli.CommandLine;

/**
 * Hands every command its run ({@link RunContext}: the environment, the policy, where the outcome goes), or just the
 * process environment, so that no command reads {@code System.getenv} itself.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final RunContext run;

    CommandFactory(RunContext run) {
        this.run = run;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(RunContext.class).newInstance(run);
        } catch (NoSuchMethodException e) {
            // not a summary-line command: the environment is all it needs
        }
        try {
            return type.getDeclaredConstructor(Map.class).newInstance(run.environment());
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
