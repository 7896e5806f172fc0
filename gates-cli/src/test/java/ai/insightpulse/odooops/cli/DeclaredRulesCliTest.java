package ai.insightpulse.odooops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.testing.CustomModuleSeed;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code odooops neutralize --rules FILE}: the customer's declared rules, read and checked before connecting. */
class DeclaredRulesCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The example of docs/TARGETS.md. */
    static final String CUSTOMER_RULES = """
            # ipai_zoho_mail_api and ipai_mailgun_bridge keep their keys in their own tables
            rules:
              - name: zoho_accounts
                table: ipai_zoho_account
                set: {active: false, api_key: null}
                where: {active: true}
              - name: mailgun
                table: ipai_mailgun_bridge
                set: {api_key: null, signing_secret: null, webhook_url: "https://invalid.invalid/mailgun"}
                where: {mode: [live, eu]}
            """;

    @TempDir
    Path dir;

    @Test
    void aRulesFileIsAppliedAndReportedUnderRulesAndTheSecondRunIsANoOp() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            CustomModuleSeed.seed(db);
            Path rules = Files.writeString(dir.resolve("rules.yaml"), CUSTOMER_RULES);
            Map<String, String> vars = db.variables("dev");

            CliRun dry = CliRun.of(vars, "neutralize", "--dry-run", "--rules", rules.toString());
            CliRun live = CliRun.of(vars, "neutralize", "--yes", "--rules", rules.toString());
            CliRun again = CliRun.of(vars, "neutralize", "--yes", "--rules", rules.toString());

            assertThat(live.exitCode()).isZero();
            JsonNode planned = JSON.readTree(dry.summaryJson()).get("rules");
            JsonNode applied = JSON.readTree(live.summaryJson()).get("rules");
            assertThat(planned.get(0).get("rows").asLong()).isEqualTo(3);
            assertThat(planned.get(1).get("rows").asLong()).isEqualTo(2);
            assertThat(applied.get(0).get("outcome").asText()).isEqualTo("changed");
            assertThat(applied.get(0).get("rows").asLong()).isEqualTo(3);
            assertThat(applied.get(1).get("rows").asLong()).isEqualTo(2);
            assertThat(JSON.readTree(again.summaryJson()).get("status").asText()).isEqualTo("no_op");
            assertThat(db.count("SELECT count(*) FROM ipai_zoho_account WHERE active")).isZero();
            for (CliRun run : new CliRun[] {dry, live, again}) {
                assertThat(run.out() + run.err()).doesNotContain(CustomModuleSeed.ZOHO_KEY)
                        .doesNotContain(CustomModuleSeed.MAILGUN_KEY);
            }
        }
    }

    @Test
    void verifyWithTheRulesFileSaysNotNeutralizedWhileARuleHasRowsPending() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            CustomModuleSeed.seed(db);
            Path rules = Files.writeString(dir.resolve("rules.yaml"), CUSTOMER_RULES);
            Map<String, String> vars = db.variables("dev");
            CliRun.of(vars, "neutralize", "--yes");

            CliRun before = CliRun.of(vars, "verify", "--rules", rules.toString());
            CliRun.of(vars, "neutralize", "--yes", "--rules", rules.toString());
            CliRun after = CliRun.of(vars, "verify", "--rules", rules.toString());

            assertThat(before.exitCode()).isEqualTo(3);
            assertThat(before.err()).contains("or rule(s)");
            assertThat(after.exitCode()).isZero();
        }
    }

    @Test
    void aMalformedRulesFileExits1BeforeConnectingNamingFileRuleAndFault() throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), """
                rules:
                  - {table: ipai_zoho_account, set: {active: false}}
                  - {table: ipai_zoho_account, set: {id: 0}}
                """);
        Map<String, String> vars = unreachableDev();
        vars.put("IPAI_NEUTRALIZE_RULES", rules.toString());

        CliRun run = CliRun.of(vars, "neutralize", "--yes");

        assertThat(run.exitCode()).as("1, not 2: nothing tried to connect").isEqualTo(1);
        assertThat(run.err()).contains("odooops neutralize: rules file " + rules + ": rules[1] (ipai_zoho_account):"
                + " set on id is not allowed");
        JsonNode summary = JSON.readTree(run.summaryJson());
        assertThat(summary.get("status").asText()).isEqualTo("error");
        assertThat(summary.get("error").get("kind").asText()).isEqualTo("config");
    }

    @Test
    void aRulesFileThatIsNotYamlIsRefusedByPositionWithoutQuotingIt() throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), "rules:\n  - {table: t, set: {api_key: \"sk_live_X\"\n");
        Map<String, String> vars = unreachableDev();

        CliRun run = CliRun.of(vars, "neutralize", "--yes", "--rules", rules.toString());
        CliRun missing = CliRun.of(vars, "neutralize", "--yes", "--rules", dir.resolve("absent.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("rules file " + rules + ": not valid YAML at line").doesNotContain("sk_live_X");
        assertThat(run.out()).doesNotContain("sk_live_X");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("absent.yaml: not a readable file");
    }

    @Test
    void aDuplicateKeyInARuleIsRefusedRatherThanOneSilentlyWinning() throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"),
                "- {table: t, set: {active: false, active: true}}\n");

        CliRun run = CliRun.of(unreachableDev(), "neutralize", "--yes", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("rules file " + rules + ": not valid YAML at line 1");
    }

    /** A dev configuration whose server does not exist: a run that tried to connect would exit 2. */
    private static Map<String, String> unreachableDev() {
        Map<String, String> vars = new HashMap<>();
        vars.put("IPAI_ENV", "dev");
        vars.put("DB_NAME", "odoo_dev_rules");
        vars.put("DB_HOST", "127.0.0.1");
        vars.put("DB_PORT", "1");
        vars.put("DB_USER", "odoo");
        return vars;
    }
}
