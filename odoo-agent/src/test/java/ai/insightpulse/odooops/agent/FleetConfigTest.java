package ai.insightpulse.odooops.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.Environment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fleet mode's configuration: what it takes, what it refuses, and each database's environment from its name. */
class FleetConfigTest {

    private static Map<String, String> fleet(String... more) {
        Map<String, String> vars = new HashMap<>(Map.of("DB_HOST", "pg", "DB_USER", "odoo",
                AgentConfig.DATABASES, "odoo_dev_*,odoo_stage,odoo_prod"));
        for (String kv : more) {
            String[] p = kv.split("=", 2);
            vars.put(p[0], p[1]);
        }
        return vars;
    }

    @Test
    void theFleetsSettingsHaveDefaults() {
        AgentConfig config = AgentConfig.read(fleet(), List.of());
        AgentConfig.Fleet f = config.fleet().orElseThrow();
        assertThat(f.patterns()).containsExactly("odoo_dev_*", "odoo_stage", "odoo_prod");
        assertThat(f.maxConnections()).isEqualTo(AgentConfig.DEFAULT_MAX_CONNECTIONS);
        assertThat(f.discoveryDatabase()).isEqualTo("postgres");
        assertThat(AgentConfig.read(fleet(), List.of("--max-connections=2", "--discovery-db", "template1"))
                .fleet().orElseThrow()).isEqualTo(new AgentConfig.Fleet(f.patterns(), 2, "template1"));
    }

    @Test
    void eachDatabaseTakesTheEnvironmentOfItsName() {
        AgentConfig config = AgentConfig.read(fleet("ODOOOPS_AGENT_ENFORCE=true"), List.of());
        assertThat(config.forDatabase("odoo_prod").orElseThrow().environment()).isEqualTo(Environment.PROD);
        assertThat(config.forDatabase("odoo_prod").orElseThrow().application()).isEmpty();
        assertThat(config.forDatabase("odoo_stage").orElseThrow().environment()).isEqualTo(Environment.STAGE);
        AgentConfig dev = config.forDatabase("odoo_dev_alice").orElseThrow();
        assertThat(dev.environment()).isEqualTo(Environment.DEV);
        assertThat(dev.inspection().database().database()).isEqualTo("odoo_dev_alice");
        assertThat(dev.inspection().database().host()).isEqualTo("pg");
        assertThat(dev.enforce()).isTrue();
        assertThat(dev.fleet()).isEmpty();
        assertThat(config.forDatabase("acme_erp")).isEmpty();
        assertThat(config.forDatabase("odoo_prod_copy")).isEmpty();
    }

    @Test
    void settingsThatDescribeOneDatabaseAreRefused() {
        for (String single : List.of("DB_NAME=odoo_dev", "IPAI_ENV=dev", "ODOO_STAGE=staging",
                "ODOOOPS_AGENT_ODOO_URL=http://odoo:8069")) {
            assertThatThrownBy(() -> AgentConfig.read(fleet(single), List.of()))
                    .isInstanceOf(ConfigException.class).hasMessageContaining(single.split("=")[0])
                    .hasMessageContaining("fleet mode");
        }
    }

    @Test
    void malformedPatternsAndCapsAreRefused() {
        assertThatThrownBy(() -> AgentConfig.read(fleet(AgentConfig.DATABASES + "=odoo_dev_*,Odoo;drop"), List.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not a database name or glob");
        assertThatThrownBy(() -> AgentConfig.read(fleet(AgentConfig.DATABASES + "=odoo_dev_*,,odoo_stage"),
                List.of())).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> AgentConfig.read(fleet(), List.of("--max-connections=0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("between 1 and 64");
        assertThatThrownBy(() -> AgentConfig.read(fleet(), List.of("--discovery-db=Post gres")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(AgentConfig.DISCOVERY_DB);
    }

    @Test
    void fleetOnlySettingsNeedFleetMode() {
        Map<String, String> sidecar = new HashMap<>(Map.of("IPAI_ENV", "dev", "DB_NAME", "odoo_dev",
                AgentConfig.MAX_CONNECTIONS, "4"));
        assertThatThrownBy(() -> AgentConfig.read(sidecar, List.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining(AgentConfig.DATABASES);
        sidecar.remove(AgentConfig.MAX_CONNECTIONS);
        assertThat(AgentConfig.read(sidecar, List.of()).fleet()).isEmpty();
    }
}
