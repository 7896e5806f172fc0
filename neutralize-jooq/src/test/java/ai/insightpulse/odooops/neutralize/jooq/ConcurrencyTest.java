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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs at once on one database, and Odoo's own cron workers holding row locks. */
class ConcurrencyTest {

    private final JooqNeutralizer engine = JooqNeutralizer.create();

    @Test
    void concurrentRunsApplyOnceAndNeverInsertASecondSink() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            db.execute("DELETE FROM ir_mail_server WHERE smtp_host = 'invalid'"); // so the sink must be inserted
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<NeutralizationResult>> runs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return engine.neutralize(db.config().lockTimeout(Duration.ofSeconds(20)).build());
                }));
            }
            start.countDown();
            List<RunStatus> statuses = new ArrayList<>();
            for (CompletableFuture<NeutralizationResult> run : runs) {
                statuses.add(run.get(60, TimeUnit.SECONDS).status());
            }

            assertThat(statuses).containsOnly(RunStatus.OK, RunStatus.NO_OP);
            assertThat(statuses).filteredOn(s -> s == RunStatus.OK).hasSize(1);
            assertThat(db.count("SELECT count(*) FROM ir_mail_server WHERE smtp_host = 'invalid' "
                    + "AND smtp_authentication <> 'cli'")).isEqualTo(1);
        }
    }

    @Test
    void aRowLockHeldOnIrCronEndsTheRunWithinTheLockTimeoutChangingNothing() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            Map<String, Integer> ids = ProdLikeSeed.seed(db);
            TableSnapshot before = db.snapshot();
            try (Connection worker = db.newConnection(); Statement s = worker.createStatement()) {
                // what an Odoo cron worker does while a job runs
                worker.setAutoCommit(false);
                s.execute("SELECT * FROM ir_cron WHERE id = " + ids.get("cron_ir_cron_mail_scheduler_action")
                        + " FOR NO KEY UPDATE NOWAIT");

                long started = System.nanoTime();
                NeutralizationResult r = engine.neutralize(db.config().lockTimeout(Duration.ofMillis(500)).build());
                long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

                assertThat(r.exitCode()).isEqualTo(ExitCode.RUNTIME_ERROR);
                assertThat(r.failure().get().kind()).isEqualTo(Failure.Kind.LOCK_TIMEOUT);
                assertThat(r.failure().get().message()).contains("within 500 ms");
                assertThat(elapsedMs).as("gave up near the lock timeout, not later").isLessThan(5_000);
                worker.rollback();
            }
            assertThat(db.snapshot()).isEqualTo(before);
        }
    }

    @Test
    void aTableLockedByAnotherSessionDoesNotStopARunThatHasNothingToChangeThere() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            assertThat(engine.neutralize(db.config().build()).status()).isEqualTo(RunStatus.OK);
            db.execute("UPDATE ir_cron SET active = true WHERE id = (SELECT min(id) FROM ir_cron WHERE NOT active)");
            try (Connection worker = db.newConnection(); Statement s = worker.createStatement()) {
                // EXCLUSIVE lets readers through but no writer: payment providers are already neutral, so the
                // run must not even try to write there
                worker.setAutoCommit(false);
                s.execute("LOCK TABLE payment_provider, ir_mail_server IN EXCLUSIVE MODE");

                NeutralizationResult r = engine.neutralize(db.config().lockTimeout(Duration.ofMillis(500)).build());

                assertThat(r.status()).as(r.failure().map(Object::toString).orElse("")).isEqualTo(RunStatus.OK);
                assertThat(r.target(ai.insightpulse.odooops.neutralize.NeutralizationTarget.CRONS).get().rows())
                        .isEqualTo(1);
                worker.rollback();
            }
        }
    }

    @Test
    void aRunWaitingOnAnotherRunGivesUpAfterTheLockTimeout() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            try (Connection other = db.newConnection(); Statement s = other.createStatement()) {
                other.setAutoCommit(false);
                s.execute("SELECT pg_advisory_xact_lock(" + ai.insightpulse.odooops.neutralize.jooq.internal
                        .TransactionalRun.ADVISORY_LOCK_KEY + ")");

                NeutralizationResult r = engine.neutralize(db.config().lockTimeout(Duration.ofMillis(300)).build());

                assertThat(r.failure().get().kind()).isEqualTo(Failure.Kind.LOCK_TIMEOUT);
                other.rollback();
            }
            assertThat(engine.neutralize(db.config().build()).status()).isEqualTo(RunStatus.OK);
        }
    }
}
