package ai.insightpulse.odooops.cli.clone;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.CliRun;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreCommandTest {

    private final TestServer server = new TestServer();

    @TempDir
    Path dir;

    @AfterEach
    void dropWhatTheTestMade() {
        server.close();
    }

    @Test
    void restoresACustomFormatDumpAndPublishesItNeutralized() throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        Path dump = pgDump(source, "--format=custom", dir.resolve("prod.dump"));

        CliRun run = restore(dump, target);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).singleElement().asString()
                .contains("\"db\":\"" + target + "\"").contains("\"status\":\"ok\"");
        CloneCommandTest.assertSameRowCountsExceptInsertedContractRows(source, target);
        assertThat(CloneCommandTest.verify(target).exitCode()).isZero();
        assertThat(TestServer.workDatabases(target)).isEmpty();
    }

    @Test
    void restoresAPlainSqlDumpWithPsql() throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        Path dump = pgDump(source, "--format=plain", dir.resolve("prod.sql"));

        CliRun run = restore(dump, target);

        assertThat(run.exitCode()).as(run.err()).isZero();
        CloneCommandTest.assertSameRowCountsExceptInsertedContractRows(source, target);
        assertThat(CloneCommandTest.verify(target).exitCode()).isZero();
    }

    @Test
    void aCorruptDumpDropsTheCopyAndLeavesTheTargetAsItWas() throws IOException {
        String target = server.prodLike(TestServer.randomName("odoo_dev_t_to_"));
        TableSnapshot before = TestServer.snapshot(target);
        Path dump = Files.writeString(dir.resolve("broken.dump"), "PGDMP this is not an archive",
                StandardCharsets.US_ASCII);

        CliRun run = restore(dump, target);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("pg_restore failed").contains(target + " was left as it was");
        assertThat(run.outLines()).singleElement().asString().contains("\"status\":\"error\"")
                .contains("\"kind\":\"database\"");
        assertThat(TestServer.snapshot(target).tablesDifferingFrom(before)).isEmpty();
        assertThat(TestServer.workDatabases(target)).isEmpty();
    }

    @Test
    void aDumpThatDoesNotExistIsAConfigError() {
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));

        CliRun run = restore(dir.resolve("missing.dump"), target);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("is not a readable file");
        assertThat(TestServer.exists(target)).isFalse();
    }

    private static CliRun restore(Path dump, String target) {
        return CliRun.of(TestServer.variables(), "restore", "--dump", dump.toString(), "--to", target, "--yes");
    }

    private static Path pgDump(String database, String format, Path file) throws Exception {
        TestPostgres pg = TestPostgres.get();
        ProcessBuilder pb = new ProcessBuilder(List.of("pg_dump", format, "--file=" + file, "--host=" + pg.host(),
                "--port=" + pg.port(), "--username=" + pg.user(), "--dbname=" + database))
                .redirectErrorStream(true);
        if (!pg.password().isEmpty()) {
            pb.environment().put("PGPASSWORD", pg.password());
        }
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        return file;
    }
}
