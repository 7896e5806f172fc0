package ai.insightpulse.odooops.cli.gate;

import static ai.insightpulse.odooops.cli.gate.GateRun.seen;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** odooops-gates.yaml names the customer's own paths and policy values; what it leaves out keeps the default. */
class GatesConfigFileTest {

    @TempDir
    Path repo;

    private void write(String path, String content) throws IOException {
        Files.createDirectories(repo.resolve(path).getParent() == null ? repo : repo.resolve(path).getParent());
        Files.writeString(repo.resolve(path), content);
    }

    @Test
    void pathsAndOdooServicesComeFromTheConfigurationFile() throws IOException {
        write("odooops-gates.yaml", """
                environments:
                  stage:
                    compose: deploy/staging.yaml
                odoo_services: [erp]
                """);
        write("deploy/staging.yaml", """
                services:
                  erp:
                    image: registry.example.com/erp:1
                    environment: [IPAI_ENV=dev]
                """);

        GateRun run = GateRun.json("neutralization", repo);

        assertThat(run.findings()).contains(seen("neutralization/ipai-env-mismatch", "deploy/staging.yaml", 4));
    }

    @Test
    void policyValuesReplaceTheirDefaults() throws IOException {
        write("odooops-gates.yaml", """
                environments:
                  prod:
                    odoo_conf: odoo.conf
                production:
                  workers_min: 2
                  workers_max: 16
                  db_maxconn: 32
                addons_path: [/mnt/extra-addons/ipai, /mnt/extra-addons/oca]
                """);
        write("odoo.conf", """
                [options]
                addons_path = /mnt/extra-addons/ipai,/mnt/extra-addons/oca
                workers = 12
                db_maxconn = 32
                """);

        assertThat(GateRun.json("addons-path", repo).findings()).isEmpty();
        assertThat(GateRun.json("env-consistency", repo).findings()).containsExactly(
                seen("env-consistency/prod-request-size", null, 0));
    }

    @Test
    void aWrongValueTypeExits2NamingTheKey() throws IOException {
        write("odooops-gates.yaml", """
                max_file_bytes: lots
                """);

        GateRun run = GateRun.run("db-name", "--repo", repo.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("odooops gate: cannot read odooops-gates.yaml:1: wrong value for 'max_file_bytes'");
    }

    @Test
    void anUnknownEnvironmentExits2() throws IOException {
        write("odooops-gates.yaml", """
                environments:
                  qa: {compose: qa.yml}
                """);

        GateRun run = GateRun.run("db-name", "--repo", repo.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("odooops gate: cannot read odooops-gates.yaml: unknown environment 'qa' in "
                + "environments (expected prod, stage or dev)\n");
    }
}
