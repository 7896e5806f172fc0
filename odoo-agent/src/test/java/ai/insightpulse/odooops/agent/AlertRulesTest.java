package ai.insightpulse.odooops.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped Prometheus alert rules are valid, fire when they should, and name metrics the agent exports. */
class AlertRulesTest {

    private static final Path RULES_DIR = Path.of(System.getProperty("odooops.home", ".."), "deploy", "prometheus");
    private static final Path RULES = RULES_DIR.resolve("odooops-agent.rules.yml");

    @Test
    void promtoolAcceptsTheRules() {
        Promtool.Result r = Promtool.run(List.of("check", "rules", RULES.toString()), null);
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("SUCCESS: 6 rules found");
    }

    @Test
    void theRulesFireOnDriftNotNeutralizedProdNeutralizedAgentDownAndTablesNotSeen() {
        Promtool.Result r = Promtool.run(List.of("test", "rules",
                RULES_DIR.resolve("odooops-agent.rules.test.yml").toString()), null);
        assertThat(r.exit()).as(r.output()).isZero();
    }

    @Test
    void everyMetricTheRulesUseIsExportedByTheAgent() throws Exception {
        String rules = Files.readString(RULES);
        for (String metric : List.of("odooops_neutralized", "odooops_drift_events_total",
                "odooops_prod_looks_neutralized", "odooops_db_up", "odooops_check_error")) {
            assertThat(rules).contains(metric);
        }
        try (AgentFixture fx = AgentFixture.dev()) {
            fx.awaitStatus(s -> s.path("db_up").asBoolean(), java.time.Duration.ofSeconds(10));
            String metrics = fx.get("/metrics").body();
            for (String metric : List.of("odooops_neutralized{", "odooops_drift_events_total ",
                    "odooops_prod_looks_neutralized{", "odooops_db_up ", "odooops_check_error{kind=\"not_odoo\"}")) {
                assertThat(metrics).contains(metric);
            }
        }
    }
}
