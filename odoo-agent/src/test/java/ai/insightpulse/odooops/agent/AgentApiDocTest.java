package ai.insightpulse.odooops.agent;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.agent.internal.RpcError;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/AGENT-API.md matches the agent: its request examples work, its metrics and error codes exist. */
class AgentApiDocTest {

    private static final Path DOC = Path.of(System.getProperty("odooops.home", ".."), "docs", "AGENT-API.md");

    @Test
    void everyRequestExampleGetsAResult() throws Exception {
        String doc = Files.readString(DOC);
        Matcher m = Pattern.compile("```json jsonrpc-request\\n(.*?)\\n```", Pattern.DOTALL).matcher(doc);
        List<String> examples = new ArrayList<>();
        while (m.find()) {
            examples.add(m.group(1));
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
        try (AgentFixture fx = AgentFixture.dev()) {
            fx.awaitStatus(s -> s.path("db_up").asBoolean(), Duration.ofSeconds(10));
            for (String example : examples) {
                JsonNode r = fx.rpc(example);
                for (JsonNode response : r.isArray() ? r : List.of(r)) {
                    assertThat(response.has("result")).as(example + " → " + response).isTrue();
                }
            }
        }
    }

    @Test
    void everyDocumentedMetricIsExported() throws Exception {
        String doc = Files.readString(DOC);
        Matcher m = Pattern.compile("^\\| `(odooops_[a-z_]+)` \\|", Pattern.MULTILINE).matcher(doc);
        List<String> documented = new ArrayList<>();
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertThat(documented).hasSize(16);
        try (AgentFixture fx = AgentFixture.dev()) {
            fx.awaitStatus(s -> s.path("db_up").asBoolean(), Duration.ofSeconds(10));
            String metrics = fx.get("/metrics").body();
            for (String name : documented) {
                if (!name.equals("odooops_odoo_up")) { // only with --odoo-url: OdooProbeTest
                    assertThat(metrics).contains("# TYPE " + name + " ");
                }
            }
        }
    }

    @Test
    void everyFlagIsInTheConfigurationTable() throws Exception {
        String doc = Files.readString(DOC);
        Matcher m = Pattern.compile("^  --([a-z-]+) \\((ODOOOPS_AGENT_[A-Z_]+)\\)$", Pattern.MULTILINE)
                .matcher(AgentConfig.usage());
        int flags = 0;
        while (m.find()) {
            flags++;
            assertThat(doc).contains("| `" + m.group(2) + "` | `--" + m.group(1));
        }
        assertThat(flags).isGreaterThanOrEqualTo(9);
    }

    @Test
    void everyErrorCodeIsDocumented() throws Exception {
        String doc = Files.readString(DOC);
        for (RpcError e : RpcError.values()) {
            assertThat(doc).contains("| `" + e.code() + "` | " + e.message() + " |");
        }
    }
}
