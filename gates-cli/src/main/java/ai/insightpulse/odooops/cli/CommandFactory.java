package ai.insightpulse.odooops.cli;

import picocli.CommandLine;

/**
 * Hands every command its run ({@link RunContext}: the environment, the policy, where the outcome goes), so that no
 * command reads {@code System.getenv} itself. Commands are created before the command line is parsed and the policy
 * applied: each reads {@link RunContext#environment()} when it runs.
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
            return CommandLine.defaultFactory().create(type);
        }
    }
}
