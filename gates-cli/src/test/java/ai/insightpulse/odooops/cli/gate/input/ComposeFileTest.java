package ai.insightpulse.odooops.cli.gate.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** docker compose files: lines, list and map environments, anchors and merge keys. */
class ComposeFileTest {

    private static ComposeFile parse(String yaml) {
        return ComposeFile.parse(new TextFile("docker/compose/stage.yml", yaml.lines().toList()));
    }

    @Test
    void mergeKeysBringInAnchoredSettingsAndExplicitKeysWin() {
        ComposeFile compose = parse("""
                x-odoo: &odoo
                  image: odoo:18.0
                  environment: {IPAI_ENV: prod}
                services:
                  web:
                    <<: *odoo
                    environment:
                      IPAI_ENV: stage
                """);

        ComposeFile.Service web = compose.services().get(0);
        assertThat(web.line()).isEqualTo(5);
        assertThat(web.image().orElseThrow().value()).isEqualTo("odoo:18.0");
        assertThat(web.environment().get("IPAI_ENV")).isEqualTo(
                new ConfigValue("docker/compose/stage.yml", 8, "IPAI_ENV", "stage"));
        assertThat(compose.odooServices(List.of())).containsExactly(web);
    }

    @Test
    void listEnvironmentEntriesWithoutValueArePassedThroughFromTheShell() {
        ComposeFile compose = parse("""
                services:
                  odoo:
                    environment:
                      - DB_PASSWORD
                      - DB_NAME=odoo_stage
                """);

        assertThat(compose.services().get(0).environment().get("DB_PASSWORD").value()).isNull();
        assertThat(compose.services().get(0).environment().get("DB_NAME").value()).isEqualTo("odoo_stage");
    }

    @Test
    void odooServicesCanBeNamedExplicitly() {
        ComposeFile compose = parse("""
                services:
                  web:
                    image: registry.example.com/erp:1
                  db:
                    image: postgres:15
                """);

        assertThat(compose.odooServices(List.of())).isEmpty();
        assertThat(compose.odooServices(List.of("web"))).extracting(ComposeFile.Service::name).containsExactly("web");
    }

    @Test
    void aDuplicateKeyIsRefusedAsDockerComposeRefusesIt() {
        assertThatThrownBy(() -> parse("""
                services:
                  odoo:
                    image: a
                    image: b
                """)).hasMessage("docker/compose/stage.yml:4: duplicate key 'image' in service odoo (first at line 3)");
    }
}
