package ai.insightpulse.odooops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import ai.insightpulse.odooops.neutralize.testing.TestRole;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 point 1, on the command line: an untouched copy with live SMTP servers that the run cannot see as Odoo's
 * own connection would is never reported neutralized — {@code neutralize} (live and dry run) and {@code verify}
 * exit 2 with {@code error.kind} {@code permission} or {@code not_odoo}, never 0.
 */
class FailClosedCliTest {

    @Test
    void aRoleThatMayOnlyConnectMakesNeutralizeExitTwoWithPermissionAndChangesNothing() {
        try (TestRole role = TestRole.create(); OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            db.execute("GRANT CONNECT ON DATABASE " + db.name() + " TO " + role.name());
            TableSnapshot before = db.snapshot();
            Map<String, String> vars = role.variables(db, "dev");

            CliRun live = CliRun.of(vars, "neutralize", "--yes");
            CliRun dryRun = CliRun.of(vars, "neutralize", "--dry-run");

            for (CliRun run : new CliRun[] {live, dryRun}) {
                assertThat(run.exitCode()).isEqualTo(2);
                assertThat(run.summaryJson()).contains("\"already_neutralized\":false,\"status\":\"error\"")
                        .contains("\"kind\":\"permission\"").contains("SELECT on ir_config_parameter, ir_cron, ir_mail_server");
            }
            assertThat(db.snapshot().tablesDifferingFrom(before)).isEmpty();
        }
    }

    @Test
    void aRoleThatMayOnlyConnectMakesVerifyExitTwoNeverZero() {
        try (TestRole role = TestRole.create(); OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            db.execute("GRANT CONNECT ON DATABASE " + db.name() + " TO " + role.name());

            CliRun run = CliRun.of(role.variables(db, "dev"), "verify");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.summaryJson()).contains("\"status\":\"error\"").contains("\"kind\":\"permission\"");
        }
    }

    @Test
    void withAnEmptySchemaNamedAfterTheRoleVerifySaysNotNeutralizedThenNeutralizeReallyNeutralizes() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            db.execute("CREATE SCHEMA \"" + TestPostgres.get().user() + "\"");
            Map<String, String> vars = db.variables("dev");

            CliRun untouched = CliRun.of(vars, "verify");
            CliRun neutralized = CliRun.of(vars, "neutralize", "--yes");
            CliRun verified = CliRun.of(vars, "verify");

            assertThat(untouched.exitCode()).isEqualTo(3);
            assertThat(neutralized.exitCode()).isZero();
            assertThat(neutralized.summaryJson()).contains("\"status\":\"ok\"");
            assertThat(db.count("SELECT count(*) FROM public.ir_mail_server WHERE active AND smtp_host <> 'invalid'"))
                    .isZero();
            assertThat(verified.exitCode()).isZero();
        }
    }

    @Test
    void selectButNoUpdateOnCronsFailsNeutralizeWithPermissionAndVerifyStillSaysNotNeutralized() {
        try (TestRole role = TestRole.create(); OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            db.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO " + role.name()
                    + "; GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO " + role.name()
                    + "; REVOKE UPDATE ON ir_cron FROM " + role.name());
            TableSnapshot before = db.snapshot();
            Map<String, String> vars = role.variables(db, "dev");

            CliRun live = CliRun.of(vars, "neutralize", "--yes");
            CliRun verify = CliRun.of(vars, "verify");

            assertThat(live.exitCode()).isEqualTo(2);
            assertThat(live.summaryJson()).contains("\"kind\":\"permission\"").contains("UPDATE on ir_cron");
            assertThat(verify.exitCode()).isEqualTo(3);
            assertThat(db.snapshot().tablesDifferingFrom(before)).isEmpty();
        }
    }

    @Test
    void aDatabaseThatIsNotOdooMakesVerifyAndNeutralizeExitTwoWithNotOdoo() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            db.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
            Map<String, String> vars = db.variables("dev");

            CliRun verify = CliRun.of(vars, "verify");
            CliRun live = CliRun.of(vars, "neutralize", "--yes");

            for (CliRun run : new CliRun[] {verify, live}) {
                assertThat(run.exitCode()).isEqualTo(2);
                assertThat(run.summaryJson()).contains("\"status\":\"error\"").contains("\"kind\":\"not_odoo\"")
                        .contains("ir_cron");
            }
        }
    }
}
