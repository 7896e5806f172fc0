package ai.insightpulse.odooops.cli.gate;

import static ai.insightpulse.odooops.cli.gate.GateRun.seen;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The less obvious ways each rule is met or broken, one small repository each. */
class GateRulesInDetailTest {

    @TempDir
    Path repo;

    private void write(String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void ipaiEnvPassedThroughFromTheShellDoesNotShowTheEnvironment() throws IOException {
        write("docker/compose/dev.yml", "services:\n  odoo:\n    image: odoo:18.0\n    environment:\n      - IPAI_ENV\n");
        write("docs/C.md", "Contract version: 3.1.0\n");

        assertThat(GateRun.json("neutralization", repo).findings()).containsExactly(
                seen("neutralization/ipai-env-missing", "docker/compose/dev.yml", 5),
                seen("neutralization/ipai-env-missing", "docker/compose/stage.yml", 0));
    }

    @Test
    void smtpFlagsInStagingCommandsAreCheckedLikeOdooConf() throws IOException {
        write("docker/compose/stage.yml", """
                services:
                  odoo:
                    image: odoo:18.0
                    command: odoo --smtp=smtp.sendgrid.net --smtp-port=25
                """);

        assertThat(GateRun.json("email-policy", repo).findings()).containsExactly(
                seen("email-policy/smtp-port-25", "docker/compose/stage.yml", 4),
                seen("email-policy/real-relay-outside-prod", "docker/compose/stage.yml", 4));
    }

    @Test
    void aSinkHostMayUseAnyPortAndOdoosDefaultSmtpServerIsASink() throws IOException {
        write("config/odoo.conf.staging", "[options]\nsmtp_server = mailhog.internal\nsmtp_port = 1025\n");
        write("config/odoo.conf", "[options]\nsmtp_port = 1025\n");

        assertThat(GateRun.json("email-policy", repo).findings()).isEmpty();
    }

    @Test
    void aDatabaseFlagInACommandIsADatabaseName() throws IOException {
        write("docker/compose/stage.yml", "services:\n  odoo:\n    image: odoo:18.0\n    command: odoo -d odoo_prod\n");

        assertThat(GateRun.json("db-name", repo).findings()).containsExactly(
                seen("db-name/wrong-environment", "docker/compose/stage.yml", 4));
    }

    @Test
    void anAddonsPathVariableOfAComposeServiceIsCompared() throws IOException {
        write("docker/compose/prod.yml", """
                services:
                  odoo:
                    image: odoo:18.0
                    environment:
                      ODOO_ADDONS_PATH: /workspaces/odoo/addons/ipai,/workspaces/odoo/addons/odoo
                """);

        assertThat(GateRun.json("addons-path", repo).findings()).containsExactly(
                seen("addons-path/order-differs", "docker/compose/prod.yml", 5));
    }

    @Test
    void stagingMustSetOdooStageToStaging() throws IOException {
        write("docker/compose/stage.yml", """
                services:
                  odoo:
                    image: odoo:18.0
                    environment: [IPAI_ENV=stage, ODOO_STAGE=production]
                """);

        assertThat(GateRun.json("env-consistency", repo).findings()).filteredOn(f -> f.file() != null && f.file().contains("stage.yml"))
                .containsExactly(seen("env-consistency/odoo-stage", "docker/compose/stage.yml", 4));
    }

    @Test
    void neutralizationOnBootStandsInForMaxCronThreadsZero() throws IOException {
        write("config/odoo.conf.staging", "[options]\nsmtp_server = mailpit\nmax_cron_threads = 2\n");
        write("docker/odoo/entrypoint-hook.sh", "#!/bin/sh\nodooops neutralize --yes\n");

        assertThat(GateRun.json("env-consistency", repo).findings()).extracting(GateRun.Seen::rule)
                .doesNotContain("env-consistency/stage-crons");
    }

    @Test
    void aCronTimeLimitOfMinusOneFallsBackToLimitTimeRealAsInOdoo() throws IOException {
        write("config/odoo.conf.staging", """
                [options]
                smtp_server = mailpit
                max_cron_threads = 0
                limit_time_real = 1200
                limit_time_real_cron = -1
                """);

        assertThat(GateRun.json("env-consistency", repo).findings()).filteredOn(f -> f.file() != null && f.file().contains("staging"))
                .containsExactly(seen("env-consistency/cron-time-limit", "config/odoo.conf.staging", 4));
    }

    @Test
    void devcontainerSecretsMustBeReferences() throws IOException {
        write(".devcontainer/devcontainer.json", """
                {
                  "containerEnv": {
                    "DB_PASSWORD": "${localEnv:DB_PASSWORD}",
                    "ODOO_ADMIN_PASSWORD": "admin123",
                  },
                }
                """);

        assertThat(GateRun.json("secrets", repo).findings()).containsExactly(
                seen("secrets/committed-value", ".devcontainer/devcontainer.json", 4));
    }

    @Test
    void secretsIgnoreGlobsSkipPathsOfTheWholeRepositoryScan() throws IOException {
        write("odooops-gates.yaml", "secrets:\n  ignore: [\"tests/**\"]\n");
        write("tests/fixtures/key.pem", "-----BEGIN RSA PRIVATE KEY-----\n");
        write("deploy/key.pem", "-----BEGIN RSA PRIVATE KEY-----\n");

        assertThat(GateRun.json("secrets", repo).findings()).containsExactly(
                seen("secrets/private-key", "deploy/key.pem", 1));
    }
}
