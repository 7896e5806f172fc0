package ai.insightpulse.odooops.cli.gate;

import static ai.insightpulse.odooops.cli.gate.GateRun.seen;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which environment a compose service belongs to, from each kind of evidence, wherever its compose file lives: one
 * file per environment or one file for several.
 */
class ServiceEnvironmentTest {

    @TempDir
    Path repo;

    private void write(String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static String message(GateRun run, String rule) {
        for (JsonNode f : run.jsonRoot().path("findings")) {
            if (f.path("rule").asText().equals(rule)) {
                return f.path("message").asText();
            }
        }
        throw new AssertionError("no " + rule);
    }

    @Test
    void theServicesOfOneComposeFileAreEachCheckedByTheRulesOfTheEnvironmentTheirNamesSay() throws IOException {
        write("docker-compose.yml", """
                services:
                  odoo-prod:
                    image: odoo:18.0
                    command: odoo --smtp=smtp.mailgun.org
                  odoo-staging:
                    image: odoo:18.0
                    command: odoo --smtp=smtp.mailgun.org
                """);

        assertThat(GateRun.json("email-policy", repo).findings()).containsExactly(
                seen("email-policy/real-relay-outside-prod", "docker-compose.yml", 7));
    }

    @Test
    void aServiceWithNoOtherEvidenceTakesTheEnvironmentItsIpaiEnvStates() throws IOException {
        write("compose.yaml", """
                services:
                  erp:
                    image: odoo:18.0
                    command: odoo --smtp=smtp.mailgun.org
                    environment: [IPAI_ENV=stage, ODOO_STAGE=staging]
                """);

        GateRun run = GateRun.json("email-policy", repo);

        assertThat(run.findings()).containsExactly(seen("email-policy/real-relay-outside-prod", "compose.yaml", 4));
        assertThat(message(run, "email-policy/real-relay-outside-prod")).contains("(stage by its IPAI_ENV=stage");
    }

    @Test
    void aServiceWithNothingElseTakesTheEnvironmentOfTheConfigurationItMounts() throws IOException {
        write("config/odoo.conf.staging", "[options]\nsmtp_server = mailpit\nmax_cron_threads = 0\n");
        write("deploy/docker-compose.yml", """
                services:
                  odoo:
                    image: odoo:18.0
                    volumes: ["../config/odoo.conf.staging:/etc/odoo/odoo.conf:ro"]
                """);

        GateRun run = GateRun.json("neutralization", repo);

        assertThat(run.findings()).contains(seen("neutralization/ipai-env-missing", "deploy/docker-compose.yml", 2))
                .doesNotContain(seen("neutralization/ipai-env-missing", null, 0));
        assertThat(message(run, "neutralization/ipai-env-missing")).isEqualTo("service odoo of "
                + "deploy/docker-compose.yml sets no IPAI_ENV; expected IPAI_ENV=stage (stage by the configuration it "
                + "mounts, config/odoo.conf.staging, by its name ('staging'))");
    }

    @Test
    void aComposeFileNamedForAnEnvironmentPlacesItsServices() throws IOException {
        write("deploy/docker-compose.staging.yml", """
                services:
                  odoo:
                    image: odoo:18.0
                    environment: [IPAI_ENV=prod, ODOO_STAGE=staging]
                """);

        GateRun run = GateRun.json("neutralization", repo);

        assertThat(run.findings()).contains(
                seen("neutralization/ipai-env-mismatch", "deploy/docker-compose.staging.yml", 4));
        assertThat(message(run, "neutralization/ipai-env-mismatch")).isEqualTo("service odoo of "
                + "deploy/docker-compose.staging.yml sets IPAI_ENV=prod; expected IPAI_ENV=stage (stage by the name "
                + "of its compose file deploy/docker-compose.staging.yml ('staging'), stage by its ODOO_STAGE=staging"
                + " (line 4))");
    }

    @Test
    void aComposeFileConfiguredForSeveralEnvironmentsLeavesEachServiceToItsOwnEvidence() throws IOException {
        write("odooops-gates.yaml", """
                environments:
                  prod: {compose: ops/stack.yml}
                  stage: {compose: ops/stack.yml}
                """);
        write("ops/stack.yml", """
                services:
                  odoo-prod:
                    image: odoo:18.0
                    environment: [IPAI_ENV=prod, ODOO_STAGE=production]
                  odoo-staging:
                    image: odoo:18.0
                    environment: [IPAI_ENV=stage, ODOO_STAGE=staging]
                """);
        write("docs/C.md", "Contract version: 3.1.0\n");

        GateRun run = GateRun.json("neutralization", repo);

        assertThat(run.findings()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void evidenceOfTheSameStrengthThatDisagreesIsOneConflictNamingBoth() throws IOException {
        write("docker-compose.yml", """
                services:
                  odoo:
                    image: odoo:18.0
                    environment: [IPAI_ENV=stage, ODOO_STAGE=production]
                """);

        GateRun consistency = GateRun.json("env-consistency", repo);
        GateRun neutralization = GateRun.json("neutralization", repo);

        assertThat(consistency.findings()).contains(
                seen("env-consistency/environment-conflict", "docker-compose.yml", 2));
        assertThat(message(consistency, "env-consistency/environment-conflict")).startsWith("service odoo of "
                + "docker-compose.yml is stage by its IPAI_ENV=stage (line 4), but prod by its ODOO_STAGE=production"
                + " (line 4)");
        assertThat(neutralization.findings()).noneMatch(f -> f.file() != null && f.file().equals("docker-compose.yml"));
    }

    @Test
    void aMissingDevComposeFileIsNoFindingButAMissingStagingIs() throws IOException {
        write("docker/compose/prod.yml", """
                services:
                  odoo:
                    image: odoo:18.0
                    environment: [IPAI_ENV=prod, ODOO_STAGE=production]
                """);
        write("docs/C.md", "Contract version: 3.1.0\n");

        // in the per-environment layout, the finding points where staging's compose file belongs
        assertThat(GateRun.json("neutralization", repo).findings()).containsExactly(
                seen("neutralization/ipai-env-missing", "docker/compose/stage.yml", 0));
    }
}
