package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.lifecycle.internal.CopyNames;
import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.CliRun;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CloneCommandTest {

    private final TestServer server = new TestServer();

    @AfterEach
    void dropWhatTheTestMade() {
        server.close();
    }

    @Test
    void publishesACopyEqualToTheSourceWithNeutralizationAppliedAndLeavesTheSourceAlone() {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        String reference = referenceNeutralizedCopy(source);
        TableSnapshot sourceBefore = TestServer.snapshot(source);

        CliRun run = clone(source, target);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).singleElement().asString()
                .startsWith("NEUTRALIZE_SUMMARY: {\"env\":\"dev\",\"db\":\"" + target + "\",\"dry_run\":false,"
                        + "\"mail_servers_changed\":3,\"crons_changed\":24,\"already_neutralized\":false,"
                        + "\"status\":\"ok\"");
        assertThat(run.err()).contains("copied with CREATE DATABASE … TEMPLATE " + source);
        assertEqualExceptTheirOwnIdentity(target, reference);
        assertSameRowCountsExceptInsertedContractRows(source, target);
        assertThat(TestServer.snapshot(source).tablesDifferingFrom(sourceBefore)).isEmpty();
        assertThat(TestServer.workDatabases(target)).isEmpty();
        assertThat(verify(target).exitCode()).isZero();
    }

    @Test
    @SuppressWarnings("try") // the open connection is the point: an Odoo worker on the source
    void copiesASourceInUseWithPgDumpAndPgRestore() throws SQLException {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        String reference = referenceNeutralizedCopy(source);

        CliRun run;
        try (Connection odooWorker = TestPostgres.get().connect(source)) {
            run = clone(source, target);
        }

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains(source + " is in use (1 other connection(s)): copying with pg_dump | pg_restore");
        assertEqualExceptTheirOwnIdentity(target, reference);
        assertSameRowCountsExceptInsertedContractRows(source, target);
        assertThat(verify(target).exitCode()).isZero();
    }

    @Test
    void replacesThePreviousTargetAndDropsItOnceTheNewOneIsVerified() {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.prodLike(TestServer.randomName("odoo_dev_t_to_"));
        TestServer.execute(target, "UPDATE res_company SET name = 'Previous target'");

        CliRun run = clone(source, target);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(TestServer.scalar(target, "SELECT name FROM res_company")).isEqualTo("Demo Prod Co");
        assertThat(run.err()).contains("dropped the previous " + target);
        assertThat(TestServer.workDatabases(target)).isEmpty();
    }

    @Test
    void keepPreviousKeepsThePreviousTargetUnderAKeptName() {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.prodLike(TestServer.randomName("odoo_dev_t_to_"));
        TestServer.execute(target, "UPDATE res_company SET name = 'Previous target'");

        CliRun run = clone(source, target, "--keep-previous");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(TestServer.workDatabases(target)).singleElement().asString()
                .startsWith(CopyNames.KEPT + target + "_");
        String kept = TestServer.workDatabases(target).get(0);
        assertThat(TestServer.scalar(kept, "SELECT name FROM res_company")).isEqualTo("Previous target");
    }

    @Test
    void refusesToPublishOverProductionBeforeConnectingToAnything() {
        Map<String, String> vars = TestServer.variables();
        vars.put("DB_PORT", "1"); // a connection attempt would be exit 2

        CliRun run = CliRun.of(vars, "clone", "--from", "odoo_dev_x", "--to", "odoo_prod", "--yes");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("refusing --to odoo_prod: the contract never neutralizes production");
        assertThat(run.outLines()).singleElement().asString().contains("\"kind\":\"config\"");
    }

    @Test
    void refusesATargetNameOutsideTheEnvironmentMap() {
        CliRun run = CliRun.of(TestServer.variables(), "clone", "--from", "odoo_prod", "--to", "customers", "--yes");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("refusing --to customers: the contract neutralizes only odoo_stage");
    }

    @Test
    void withoutConfirmationNothingHappens() {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));

        CliRun run = CliRun.of(TestServer.variables(), "clone", "--from", source, "--to", target);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("confirm with --yes");
        assertThat(TestServer.exists(target)).isFalse();
        assertThat(TestServer.workDatabases(target)).isEmpty();
    }

    @Test
    void aMissingSourceIsAConfigErrorThatLeavesNoTemporaryDatabase() {
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));

        CliRun run = clone("odoo_dev_t_no_such_source", target);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("the source database odoo_dev_t_no_such_source does not exist");
        assertThat(TestServer.workDatabases(target)).isEmpty();
    }

    @Test
    @SuppressWarnings("try") // the open connection is the point: an Odoo worker on the source
    void withoutTheClientProgramsASourceInUseIsAConfigErrorSayingWhatToInstall() throws SQLException {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        Map<String, String> vars = TestServer.variables();
        vars.put("PATH", "/nonexistent");

        CliRun run;
        try (Connection odooWorker = TestPostgres.get().connect(source)) {
            run = CliRun.of(vars, "clone", "--from", source, "--to", target, "--yes");
        }

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("pg_dump is not installed (needed to copy " + source + " while it is in use)")
                .contains("ODOOOPS_PG_BIN");
        assertThat(TestServer.workDatabases(target)).isEmpty();
        assertThat(TestServer.exists(target)).isFalse();
    }

    @Test
    void orphansOfAnInterruptedRunAreCleanedByTheNextRun() {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.prodLike(TestServer.randomName("odoo_dev_t_to_"));
        String orphanCopy = CopyNames.TMP + target + "_0badc0de";
        String orphanPrevious = CopyNames.PREV + target + "_0badf00d";
        TestServer.execute("postgres", "CREATE DATABASE " + orphanCopy);
        TestServer.execute("postgres", "CREATE DATABASE " + orphanPrevious);

        CliRun run = clone(source, target);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("removed " + orphanCopy).contains("removed " + orphanPrevious);
        assertThat(TestServer.workDatabases(target)).isEmpty();
    }

    @Test
    void aPreviousTargetSetAsideByAnInterruptedRunIsRenamedBackWhenTheTargetIsMissing() {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        String setAside = server.prodLike(CopyNames.PREV + target + "_00c0ffee");

        CliRun run = CliRun.of(TestServer.variables(), "clone", "--from", "odoo_dev_t_no_such_source", "--to",
                target, "--yes");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("renamed " + setAside + " back to " + target);
        assertThat(TestServer.exists(target)).isTrue();
        assertThat(TestServer.workDatabases(target)).isEmpty();
    }

    private static CliRun clone(String source, String target, String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "clone";
        args[1] = "--from=" + source;
        args[2] = "--to=" + target;
        args[3] = "--yes";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return CliRun.of(TestServer.variables(), args);
    }

    static CliRun verify(String database) {
        Map<String, String> vars = TestServer.variables();
        vars.put("IPAI_ENV", "dev");
        vars.put("DB_NAME", database);
        return CliRun.of(vars, "verify");
    }

    /** The source, copied and neutralized in place by {@code odooops neutralize}: what a clone must equal. */
    private String referenceNeutralizedCopy(String source) {
        String reference = server.owned(TestServer.randomName("odoo_dev_t_ref_"));
        TestServer.execute("postgres", "CREATE DATABASE " + reference + " TEMPLATE " + source);
        Map<String, String> vars = TestServer.variables();
        vars.put("IPAI_ENV", "dev");
        vars.put("DB_NAME", reference);
        assertThat(CliRun.of(vars, "neutralize", "--yes").exitCode()).isZero();
        return reference;
    }

    /**
     * The two databases hold the same rows, except the identity each copy was given: the
     * {@code database_identity} target draws a new random {@code database.uuid} and {@code database.secret} per copy.
     */
    private static void assertEqualExceptTheirOwnIdentity(String target, String reference) {
        TableSnapshot actual = TestServer.snapshot(target).withoutCopyIdentity();
        TableSnapshot expected = TestServer.snapshot(reference).withoutCopyIdentity();
        assertThat(actual.tablesDifferingFrom(expected)).isEmpty();
    }

    /**
     * Every table has the source's row count, except where the contract adds rows: the sink server, the
     * neutralized flag and the identity marker.
     */
    static void assertSameRowCountsExceptInsertedContractRows(String source, String target) {
        Map<String, Integer> expected = TestServer.rowCounts(source);
        Map<String, Integer> actual = TestServer.rowCounts(target);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((table, count) -> {
            if (table.equals("ir_config_parameter")) {
                assertThat(actual.get(table)).as(table).isBetween(count, count + 2);
            } else if (table.equals("ir_mail_server")) {
                assertThat(actual.get(table)).as(table).isBetween(count, count + 1);
            } else {
                assertThat(actual.get(table)).as(table).isEqualTo(count);
            }
        });
    }
}
