package ai.insightpulse.odooops.cli;

/**
 * A command whose first use of jOOQ is the engine's run, started through
 * {@link EnginePreload#openedWhilePreloading}: the launcher does not wait for the preload before running it, so
 * that its configuration and connection overlap the preload. Every other command runs after the preload.
 */
public interface EngineCommand {
}
