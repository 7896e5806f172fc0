package ai.insightpulse.odooops.neutralize.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.ExitCode;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A failure anywhere in a run leaves the database exactly as it was, and exits 2. */
class AllOrNothingTest {

    private final JooqNeutralizer engine = JooqNeutralizer.create();

    @Test
    void aFailingStatementLateInTheBatchRollsBackEveryEarlierTarget() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            // the banner is the last target: mail servers, the sink, crons and the flag have run when it fails
            db.execute("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                    + "$$BEGIN RAISE EXCEPTION 'views are frozen'; END$$; "
                    + "CREATE TRIGGER frozen BEFORE UPDATE ON ir_ui_view FOR EACH ROW EXECUTE FUNCTION refuse()");
            TableSnapshot before = db.snapshot();

            NeutralizationResult r = engine.neutralize(db.config().build());

            assertThat(r.status()).isEqualTo(RunStatus.ERROR);
            assertThat(r.exitCode()).isEqualTo(ExitCode.RUNTIME_ERROR);
            assertThat(r.failure()).get().extracting(Failure::kind).isEqualTo(Failure.Kind.DATABASE);
            assertThat(r.failure().get().message()).contains("views are frozen").contains("nothing was changed");
            assertThat(db.snapshot()).isEqualTo(before);
        }
    }

    @Test
    void aConnectionTerminatedMidRunChangesNothing() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            // hold the run inside the batch (after mail servers, sink, crons and flag) long enough to kill it
            db.execute("CREATE FUNCTION slow() RETURNS trigger LANGUAGE plpgsql AS "
                    + "$$BEGIN PERFORM pg_sleep(30); RETURN NEW; END$$; "
                    + "CREATE TRIGGER slow BEFORE UPDATE ON ir_ui_view FOR EACH ROW EXECUTE FUNCTION slow()");
            TableSnapshot before = db.snapshot();

            CompletableFuture<NeutralizationResult> run = CompletableFuture.supplyAsync(
                    () -> engine.neutralize(db.config().build()));
            try (Connection killer = db.newConnection(); Statement s = killer.createStatement()) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                int killed = 0;
                while (killed == 0 && System.nanoTime() < deadline) {
                    var rs = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                            + "WHERE application_name = 'odooops-neutralize' AND query LIKE '%pg_sleep%' "
                            + "OR (application_name = 'odooops-neutralize' AND wait_event = 'PgSleep')");
                    rs.next();
                    killed = rs.getInt(1);
                    Thread.sleep(20);
                }
                assertThat(killed).as("the run's backend was found and terminated").isPositive();
            }
            NeutralizationResult r = run.get(30, TimeUnit.SECONDS);

            assertThat(r.status()).isEqualTo(RunStatus.ERROR);
            assertThat(r.exitCode()).isEqualTo(ExitCode.RUNTIME_ERROR);
            assertThat(r.failure().get().kind()).isEqualTo(Failure.Kind.CONNECTION);
            assertThat(db.snapshot()).isEqualTo(before);
        }
    }

    @Test
    void aStatementTimeoutRollsBackAndSaysSo() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            db.execute("CREATE FUNCTION slow() RETURNS trigger LANGUAGE plpgsql AS "
                    + "$$BEGIN PERFORM pg_sleep(5); RETURN NEW; END$$; "
                    + "CREATE TRIGGER slow BEFORE UPDATE ON ir_cron FOR EACH ROW EXECUTE FUNCTION slow()");
            TableSnapshot before = db.snapshot();

            NeutralizationResult r = engine.neutralize(db.config().statementTimeout(Duration.ofMillis(300)).build());

            assertThat(r.failure().get().kind()).isEqualTo(Failure.Kind.DATABASE);
            assertThat(r.failure().get().message()).contains("ran longer than 300 ms");
            assertThat(db.snapshot()).isEqualTo(before);
        }
    }
}
