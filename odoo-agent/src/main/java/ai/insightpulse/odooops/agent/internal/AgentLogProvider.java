package ai.insightpulse.odooops.agent.internal;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The agent's SLF4J binding, found through {@link java.util.ServiceLoader}: {@link AgentLogging}'s loggers, one
 * line per event on stderr. A handful of classes where logback took some 220 (and ~3 MiB of a sidecar's class
 * metadata); the agent needs nothing more than levels per logger prefix and two line formats. An application that
 * embeds the agent beside another binding picks one with {@code -Dslf4j.provider=CLASS} (SLF4J 2.0.9+).
 */
public final class AgentLogProvider implements SLF4JServiceProvider {

    /** The system property naming jboss-logging's back end. */
    public static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";

    private ILoggerFactory loggers;
    private IMarkerFactory markers;
    private MDCAdapter mdc;

    /** Used by the service loader. */
    public AgentLogProvider() {
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // Undertow and XNIO log through jboss-logging, which goes to SLF4J only when told (or when it sees logback);
        // otherwise it would write java.util.logging's two-line records on stderr, around the agent's own lines
        if (System.getProperty(JBOSS_LOGGING_PROVIDER) == null) {
            System.setProperty(JBOSS_LOGGING_PROVIDER, "slf4j");
        }
        loggers = AgentLogging.LOGGERS;
        markers = new BasicMarkerFactory();
        mdc = new NOPMDCAdapter();
    }
}
