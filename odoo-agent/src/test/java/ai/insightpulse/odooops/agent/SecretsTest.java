package ai.insightpulse.odooops.agent;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** No secret (the seeded SMTP password, the agent's token, the DB password) in any response or log line. */
class SecretsTest {

    private static final List<String> SECRETS = List.of(ProdLikeSeed.SMTP_SECRET, AgentFixture.TOKEN,
            AgentFixture.DB_PASSWORD);

    @Test
    void noResponseAndNoLogLineCarriesASecret() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        List<String> seen = new ArrayList<>();
        try (AgentFixture fx = AgentFixture.dev()) {
            fx.awaitStatus(s -> s.path("db_up").asBoolean(), Duration.ofSeconds(10));
            for (String path : List.of("/", "/healthz", "/readyz", "/status", "/metrics", "/nope")) {
                seen.add(render(fx.get(path)));
            }
            for (String method : List.of("neutralization.status", "neutralization.plan", "agent.health",
                    "agent.version", "no.such.method")) {
                seen.add(fx.call(method).toString());
            }
            seen.add(fx.call("neutralization.apply", "Authorization", "Bearer " + AgentFixture.TOKEN + "0").toString());
            seen.add(render(fx.post("/jsonrpc", "{\"jsonrpc\":\"2.0\",\"method\":\"" + AgentFixture.TOKEN
                    + "\",\"id\":1}")));
            seen.add(render(fx.post("/jsonrpc", "{\"token\":\"" + AgentFixture.TOKEN + "\"")));
            seen.add(fx.apply().toString());
            fx.blockDatabase();
            fx.awaitReadyz(503, Duration.ofSeconds(5));
            seen.add(render(fx.get("/readyz")));
            seen.add(render(fx.get("/status")));
            seen.add(fx.apply().toString());
            fx.unblockDatabase();
            fx.awaitStatus(s -> s.path("db_up").asBoolean(), Duration.ofSeconds(10));
        } finally {
            root.detachAppender(logs);
        }
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent e : logs.list) {
            lines.add(e.getFormattedMessage());
            if (e.getThrowableProxy() != null) {
                lines.add(ThrowableProxyUtil.asString(e.getThrowableProxy()));
            }
        }
        assertThat(lines).isNotEmpty();
        for (String secret : SECRETS) {
            assertThat(seen).noneMatch(text -> text.contains(secret));
            assertThat(lines).noneMatch(text -> text.contains(secret));
        }
    }

    private static String render(HttpResponse<String> r) {
        return r.statusCode() + " " + r.headers().map() + " " + r.body();
    }
}
