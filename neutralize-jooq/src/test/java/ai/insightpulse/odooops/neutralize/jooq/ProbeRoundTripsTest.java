package ai.insightpulse.odooops.neutralize.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Seeing Odoo's tables as Odoo's connection would costs no round trip: resolution through the search path and the
 * privileges are read by the one schema probe. Counted on the JDBC connection (each execute or batch is one).
 */
class ProbeRoundTripsTest {

    private final AtomicInteger executions = new AtomicInteger();

    @Test
    void aLiveRunStillSendsAtMostSixRoundTripsAndADryRunThree() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            JooqNeutralizer engine = JooqNeutralizer.using(c -> counted(ConnectionSource.driverManager().open(c)));

            NeutralizationResult planned = engine.neutralize(db.config().dryRun(true).build());
            int planStatements = executions.getAndSet(0);
            NeutralizationResult applied = engine.neutralize(db.config().build());
            int applyStatements = executions.getAndSet(0);

            assertThat(planned.status()).isEqualTo(RunStatus.DRY_RUN);
            assertThat(planStatements).as("lock, probe, counts").isEqualTo(3);
            assertThat(applied.status()).isEqualTo(RunStatus.OK);
            assertThat(applyStatements).as("lock, probe, counts, batch, post-check (commit not counted)")
                    .isEqualTo(5);
        }
    }

    @Test
    void twoHundredDeclaredRulesCostNoExtraRoundTrip() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            ai.insightpulse.odooops.neutralize.testing.CustomModuleSeed.seed(db);
            StringBuilder rules = new StringBuilder("[");
            for (int i = 0; i < 200; i++) {
                rules.append(i == 0 ? "" : ",").append("{\"table\": \"ipai_zoho_account\", \"set\": {\"sequence\": ")
                        .append(i).append("}, \"where\": {\"id\": ").append(i).append("}}");
            }
            var declared = ai.insightpulse.odooops.neutralize.testing.CustomModuleSeed.rules(rules.append("]").toString());
            JooqNeutralizer engine = JooqNeutralizer.using(c -> counted(ConnectionSource.driverManager().open(c)));

            NeutralizationResult planned = engine.neutralize(db.config().dryRun(true).declaredRules(declared).build());
            int planStatements = executions.getAndSet(0);
            NeutralizationResult applied = engine.neutralize(db.config().declaredRules(declared).build());
            int applyStatements = executions.getAndSet(0);

            assertThat(planned.rules()).hasSize(200);
            assertThat(planStatements).as("lock, probe, counts").isEqualTo(3);
            assertThat(applied.status()).isEqualTo(RunStatus.OK);
            assertThat(applyStatements).as("lock, probe, counts, batch, post-check").isEqualTo(5);
        }
    }

    @Test
    void fiftyModuleFilesCostNoExtraRoundTripAndTheirRecordsNoneEither(@org.junit.jupiter.api.io.TempDir
                                                                        java.nio.file.Path addons) throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            db.execute("CREATE TABLE ipai_rt_job (id serial PRIMARY KEY, module integer, state varchar);"
                    + " INSERT INTO ipai_rt_job (module, state) SELECT g, 'pending' FROM generate_series(1, 50) g;"
                    + " INSERT INTO ir_module_module (name, state, author, license)"
                    + " SELECT 'ipai_rt_' || g, 'installed', 'InsightPulse AI', 'LGPL-3' FROM generate_series(1, 50) g");
            for (int i = 1; i <= 50; i++) {
                java.nio.file.Path data = java.nio.file.Files.createDirectories(addons.resolve("ipai_rt_" + i + "/data"));
                java.nio.file.Files.writeString(data.resolveSibling("__manifest__.py"), "{}\n");
                java.nio.file.Files.writeString(data.resolve("neutralize.sql"),
                        "UPDATE ipai_rt_job SET state = 'cancelled' WHERE module = " + i + " AND state = 'pending';\n");
            }
            var path = ai.insightpulse.odooops.neutralize.AddonsPath.parse(addons.toString(), "test");
            JooqNeutralizer engine = JooqNeutralizer.using(c -> counted(ConnectionSource.driverManager().open(c)));

            NeutralizationResult planned = engine.neutralize(db.config().dryRun(true).addonsPath(path).build());
            int planStatements = executions.getAndSet(0);
            NeutralizationResult applied = engine.neutralize(db.config().addonsPath(path).build());
            int applyStatements = executions.getAndSet(0);

            assertThat(planned.modules()).hasSize(50);
            assertThat(planStatements).as("lock, probe, counts (the installed modules included)").isEqualTo(3);
            assertThat(applied.modules()).allMatch(m -> m.rows() == 1);
            assertThat(applyStatements).as("lock, probe, counts, batch (files and checksums), post-check")
                    .isEqualTo(5);
        }
    }

    @Test
    void aRunThatCannotSeeOdoosTablesStopsAfterTheProbe() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            db.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
            JooqNeutralizer engine = JooqNeutralizer.using(c -> counted(ConnectionSource.driverManager().open(c)));

            NeutralizationResult r = engine.neutralize(db.config().build());

            assertThat(r.failure().get().kind()).isEqualTo(Failure.Kind.NOT_ODOO);
            assertThat(executions.get()).as("lock, probe").isEqualTo(2);
        }
    }

    private Connection counted(Connection connection) {
        return proxy(Connection.class, connection, (method, result) ->
                result instanceof PreparedStatement p ? countedStatement(PreparedStatement.class, p)
                        : result instanceof Statement s ? countedStatement(Statement.class, s) : result);
    }

    private <S extends Statement> S countedStatement(Class<S> type, S statement) {
        return proxy(type, statement, (method, result) -> {
            if (method.getName().startsWith("execute")) {
                executions.incrementAndGet();
            }
            return result;
        });
    }

    /** A proxy of {@code target} that passes every call on and hands its result to {@code after}. */
    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, After after) {
        return (T) Proxy.newProxyInstance(ProbeRoundTripsTest.class.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> {
                    try {
                        return after.apply(method, method.invoke(target, args));
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @FunctionalInterface
    private interface After {
        Object apply(Method method, Object result) throws Exception;
    }
}
