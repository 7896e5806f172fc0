package ai.insightpulse.odooops.cli;

import java.util.Map;
import picocli.CommandLine;

/** Hands every command the process environment, so that no command reads {@code System.getenv} itself. */
final class CommandFactory implements CommandLine.IFactory {

    private final Map<String, String> environment;

    CommandFactory(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(Map.class).newInstance(environment);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
