package ai.insightpulse.odooops.cli.gate;

import static ai.insightpulse.odooops.cli.gate.GateRun.seen;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which environment an Odoo or nginx configuration file belongs to, from each kind of evidence. */
class EnvironmentEvidenceTest {

    private static final String PROD_CONF = """
            [options]
            smtp_server = smtp.mailgun.org
            smtp_port = 587
            workers = 2
            """;

    @TempDir
    Path repo;

    private void write(String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void aFileTheProdServiceMountsAsItsConfigurationIsProductionsWhateverItsName() throws IOException {
        write("config/odoo.conf", PROD_CONF);
        write("docker/compose/prod.yml", """
                services:
                  odoo:
                    image: odoo:18.0
                    environment: [IPAI_ENV=prod]
                    volumes: ["../../config/odoo.conf:/etc/odoo/odoo.conf:ro"]
                """);

        assertThat(GateRun.json("email-policy", repo).findings()).isEmpty();
        assertThat(GateRun.json("env-consistency", repo).findings())
                .contains(seen("env-consistency/prod-workers", "config/odoo.conf", 4));
    }

    @Test
    void theConfigurationReadThroughAMountedDirectoryAndMinusCIsTheServices() throws IOException {
        write("etc/odoo/erp.conf", "[options]\nsmtp_server = smtp.mailgun.org\n");
        write("docker/compose/stage.yml", """
                services:
                  odoo:
                    image: odoo:18.0
                    command: odoo --config=/etc/odoo/erp.conf
                    environment: [IPAI_ENV=stage]
                    volumes: ["../../etc/odoo:/etc/odoo"]
                """);

        assertThat(GateRun.json("email-policy", repo).findings()).containsExactly(
                seen("email-policy/real-relay-outside-prod", "etc/odoo/erp.conf", 2));
    }

    @Test
    void aFileWithNoOtherEvidenceTakesTheEnvironmentOfItsDbName() throws IOException {
        write("config/odoo.conf", "[options]\ndb_name = odoo_prod\nsmtp_server = smtp.mailgun.org\nsmtp_port = 587\n");

        GateRun run = GateRun.json("email-policy", repo);

        assertThat(run.findings()).isEmpty();
    }

    @Test
    void aDeclarationInTheGatesConfigurationPlacesAFile() throws IOException {
        write("odooops-gates.yaml", "environments:\n  stage: {odoo_conf: ops/erp.conf}\n");
        write("ops/erp.conf", "[options]\nsmtp_server = smtp.mailgun.org\n");

        assertThat(GateRun.json("email-policy", repo).findings()).containsExactly(
                seen("email-policy/real-relay-outside-prod", "ops/erp.conf", 2));
    }

    @Test
    void aDeclarationThatContradictsTheNameIsOneConflictNamingBoth() throws IOException {
        write("odooops-gates.yaml", "environments:\n  prod: {odoo_conf: config/odoo.conf.staging}\n");
        write("config/odoo.conf.staging", "[options]\nsmtp_server = mailpit\nmax_cron_threads = 0\n");

        GateRun run = GateRun.json("env-consistency", repo);

        assertThat(run.findings()).filteredOn(f -> f.rule().startsWith("env-consistency/environment"))
                .containsExactly(seen("env-consistency/environment-conflict", "config/odoo.conf.staging", 0));
        assertThat(run.jsonRoot().path("findings").findValuesAsText("message")).contains(
                "config/odoo.conf.staging is stage by its name ('staging'), but prod by odooops-gates.yaml "
                        + "(environments.prod.odoo_conf); the rules of one environment skip it");
    }

    @Test
    void aFileWithNoEvidenceIsReportedOnceAndStillCheckedByTheRulesOfEveryEnvironment() throws IOException {
        write("config/odoo.conf", "[options]\nsmtp_port = 25\nadmin_passwd = hunter2-real\n");

        assertThat(GateRun.json("all", repo).findings()).filteredOn(f -> "config/odoo.conf".equals(f.file()))
                .containsExactlyInAnyOrder(
                        seen("email-policy/smtp-port-25", "config/odoo.conf", 2),
                        seen("env-consistency/environment-unknown", "config/odoo.conf", 0),
                        seen("secrets/committed-value", "config/odoo.conf", 3));
    }

    @Test
    void anNginxFileNamedOdooConfIsNotAnOdooConfiguration() throws IOException {
        write("deploy/nginx/odoo.conf", "server {\n    server_name erp.insightpulseai.net;\n"
                + "    client_max_body_size 50m;\n    location / { proxy_pass http://odoo:8069; }\n}\n");

        GateRun run = GateRun.json("env-consistency", repo);

        assertThat(run.err()).isEmpty();
        assertThat(run.findings()).extracting(GateRun.Seen::rule).doesNotContain("env-consistency/prod-request-size",
                "env-consistency/environment-unknown");
    }

    @Test
    void aServerNameLabelledStagingIsNotHeldToProductionsRequestSize() throws IOException {
        write("deploy/nginx/erp.insightpulseai.net.conf", "server {\n    server_name erp.insightpulseai.net;\n"
                + "    client_max_body_size 50m;\n    location / { proxy_pass http://odoo:8069; }\n}\n"
                + "server {\n    server_name erp.staging.insightpulseai.net;\n    client_max_body_size 200m;\n"
                + "    location / { proxy_pass http://odoo-staging:8069; }\n}\n");

        assertThat(GateRun.json("env-consistency", repo).findings()).extracting(GateRun.Seen::rule)
                .doesNotContain("env-consistency/prod-request-size");
    }

    @Test
    void aProxyingServerWithNoEnvironmentIsReportedOnceButACatchAllIsNot() throws IOException {
        write("nginx/default.conf", "server {\n    listen 80 default_server;\n    server_name _;\n    return 444;\n}\n"
                + "server {\n    listen 8080;\n    location / { proxy_pass http://odoo:8069; }\n}\n");

        assertThat(GateRun.json("env-consistency", repo).findings()).filteredOn(
                f -> f.rule().startsWith("env-consistency/environment"))
                .containsExactly(seen("env-consistency/environment-unknown", "nginx/default.conf", 6));
    }

    @Test
    void aBodySizeOutsideTheServerBlocksAppliesToProductionsServers() throws IOException {
        write("nginx/site.conf", "client_max_body_size 0;\nserver {\n    server_name erp.insightpulseai.net;\n"
                + "    location / { proxy_pass http://odoo:8069; }\n}\n");

        assertThat(GateRun.json("env-consistency", repo).findings())
                .contains(seen("env-consistency/prod-request-size", "nginx/site.conf", 1));
    }

    @Test
    void productionsProxyingServerWithoutALimitIsReportedAtItsBlock() throws IOException {
        write("docker/nginx/prod.conf", "server {\n    listen 80;\n    return 301 https://$host;\n}\n"
                + "server {\n    listen 443 ssl;\n    location / { proxy_pass http://odoo:8069; }\n}\n");

        assertThat(GateRun.json("env-consistency", repo).findings()).filteredOn(
                f -> f.rule().equals("env-consistency/prod-request-size"))
                .containsExactly(seen("env-consistency/prod-request-size", "docker/nginx/prod.conf", 5));
    }

    @Test
    void bucketPrefixChecksOnlyTheFilesThatSetTheBucket() throws IOException {
        write("docker/compose/prod.yml", "services:\n  odoo:\n    image: odoo:18.0\n"
                + "    environment: [SUPABASE_BUCKET=prod-attachments]\n");

        GateRun run = GateRun.json("bucket-prefix", repo);

        assertThat(run.findings()).isEmpty();
        assertThat(run.exit()).isZero();
    }
}
