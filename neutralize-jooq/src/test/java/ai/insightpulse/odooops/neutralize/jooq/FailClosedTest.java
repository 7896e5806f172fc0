package ai.insightpulse.odooops.neutralize.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.TargetOutcome;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import ai.insightpulse.odooops.neutralize.testing.TestRole;
import org.junit.jupiter.api.Test;

/**
 * Fail closed: a database is Odoo only when the run can use Odoo's tables as Odoo's own connection would. Names
 * resolve through the session's search path, and the role holds what each target needs; otherwise every kind of
 * run (live, dry-run, inspection) is an error that names what it could not see, never a run of skipped targets.
 */
class FailClosedTest {

    private final JooqNeutralizer engine = JooqNeutralizer.create();

    @Test
    void aDatabaseWithoutOdoosCoreTablesIsNotOdooInEveryKindOfRun() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            db.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
            NeutralizeConfig live = db.config().build();

            for (NeutralizationResult r : runs(live)) {
                assertThat(r.status()).isEqualTo(RunStatus.ERROR);
                assertThat(r.failure().get().kind()).isEqualTo(Failure.Kind.NOT_ODOO);
                assertThat(r.failure().get().message()).contains(
                        "ir_config_parameter, ir_cron, ir_mail_server, ir_model_data, ir_module_module not found",
                        "search_path (public)");
                assertThat(r.alreadyNeutralized()).isFalse();
            }
        }
    }

    @Test
    void aCoreTableOutsideTheSearchPathIsNotOdoo() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            db.execute("CREATE SCHEMA elsewhere; ALTER TABLE ir_cron SET SCHEMA elsewhere");

            NeutralizationResult r = engine.neutralize(db.config().build());

            assertThat(r.failure().get().kind()).isEqualTo(Failure.Kind.NOT_ODOO);
            assertThat(r.failure().get().message()).contains("ir_cron not found through its search_path");
            assertThat(db.count("SELECT count(*) FROM ir_mail_server WHERE active AND smtp_host <> 'invalid'"))
                    .isEqualTo(2);
        }
    }

    @Test
    void aRoleThatMayOnlyConnectIsAPermissionErrorAndChangesNothing() {
        try (TestRole role = TestRole.create(); OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            db.execute("GRANT CONNECT ON DATABASE " + db.name() + " TO " + role.name());
            TableSnapshot before = db.snapshot();
            NeutralizeConfig live = db.config().database(role.endpoint(db)).build();

            for (NeutralizationResult r : runs(live)) {
                assertThat(r.status()).isEqualTo(RunStatus.ERROR);
                assertThat(r.failure().get().kind()).isEqualTo(Failure.Kind.PERMISSION);
                assertThat(r.failure().get().message()).contains("role " + role.name() + " lacks",
                        "lacks SELECT on ir_config_parameter, ir_cron, ir_mail_server, ir_model_data, ir_module_module (Odoo core tables)");
            }
            assertThat(db.snapshot().tablesDifferingFrom(before)).isEmpty();
        }
    }

    @Test
    void anEmptySchemaNamedAfterTheRoleDoesNotHideOdoosTablesFromTheRun() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            // current_schema() becomes this empty schema; unqualified names still resolve to public, as for Odoo
            db.execute("CREATE SCHEMA \"" + TestPostgres.get().user() + "\"");

            NeutralizationResult inspected = engine.inspect(db.config().build());
            NeutralizationResult applied = engine.neutralize(db.config().build());

            assertThat(inspected.status()).isEqualTo(RunStatus.DRY_RUN);
            assertThat(inspected.rows(NeutralizationTarget.MAIL_SERVERS)).isPositive();
            assertThat(applied.status()).isEqualTo(RunStatus.OK);
            assertThat(applied.target(NeutralizationTarget.CRONS).get().outcome()).isEqualTo(TargetOutcome.CHANGED);
            assertThat(db.count("SELECT count(*) FROM public.ir_mail_server WHERE active AND smtp_host <> 'invalid'"))
                    .isZero();
            assertThat(engine.inspect(db.config().build()).targets()).allSatisfy(t -> assertThat(t.rows()).isZero());
        }
    }

    @Test
    void readingButNotUpdatingCronsIsAPermissionErrorForRunsAndPlansButNotForAnInspection() {
        try (TestRole role = TestRole.create(); OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            grantEverything(db, role);
            db.execute("REVOKE UPDATE ON ir_cron FROM " + role.name());
            TableSnapshot before = db.snapshot();
            NeutralizeConfig live = db.config().database(role.endpoint(db)).build();

            NeutralizationResult applied = engine.neutralize(live);
            NeutralizationResult planned = engine.neutralize(live.toBuilder().dryRun(true).build());
            NeutralizationResult inspected = engine.inspect(live);

            for (NeutralizationResult r : java.util.List.of(applied, planned)) {
                assertThat(r.failure().get().kind()).isEqualTo(Failure.Kind.PERMISSION);
                assertThat(r.failure().get().message()).contains("lacks UPDATE on ir_cron (target crons)");
            }
            assertThat(inspected.status()).isEqualTo(RunStatus.DRY_RUN);
            assertThat(inspected.rows(NeutralizationTarget.CRONS)).isPositive();
            assertThat(db.snapshot().tablesDifferingFrom(before)).isEmpty();
        }
    }

    @Test
    void aPresentOptionalTableTheRoleMayNotReadIsAPermissionErrorNotASkip() {
        try (TestRole role = TestRole.create(); OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            grantEverything(db, role);
            db.execute("REVOKE SELECT ON fetchmail_server FROM " + role.name());

            NeutralizationResult inspected = engine.inspect(db.config().database(role.endpoint(db)).build());

            assertThat(inspected.failure().get().kind()).isEqualTo(Failure.Kind.PERMISSION);
            assertThat(inspected.failure().get().message()).contains("SELECT on fetchmail_server (target incoming_mail, mail_credentials)");
        }
    }

    @Test
    void rowLevelSecurityThatCouldHideALiveServerIsAPermissionError() {
        try (TestRole role = TestRole.create(); OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            grantEverything(db, role);
            db.execute("ALTER TABLE ir_mail_server ENABLE ROW LEVEL SECURITY; "
                    + "CREATE POLICY only_sinks ON ir_mail_server USING (smtp_host = 'invalid')");

            NeutralizationResult inspected = engine.inspect(db.config().database(role.endpoint(db)).build());

            assertThat(inspected.failure().get().kind()).isEqualTo(Failure.Kind.PERMISSION);
            assertThat(inspected.failure().get().message())
                    .contains("row-level security on ir_mail_server can hide rows from role " + role.name());
        }
    }

    @Test
    void aRoleWithOdoosOwnPrivilegesNeutralizes() {
        try (TestRole role = TestRole.create(); OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            grantEverything(db, role);

            NeutralizationResult applied = engine.neutralize(db.config().database(role.endpoint(db)).build());

            assertThat(applied.status()).as(applied.failure().map(Failure::message).orElse("")).isEqualTo(RunStatus.OK);
            assertThat(db.count("SELECT count(*) FROM ir_mail_server WHERE active AND smtp_host <> 'invalid'"))
                    .isZero();
        }
    }

    /** A live run, a dry run and an inspection of the same configuration. */
    private java.util.List<NeutralizationResult> runs(NeutralizeConfig live) {
        return java.util.List.of(engine.neutralize(live), engine.neutralize(live.toBuilder().dryRun(true).build()),
                engine.inspect(live));
    }

    /** What Odoo's own role holds on its tables. */
    private static void grantEverything(OdooDatabase db, TestRole role) {
        db.execute("GRANT USAGE ON SCHEMA public TO " + role.name() + "; GRANT ALL ON ALL TABLES IN SCHEMA public TO "
                + role.name() + "; GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO " + role.name());
    }
}
