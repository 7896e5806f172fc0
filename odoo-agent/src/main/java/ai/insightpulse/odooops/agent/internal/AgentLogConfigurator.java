package ai.insightpulse.odooops.agent.internal;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's start-up configuration for the agent, found through {@link java.util.ServiceLoader}: plain text on
 * stderr, set up in code. Configuring in code rather than with a {@code logback.xml} keeps logback's XML
 * machinery (some 400 classes and their metadata, several MiB of a sidecar's memory) out of the process.
 * {@code main} switches to JSON lines in production through {@link AgentLogging#configure(boolean)}.
 */
public final class AgentLogConfigurator extends ContextAwareBase implements Configurator {

    /** Used by the service loader. */
    public AgentLogConfigurator() {
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        AgentLogging.configure(context, false);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
