package ai.insightpulse.odooops.agent.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * Logging of the agent process ({@link AgentLogProvider} binds SLF4J to it): one line per event on stderr; JSON
 * lines in production, where the constitution (§3.2) wants structured logs, with the fields of logback's JSON
 * encoder that the agent used before ({@code timestamp} in epoch milliseconds, {@code level}, {@code threadName},
 * {@code loggerName}, {@code formattedMessage}, {@code throwable}); plain text elsewhere
 * ({@code 2026-12-05T00:20:44.183Z INFO  OdooAgent - message}). Levels: INFO and up, except the quieter libraries
 * below. Only the agent's {@code main} switches to JSON.
 */
public final class AgentLogging {

    static final Loggers LOGGERS = new Loggers();

    private static final DateTimeFormatter TEXT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX")
            .withZone(ZoneOffset.UTC);
    /** The least severe level each logger prefix logs (a prefix covers the names below it); the rest log INFO. */
    private static final Map<String, Level> THRESHOLDS = Map.of(
            "org.jooq", Level.WARN,
            "org.xnio", Level.WARN,
            "io.undertow", Level.WARN,
            // the pool logs every failed connection attempt and broken session with a stack trace, again and again
            // while the database is down; the guard reports the outage and the recovery in one line each
            "com.zaxxer.hikari", Level.ERROR,
            "org.testcontainers", Level.WARN);
    /**
     * Loggers under this prefix log nothing at all: the engine logs every inspection and failure; the guard logs
     * state changes and failures once itself.
     */
    private static final String SILENT = "ai.insightpulse.odooops.neutralize";

    private static volatile boolean json;
    private static final CopyOnWriteArrayList<Consumer<String>> COPIES = new CopyOnWriteArrayList<>();

    private AgentLogging() {
    }

    /** JSON lines from now on ({@code true}), or plain text. */
    public static void configure(boolean jsonLines) {
        json = jsonLines;
    }

    /**
     * Also hands every line written from now on (stack traces included) to {@code sink}, until the returned handle
     * is closed; for tests that look at what the agent logs.
     */
    public static AutoCloseable copyTo(Consumer<String> sink) {
        COPIES.add(sink);
        return () -> COPIES.remove(sink);
    }

    static Level threshold(String name) {
        Level level = Level.INFO;
        int longest = -1;
        for (Map.Entry<String, Level> e : THRESHOLDS.entrySet()) {
            String prefix = e.getKey();
            boolean covers = name.equals(prefix) || name.startsWith(prefix) && name.charAt(prefix.length()) == '.';
            if (covers && prefix.length() > longest) {
                longest = prefix.length();
                level = e.getValue();
            }
        }
        return level;
    }

    private static boolean silent(String name) {
        return name.equals(SILENT) || name.startsWith(SILENT + ".");
    }

    static String render(boolean jsonLine, long millis, Level level, String thread, String logger, String message,
            Throwable thrown) {
        StringBuilder b = new StringBuilder(128);
        if (jsonLine) {
            b.append("{\"timestamp\":").append(millis).append(",\"level\":\"").append(level.name())
                    .append("\",\"threadName\":");
            quote(b, thread);
            b.append(",\"loggerName\":");
            quote(b, logger);
            b.append(",\"formattedMessage\":");
            quote(b, message);
            b.append(",\"throwable\":");
            throwable(b, thrown, 0);
            b.append('}').append('\n');
        } else {
            String simple = logger.substring(logger.lastIndexOf('.') + 1);
            TEXT_TIME.formatTo(Instant.ofEpochMilli(millis), b);
            b.append(' ').append(level.name());
            for (int i = level.name().length(); i < 5; i++) {
                b.append(' ');
            }
            b.append(' ').append(simple).append(" - ").append(message).append('\n');
            if (thrown != null) {
                StringWriter trace = new StringWriter();
                thrown.printStackTrace(new PrintWriter(trace, true));
                b.append(trace);
            }
        }
        return b.toString();
    }

    private static void throwable(StringBuilder b, Throwable t, int depth) {
        if (t == null || depth > 8) {
            b.append("null");
            return;
        }
        b.append("{\"className\":");
        quote(b, t.getClass().getName());
        b.append(",\"message\":");
        if (t.getMessage() == null) {
            b.append("null");
        } else {
            quote(b, t.getMessage());
        }
        b.append(",\"stepArray\":[");
        StackTraceElement[] steps = t.getStackTrace();
        for (int i = 0; i < steps.length; i++) {
            StackTraceElement s = steps[i];
            b.append(i == 0 ? "" : ",").append("{\"className\":");
            quote(b, s.getClassName());
            b.append(",\"methodName\":");
            quote(b, s.getMethodName());
            b.append(",\"fileName\":");
            if (s.getFileName() == null) {
                b.append("null");
            } else {
                quote(b, s.getFileName());
            }
            b.append(",\"lineNumber\":").append(s.getLineNumber()).append('}');
        }
        b.append(']');
        if (t.getCause() != null && t.getCause() != t) {
            b.append(",\"cause\":");
            throwable(b, t.getCause(), depth + 1);
        }
        b.append('}');
    }

    private static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /** One logger per name, each with its level fixed at creation. */
    static final class Loggers implements ILoggerFactory {

        private final ConcurrentHashMap<String, Logger> byName = new ConcurrentHashMap<>();

        @Override
        public Logger getLogger(String name) {
            Logger existing = byName.get(name);
            return existing != null ? existing : byName.computeIfAbsent(name, AgentLogger::new);
        }
    }

    /** Writes each enabled event as one line (plus its stack trace, in plain text) on the current stderr. */
    static final class AgentLogger extends LegacyAbstractLogger {

        private static final long serialVersionUID = 1L;
        private final transient int threshold;

        AgentLogger(String name) {
            this.name = name;
            this.threshold = silent(name) ? Integer.MAX_VALUE : threshold(name).toInt();
        }

        @Override
        public boolean isTraceEnabled() {
            return Level.TRACE.toInt() >= threshold;
        }

        @Override
        public boolean isDebugEnabled() {
            return Level.DEBUG.toInt() >= threshold;
        }

        @Override
        public boolean isInfoEnabled() {
            return Level.INFO.toInt() >= threshold;
        }

        @Override
        public boolean isWarnEnabled() {
            return Level.WARN.toInt() >= threshold;
        }

        @Override
        public boolean isErrorEnabled() {
            return Level.ERROR.toInt() >= threshold;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern,
                Object[] arguments, Throwable throwable) {
            String message = arguments == null || arguments.length == 0 ? String.valueOf(messagePattern)
                    : MessageFormatter.basicArrayFormat(messagePattern, arguments);
            String line = render(json, System.currentTimeMillis(), level, Thread.currentThread().getName(), name,
                    message, throwable);
            // one write per event, so concurrent lines never interleave
            System.err.print(line);
            for (Consumer<String> copy : COPIES) {
                copy.accept(line);
            }
        }
    }
}
