package ai.insightpulse.odooops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.testing.IntegrationSeed;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import ai.insightpulse.odooops.neutralize.testing.WholeOdooSeed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code odooops neutralize} on the customer's whole Odoo: credential settings, OCA jobs and keys, by CLI. */
class CredentialSettingsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCredentialFlagsExtendTheDefaultsAndTheSummaryCountsKeysWithoutShowingThem() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            IntegrationSeed.seed(db);
            WholeOdooSeed.seed(db);
            db.execute("INSERT INTO ir_config_parameter (key, value) VALUES ('ipai_fax.pin', '4711')");
            Map<String, String> vars = db.variables("dev");
            vars.put("IPAI_NEUTRALIZE_CONFIRM", "YES");
            vars.put("IPAI_CREDENTIAL_KEEP", "ipai_sync.*");

            CliRun run = CliRun.of(vars, "neutralize", "--credential-words", "pin",
                    "--credential-keep", "ipai_mailgun_bridge.apiKey");

            assertThat(run.exitCode()).isZero();
            JsonNode summary = JSON.readTree(run.summaryJson());
            assertThat(summary.toString()).contains("credential_settings", "queue_jobs", "auth_api_keys");
            assertThat(db.scalar("SELECT value FROM ir_config_parameter WHERE key = 'ipai_fax.pin'")).isEqualTo("");
            assertThat(db.scalar("SELECT value FROM ir_config_parameter WHERE key = 'ipai_mailgun_bridge.apiKey'"))
                    .as("kept by the flag").isEqualTo(WholeOdooSeed.MAILGUN_KEY);
            assertThat(db.scalar("SELECT value FROM ir_config_parameter WHERE key = 'ipai_sync.warehouse_dsn'"))
                    .as("the flag overrides its variable, as every flag does").isEqualTo("");
            assertThat(db.scalar("SELECT value FROM ir_config_parameter WHERE key = 'ipai_zoho_mail_api.api_key'"))
                    .isEqualTo("");
            List<String> secrets = new ArrayList<>(IntegrationSeed.SECRETS);
            secrets.add(WholeOdooSeed.ZOHO_API_KEY);
            secrets.add(WholeOdooSeed.ZOHO_REFRESH);
            secrets.add(WholeOdooSeed.API_KEY_1);
            for (String secret : secrets) {
                assertThat(run.stdout() + run.stderr()).doesNotContain(secret);
            }
            assertThat(run.stdout() + run.stderr()).doesNotContain("ipai_zoho_mail_api.api_key");
        }
    }

    @Test
    void aMalformedCredentialWordExitsOneWithOneLineAndChangesNothing() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            TableSnapshot before = db.snapshot();
            Map<String, String> vars = db.variables("dev");
            vars.put("IPAI_NEUTRALIZE_CONFIRM", "YES");

            CliRun run = CliRun.of(vars, "neutralize", "--credential-words", "api key!");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(JSON.readTree(run.summaryJson()).get("error").get("message").asText())
                    .startsWith("IPAI_CREDENTIAL_WORDS");
            assertThat(run.stderr().lines()).hasSize(1);
            assertThat(run.stderr()).doesNotContain("\tat ");
            assertThat(db.snapshot()).isEqualTo(before);
        }
    }
}
