package ai.insightpulse.odooops.cli.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs the gates cannot read: exit 2, one line on stderr naming the file (and line), no stack trace. */
class MalformedInputTest {

    @TempDir
    Path dir;

    private static void assertOneLineError(GateRun run, String expected) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(expected + "\n");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void invalidComposeYamlExits2NamingFileAndLine() {
        GateRun run = GateRun.run("neutralization", "--repo", GateRun.fixture("malformed/invalid-yaml").toString());

        assertOneLineError(run, "odooops gate: cannot read docker/compose/stage.yml:4: invalid YAML: "
                + "mapping values are not allowed here");
        assertThat(run.out()).isEqualTo("odooops gate: 0 finding(s), 1 unreadable input(s) (neutralization "
                + "UNREADABLE); exit 2\n");
    }

    @Test
    void devcontainerJsonWithCommentsAndTrailingCommasIsRead() throws IOException {
        Files.createDirectories(dir.resolve(".devcontainer"));
        Files.writeString(dir.resolve(".devcontainer/devcontainer.json"), """
                // a comment
                {
                  /* another */
                  "containerEnv": {"ODOO_ADDONS_PATH": "/a,/b",},
                  "forwardPorts": [8069,],
                }
                """);

        GateRun run = GateRun.json("addons-path", dir);

        assertThat(run.findings()).containsExactly(
                GateRun.seen("addons-path/order-differs", ".devcontainer/devcontainer.json", 4));
    }

    @Test
    void devcontainerThatIsNotJsonExits2NamingFileAndLine() {
        GateRun run = GateRun.run("addons-path", "--repo",
                GateRun.fixture("malformed/invalid-devcontainer").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("odooops gate: cannot read .devcontainer/devcontainer.json:3: invalid JSON: ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void odooConfWithADuplicateKeyExits2AsOdooItselfRefusesIt() {
        GateRun run = GateRun.run("env-consistency", "--repo",
                GateRun.fixture("malformed/duplicate-conf-key").toString());

        assertOneLineError(run, "odooops gate: cannot read config/odoo.conf.staging:4: duplicate option 'db_name' "
                + "(first at line 2); Odoo refuses this file");
    }

    @Test
    void unknownKeyInTheGatesConfigurationExits2NamingTheKey() {
        GateRun run = GateRun.run("all", "--repo", GateRun.fixture("malformed/unknown-config-key").toString());

        assertOneLineError(run, "odooops gate: cannot read odooops-gates.yaml:5: unknown key 'mail.alowed_ports'");
    }

    @Test
    void binaryOdooConfExits2() throws IOException {
        Files.createDirectories(dir.resolve("config"));
        Files.write(dir.resolve("config/odoo.conf.production"), new byte[] {'[', 'o', ']', '\n', 0, 1, 2});

        GateRun run = GateRun.run("env-consistency", "--repo", dir.toString());

        assertOneLineError(run, "odooops gate: cannot read config/odoo.conf.production:2: binary file "
                + "(NUL byte at offset 4), expected text");
    }

    @Test
    void hugeComposeFileExits2WithTheLimit() throws IOException {
        Files.createDirectories(dir.resolve("docker/compose"));
        Files.writeString(dir.resolve("docker/compose/stage.yml"), "# padding\n".repeat(200_000));

        GateRun run = GateRun.run("neutralization", "--repo", dir.toString());

        assertOneLineError(run, "odooops gate: cannot read docker/compose/stage.yml: file of 2000000 bytes is "
                + "larger than the limit of 1048576 bytes (max_file_bytes in odooops-gates.yaml)");
    }

    @Test
    void symlinkLoopExits2NamingTheLink() throws IOException {
        Files.createDirectories(dir.resolve("config"));
        Files.createSymbolicLink(dir.resolve("config/odoo.conf.staging"), dir.resolve("config/loop"));
        Files.createSymbolicLink(dir.resolve("config/loop"), dir.resolve("config/odoo.conf.staging"));

        GateRun run = GateRun.run("all", "--repo", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("odooops gate: cannot read config/odoo.conf.staging: ")
                .contains("symbolic link");
        // gate all reports every gate: the directory is not a git repository either, which stops promotion
        assertThat(run.err().lines()).hasSize(2).last().asString()
                .startsWith("odooops gate: cannot read .git: not a git repository");
    }

    @Test
    void symlinkLoopInsideTheRepositoryDoesNotTrapTheSecretsScan() throws IOException {
        Files.createDirectories(dir.resolve("addons/oca/selected"));
        Files.createSymbolicLink(dir.resolve("addons/oca/selected/self"), dir.resolve("addons"));

        GateRun run = GateRun.json("secrets", dir);

        assertThat(run.exit()).isZero();
        assertThat(run.findings()).isEmpty();
    }

    @Test
    void composeAliasBombIsRefusedNotExpanded() throws IOException {
        Files.createDirectories(dir.resolve("docker/compose"));
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        Files.writeString(dir.resolve("docker/compose/stage.yml"), yaml);

        GateRun run = GateRun.run("neutralization", "--repo", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("odooops gate: cannot read docker/compose/stage.yml");
    }

    @Test
    void unknownGateExits2WithTheListOfGates() {
        GateRun run = GateRun.run("everything");

        assertOneLineError(run, "odooops gate: unknown gate 'everything' (neutralization, email-policy, db-name, "
                + "addons-path, env-consistency, secrets, bucket-prefix, promotion, all) (see odooops gate --help)");
    }

    @Test
    void aMissingGateNameExits2() {
        GateRun run = GateRun.run();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("odooops gate: Missing required parameter: 'GATE' (see odooops gate --help)\n");
    }

    @Test
    void aConfiguredPathOutsideTheRepositoryExits2() throws IOException {
        Files.writeString(dir.resolve("odooops-gates.yaml"), "environments:\n  stage: {compose: ../../etc/stage.yml}\n");

        GateRun run = GateRun.run("neutralization", "--repo", dir.toString());

        assertOneLineError(run, "odooops gate: cannot read ../../etc/stage.yml: is outside the repository");
    }

    @Test
    void githubFormatAlsoAnnotatesTheUnreadableFile() {
        GateRun run = GateRun.run("env-consistency", "--repo",
                GateRun.fixture("malformed/duplicate-conf-key").toString(), "--format", "github");

        assertThat(run.out()).isEqualTo("::error file=config/odoo.conf.staging,line=4,title=odooops gate%3A unreadable "
                + "input::duplicate option 'db_name' (first at line 2); Odoo refuses this file\n");
    }
}
