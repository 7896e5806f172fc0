package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.lifecycle.internal.CopyNames;
import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.CliRun;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
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

    @Test
    void aShellCommandInAPlainDumpNeverRunsAndTheDumpIsRefused() throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        Path marker = dir.resolve("shell-ran");
        Path dump = insertAfterHeader(pgDump(source, "--format=plain", dir.resolve("prod.sql")),
                "\\! touch " + marker);

        CliRun run = restore(dump, target);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("refusing the dump " + dump + ", line " + headerLines(dump) + ": psql "
                + "meta-command \\! touch");
        assertThat(run.outLines()).singleElement().asString().contains("\"status\":\"error\"")
                .contains("\"kind\":\"config\"");
        assertThat(marker).doesNotExist();
        assertNothingLeft(target);
    }

    @Test
    void aConnectToAnotherDatabaseIsRefusedAndThatDatabaseIsUnchanged() throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String other = server.prodLike(TestServer.randomName("odoo_dev_t_other_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        TableSnapshot otherBefore = TestServer.snapshot(other);
        Path dump = append(pgDump(source, "--format=plain", dir.resolve("prod.sql")),
                "\\connect " + other + "\nUPDATE public.ir_mail_server SET smtp_host = 'attacker.example';\n");

        CliRun run = restore(dump, target);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("\\connect to database " + other);
        assertThat(TestServer.snapshot(other).tablesDifferingFrom(otherBefore)).isEmpty();
        assertNothingLeft(target);
    }

    @Test
    void aCleanCreateDumpIsRestoredIntoTheCopyAndItsSourceIsLeftAlone() throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        TestServer.execute("postgres", "ALTER DATABASE " + source + " SET work_mem = '8MB'");
        TestServer.execute(source, "COMMENT ON DATABASE " + source + " IS 'prod'");
        Path dump = pgDump(source, "--format=plain", dir.resolve("prod.sql"), "--clean", "--create");
        assertThat(Files.readString(dump)).contains("DROP DATABASE " + source + ";")
                .contains("CREATE DATABASE " + source).contains("\\connect " + source);
        TableSnapshot sourceBefore = TestServer.snapshot(source);

        CliRun run = restore(dump, target);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(TestServer.exists(source)).isTrue();
        assertThat(TestServer.snapshot(source).tablesDifferingFrom(sourceBefore)).isEmpty();
        CloneCommandTest.assertSameRowCountsExceptInsertedContractRows(source, target);
        assertThat(TestServer.scalar("postgres", "SELECT count(*) FROM pg_db_role_setting s JOIN pg_database d "
                + "ON d.oid = s.setdatabase WHERE d.datname = '" + target + "'")).isEqualTo(0L);
        assertThat(CloneCommandTest.verify(target).exitCode()).isZero();
        assertThat(TestServer.workDatabases(target)).isEmpty();
        assertThat(restoreRoles(target)).isZero();
    }

    @Test
    void aCopyFromProgramIsRefusedAndNeverRuns() throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        Path marker = serverMarker();
        Path dump = append(pgDump(source, "--format=plain", dir.resolve("prod.sql")),
                "CREATE TABLE public.loot (line text);\nCOPY public.loot FROM PROGRAM 'touch " + marker + "';\n");

        CliRun run = restore(dump, target);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("COPY other than COPY … FROM stdin");
        assertThat(marker).doesNotExist();
        assertNothingLeft(target);
    }

    @Test
    void aProgramRunFromAFunctionBodyIsRefusedByPostgresItself() throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        Path marker = serverMarker();
        Path dump = append(pgDump(source, "--format=plain", dir.resolve("prod.sql")),
                "CREATE FUNCTION public.loot() RETURNS void LANGUAGE plpgsql AS $body$\n"
                        + "BEGIN EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch " + marker + "'''; END\n"
                        + "$body$;\nSELECT public.loot();\n");

        CliRun run = restore(dump, target);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("PostgreSQL refused it").contains("a role that owns only the copy");
        assertThat(marker).doesNotExist();
        assertNothingLeft(target);
    }

    @Test
    void aTriggerTheDumpCarriesFiresOnlyWithTheRestoreRolesRights() throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        Path marker = serverMarker();
        Path dump = append(pgDump(source, "--format=plain", dir.resolve("prod.sql")),
                "CREATE FUNCTION public.loot() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
                        + "BEGIN EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch " + marker + "'''; RETURN NEW; END\n"
                        + "$body$;\nCREATE TRIGGER loot BEFORE UPDATE ON public.ir_mail_server "
                        + "FOR EACH ROW EXECUTE FUNCTION public.loot();\n");

        CliRun run = restore(dump, target);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("pg_execute_server_program");
        assertThat(marker).doesNotExist();
        assertNothingLeft(target);
    }

    @Test
    void anArchiveRunsUnderTheSamePrivilegesAndAProgramItHidesNeverRuns() throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        Path marker = serverMarker();
        // an index expression runs its function while pg_restore's script builds the index: in the copy only
        TestServer.execute(source, "CREATE FUNCTION public.loot_program() RETURNS void LANGUAGE plpgsql AS $body$ "
                + "BEGIN EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch " + marker + "'''; END $body$");
        TestServer.execute(source, "CREATE FUNCTION public.loot(integer) RETURNS integer LANGUAGE plpgsql "
                + "IMMUTABLE AS $body$ BEGIN IF current_database() LIKE 'odooops\\_tmp\\_%' THEN "
                + "PERFORM public.loot_program(); END IF; RETURN $1; END $body$");
        TestServer.execute(source, "CREATE INDEX loot ON public.res_company (public.loot(id))");
        Path dump = pgDump(source, "--format=custom", dir.resolve("prod.dump"));

        CliRun run = restore(dump, target);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("PostgreSQL refused it").contains("pg_execute_server_program");
        assertThat(marker).doesNotExist();
        assertNothingLeft(target);
    }

    @Test
    void aDumpThatChangesItsCopyAsADatabaseIsRefusedBeforePublication() throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.prodLike(TestServer.randomName("odoo_dev_t_to_"));
        TableSnapshot before = TestServer.snapshot(target);
        // the copy's owner may set its defaults, and a text scan cannot see it done from a function body
        Path dump = append(pgDump(source, "--format=plain", dir.resolve("prod.sql")),
                "CREATE FUNCTION public.settle() RETURNS void LANGUAGE plpgsql AS $body$ BEGIN EXECUTE "
                        + "format('ALTER DATABASE %I SET search_path = attacker', current_database()); END $body$;\n"
                        + "SELECT public.settle();\n");

        CliRun run = restore(dump, target);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("it changed the copy as a database");
        assertThat(TestServer.snapshot(target).tablesDifferingFrom(before)).isEmpty();
        assertThat(TestServer.scalar("postgres", "SELECT count(*) FROM pg_db_role_setting s JOIN pg_database d "
                + "ON d.oid = s.setdatabase WHERE d.datname = '" + target + "'")).isEqualTo(0L);
        assertThat(TestServer.workDatabases(target)).isEmpty();
        assertThat(restoreRoles(target)).isZero();
    }

    @Test
    void theCopyAndRoleOfAnInterruptedRestoreAreSweptByTheNextRun() throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        String left = CopyNames.TMP + target + "_0badc0de";
        String roleOnly = CopyNames.TMP + target + "_1badc0de";
        TestServer.execute("postgres", "CREATE ROLE " + left + " LOGIN");
        TestServer.execute("postgres", "CREATE DATABASE " + left + " OWNER " + left);
        TestServer.execute("postgres", "CREATE ROLE " + roleOnly + " LOGIN");
        Path dump = pgDump(source, "--format=custom", dir.resolve("prod.dump"));

        CliRun run = restore(dump, target);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("removed " + left).contains("removed the role " + roleOnly);
        assertThat(TestServer.workDatabases(target)).isEmpty();
        assertThat(restoreRoles(target)).isZero();
    }

    @Test
    void aTargetPublishedButNotHandedOverByAnInterruptedRestoreIsHandedOverByTheNextRun() throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        String role = CopyNames.TMP + target + "_2badc0de";
        TestServer.execute("postgres", "CREATE ROLE " + role + " LOGIN");
        TestServer.execute("postgres", "CREATE DATABASE " + target + " OWNER " + role);
        TestServer.execute(target, "SET ROLE " + role + "; CREATE TABLE public.restored (a integer)");
        Path dump = pgDump(source, "--format=custom", dir.resolve("prod.dump"));

        CliRun run = restore(dump, target, "--keep-previous");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("handed " + target + " over to ").contains("removed the role " + role);
        String kept = TestServer.databases(CopyNames.KEPT + target + "_").get(0);
        server.owned(kept);
        assertThat(TestServer.scalar(kept, "SELECT tableowner FROM pg_tables WHERE tablename = 'restored'"))
                .isEqualTo(TestPostgres.get().user());
        assertThat(restoreRoles(target)).isZero();
    }

    /** Nothing of a refused or failed restore is left: no target, no work database, no restore role. */
    private static void assertNothingLeft(String target) {
        assertThat(TestServer.exists(target)).isFalse();
        assertThat(TestServer.workDatabases(target)).isEmpty();
        assertThat(restoreRoles(target)).isZero();
    }

    static long restoreRoles(String target) {
        return (Long) TestServer.scalar("postgres", "SELECT count(*) FROM pg_roles WHERE rolname LIKE '"
                + CopyNames.TMP + target + "_%'");
    }

    /**
     * A file the database server could create (in /tmp) but that does not exist: where a program run by the
     * server would leave its mark. Checked first to work, so that its absence later means something.
     */
    private static Path serverMarker() {
        Path marker = Path.of("/tmp", TestServer.randomName("odooops-marker-"));
        // the program reads its input to the end: one that exits first makes the server's write a broken pipe
        TestServer.execute("postgres", "COPY (SELECT 1) TO PROGRAM 'cat >/dev/null; touch " + marker + "'");
        assertThat(marker).as("the server runs programs for a superuser on this host").exists();
        TestServer.execute("postgres", "COPY (SELECT 1) TO PROGRAM 'cat >/dev/null; rm " + marker + "'");
        assertThat(marker).doesNotExist();
        return marker;
    }

    /** Inserts {@code line} right after pg_dump's header comment, before its first SET. */
    private static Path insertAfterHeader(Path dump, String line) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(dump, StandardCharsets.UTF_8));
        lines.add(headerLines(dump) - 1, line);
        return Files.write(dump, lines, StandardCharsets.UTF_8);
    }

    /** The line number of pg_dump's first SET: where {@link #insertAfterHeader} puts its line. */
    private static int headerLines(Path dump) throws IOException {
        List<String> lines = Files.readAllLines(dump, StandardCharsets.UTF_8);
        int i = 0;
        while (i < lines.size() && !lines.get(i).startsWith("SET ") && !lines.get(i).startsWith("\\! ")) {
            i++;
        }
        return i + 1;
    }

    private static Path append(Path dump, String text) throws IOException {
        Files.writeString(dump, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return dump;
    }

    private static CliRun restore(Path dump, String target, String... options) {
        List<String> args = new ArrayList<>(List.of("restore", "--dump", dump.toString(), "--to", target, "--yes"));
        args.addAll(List.of(options));
        return CliRun.of(TestServer.variables(), args.toArray(String[]::new));
    }

    static Path pgDump(String database, String format, Path file, String... options) throws Exception {
        TestPostgres pg = TestPostgres.get();
        List<String> command = new ArrayList<>(List.of("pg_dump", format, "--file=" + file,
                "--host=" + pg.host(), "--port=" + pg.port(), "--username=" + pg.user(), "--dbname=" + database));
        command.addAll(List.of(options));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (!pg.password().isEmpty()) {
            pb.environment().put("PGPASSWORD", pg.password());
        }
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        return file;
    }
}
