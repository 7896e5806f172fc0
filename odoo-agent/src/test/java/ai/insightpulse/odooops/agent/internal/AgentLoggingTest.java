package ai.insightpulse.odooops.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/** The agent's own SLF4J binding: which loggers log what, and the two line formats. */
class AgentLoggingTest {

    @Test
    void slf4jIsBoundToTheAgentsLoggers() {
        assertThat(LoggerFactory.getILoggerFactory()).isSameAs(AgentLogging.LOGGERS);
        assertThat(System.getProperty(AgentLogProvider.JBOSS_LOGGING_PROVIDER)).isEqualTo("slf4j");
    }

    @Test
    void levelsFollowTheLongestPrefix() {
        assertThat(AgentLogging.threshold("ai.insightpulse.odooops.agent.OdooAgent")).isEqualTo(Level.INFO);
        assertThat(AgentLogging.threshold("com.zaxxer.hikari.pool.HikariPool")).isEqualTo(Level.ERROR);
        assertThat(AgentLogging.threshold("org.xnio")).isEqualTo(Level.WARN);
        assertThat(AgentLogging.threshold("org.xnioscope.Other")).isEqualTo(Level.INFO);
        Logger engine = LoggerFactory.getLogger("ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer");
        assertThat(engine.isErrorEnabled()).isFalse();
        Logger pool = LoggerFactory.getLogger("com.zaxxer.hikari.pool.HikariPool");
        assertThat(pool.isWarnEnabled()).isFalse();
        assertThat(pool.isErrorEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger("x.Y").isInfoEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger("x.Y").isDebugEnabled()).isFalse();
    }

    @Test
    void jsonLinesCarryLogbacksFieldsAndAreOneLineEach() throws Exception {
        String line = AgentLogging.render(true, 1_733_000_000_123L, Level.WARN, "odooops-agent-check",
                "ai.insightpulse.odooops.agent.internal.NeutralizationGuard", "database \"x\"\nunavailable\u0001",
                new IllegalStateException("boom", new RuntimeException("cause")));
        assertThat(line).endsWith("}\n").doesNotContain("\n{").hasLineCount(1);
        JsonNode event = new ObjectMapper().readTree(line);
        assertThat(event.path("timestamp").asLong()).isEqualTo(1_733_000_000_123L);
        assertThat(event.path("level").asText()).isEqualTo("WARN");
        assertThat(event.path("threadName").asText()).isEqualTo("odooops-agent-check");
        assertThat(event.path("loggerName").asText()).endsWith(".NeutralizationGuard");
        assertThat(event.path("formattedMessage").asText()).isEqualTo("database \"x\"\nunavailable\u0001");
        assertThat(event.path("throwable").path("className").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(event.path("throwable").path("stepArray").size()).isPositive();
        assertThat(event.path("throwable").path("cause").path("message").asText()).isEqualTo("cause");
        JsonNode plain = new ObjectMapper().readTree(AgentLogging.render(true, 0, Level.INFO, "t", "l", "m", null));
        assertThat(plain.path("throwable").isNull()).isTrue();
    }

    @Test
    void textLinesAreTimeLevelSimpleNameAndMessage() {
        assertThat(AgentLogging.render(false, 1_733_000_000_123L, Level.INFO, "main",
                "ai.insightpulse.odooops.agent.OdooAgent", "odooops-agent stopped", null))
                .isEqualTo("2024-11-30T20:53:20.123Z INFO  OdooAgent - odooops-agent stopped\n");
    }

    @Test
    void argumentsAreFormattedAndCopiesSeeEveryLine() throws Exception {
        AgentLogging.configure(false);
        List<String> lines = new CopyOnWriteArrayList<>();
        try (AutoCloseable copy = AgentLogging.copyTo(lines::add)) {
            LoggerFactory.getLogger("ai.insightpulse.odooops.agent.Test").warn("a {} b {}", 1, "two",
                    new IllegalStateException("trace me"));
            LoggerFactory.getLogger("com.zaxxer.hikari.Test").warn("not shown");
        }
        LoggerFactory.getLogger("ai.insightpulse.odooops.agent.Test").warn("after the copy");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("WARN  Test - a 1 b two\n").contains("IllegalStateException: trace me")
                .contains("\tat ");
    }
}
