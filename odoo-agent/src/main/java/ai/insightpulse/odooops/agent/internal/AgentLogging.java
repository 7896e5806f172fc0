package ai.insightpulse.odooops.agent.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import org.slf4j.LoggerFactory;

/**
 * Logging of the agent process: one line per event on stderr; JSON lines (logback's {@link JsonEncoder}) in
 * production, where the constitution (§3.2) wants structured logs, plain text elsewhere. Only the agent's
 * {@code main} calls this; an embedding application keeps its own logging.
 */
public final class AgentLogging {

    private AgentLogging() {
    }

    /** Replaces the logging configuration. */
    public static void configure(boolean json) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.reset();
            configure(context, json);
        }
    }

    /** Configures {@code context} from scratch. */
    static void configure(LoggerContext context, boolean json) {
        Encoder<ILoggingEvent> encoder;
        if (json) {
            JsonEncoder e = new JsonEncoder();
            e.setWithSequenceNumber(false);
            e.setWithNanoseconds(false);
            e.setWithContext(false);
            // one readable message per line, not a template plus its arguments
            e.setWithFormattedMessage(true);
            e.setWithMessage(false);
            e.setWithArguments(false);
            e.setWithMDC(false);
            e.setContext(context);
            e.start();
            encoder = e;
        } else {
            PatternLayoutEncoder e = new PatternLayoutEncoder();
            e.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level %logger{0} - %msg%n");
            e.setContext(context);
            e.start();
            encoder = e;
        }
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setName("stderr");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.setContext(context);
        stderr.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(stderr);
        quiet(context);
    }

    private static void quiet(LoggerContext context) {
        // the engine logs every inspection and failure; the guard logs state changes and failures once itself
        context.getLogger("ai.insightpulse.odooops.neutralize").setLevel(Level.OFF);
        context.getLogger("org.jooq").setLevel(Level.WARN);
        context.getLogger("org.xnio").setLevel(Level.WARN);
        context.getLogger("io.undertow").setLevel(Level.WARN);
        // the pool logs every failed connection attempt and broken session with a stack trace, again and again
        // while the database is down; the guard reports the outage and the recovery in one line each
        context.getLogger("com.zaxxer.hikari").setLevel(Level.ERROR);
        context.getLogger("org.testcontainers").setLevel(Level.WARN);
    }
}
