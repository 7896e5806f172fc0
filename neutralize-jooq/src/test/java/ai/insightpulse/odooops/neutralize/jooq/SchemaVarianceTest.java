package ai.insightpulse.odooops.neutralize.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.TargetOutcome;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import org.junit.jupiter.api.Test;

/** Absent optional tables and columns make targets skip, never fail; absent core tables fail the run. */
class SchemaVarianceTest {

    private final JooqNeutralizer engine = JooqNeutralizer.create();

    @Test
    void smtpColumnsRemovedAsOcaMailEnvironmentDoesStillArchiveEveryServerAndSkipTheSink() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            db.execute("ALTER TABLE ir_mail_server DROP COLUMN smtp_host CASCADE, DROP COLUMN smtp_port CASCADE, "
                    + "DROP COLUMN smtp_encryption CASCADE, DROP COLUMN smtp_user, DROP COLUMN smtp_pass");

            NeutralizationResult r = engine.neutralize(db.config().build());

            assertThat(r.status()).isEqualTo(RunStatus.OK);
            assertThat(db.count("SELECT count(*) FROM ir_mail_server WHERE active")).isZero();
            assertThat(r.target(NeutralizationTarget.MAIL_SINK).get().outcome()).isEqualTo(TargetOutcome.SKIPPED);
            assertThat(r.target(NeutralizationTarget.MAIL_SINK).get().reason())
                    .contains("missing ir_mail_server.smtp_encryption, ir_mail_server.smtp_host, ir_mail_server.smtp_port");
        }
    }

    @Test
    void aMissingTableIsReportedAsSkippedWithItsName() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            db.execute("DROP TABLE ir_ui_view CASCADE");

            NeutralizationResult r = engine.neutralize(db.config().build());

            assertThat(r.status()).isEqualTo(RunStatus.OK);
            assertThat(r.target(NeutralizationTarget.WEB_BANNER).get().reason()).contains("missing ir_ui_view");
        }
    }

    @Test
    void aDatabaseThatIsNotOdooIsAnErrorAndIsNotCalledNeutralized() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            db.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");

            NeutralizationResult r = engine.neutralize(db.config().build());

            assertThat(r.status()).isEqualTo(RunStatus.ERROR);
            assertThat(r.failure().get().kind()).isEqualTo(ai.insightpulse.odooops.neutralize.Failure.Kind.NOT_ODOO);
            assertThat(r.alreadyNeutralized()).isFalse();
            assertThat(r.odooSeries()).isEmpty();
        }
    }

    @Test
    void anUnselectedTargetIsReportedAndLeftAlone() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            NeutralizationResult r = engine.neutralize(db.config().targets(java.util.Set.of()).build());

            assertThat(r.target(NeutralizationTarget.WEB_BANNER).get().outcome()).isEqualTo(TargetOutcome.NOT_SELECTED);
            assertThat(db.scalar("SELECT active FROM ir_ui_view WHERE key = 'web.neutralize_banner'")).isEqualTo(false);
            assertThat(r.target(NeutralizationTarget.CRONS).get().outcome()).as("contract targets always run")
                    .isEqualTo(TargetOutcome.CHANGED);
        }
    }
}
