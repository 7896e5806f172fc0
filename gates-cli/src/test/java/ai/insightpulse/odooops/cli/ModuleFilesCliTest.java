package ai.insightpulse.odooops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.testing.ModuleFilesSeed;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code odooops neutralize --addons-path} / {@code --odoo-conf} / {@code --require-coverage}, and {@code verify}
 * with them: the installed modules' files run once, the uncovered list is shown and can be required empty.
 */
class ModuleFilesCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theOdooConfigsAddonsPathRunsTheModuleFilesAndVerifyThenSaysNeutralized() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            ModuleFilesSeed.seed(db);
            Path conf = Files.writeString(dir.resolve("odoo.conf"), "[options]\ndb_host = db\naddons_path = "
                    + ModuleFilesSeed.addonsTree() + ", " + dir + "\n");
            Map<String, String> vars = db.variables("dev");
            vars.put("ODOO_RC", conf.toString());

            CliRun before = CliRun.of(vars, "verify");
            CliRun live = CliRun.of(vars, "neutralize", "--yes");
            CliRun after = CliRun.of(vars, "verify");
            CliRun again = CliRun.of(vars, "neutralize", "--yes");

            assertThat(before.exitCode()).as("module files not yet run: not neutralized").isEqualTo(3);
            assertThat(before.err()).contains("module ipai_queue").contains("1 statement(s) to run")
                    .contains("uncovered modules (credential-, URL- or host-shaped data nothing neutralizes): "
                            + "ipai_bridge_settings");
            assertThat(live.exitCode()).as(live.err()).isZero();
            JsonNode modules = JSON.readTree(live.summaryJson()).get("modules");
            assertThat(modules.get("ipai_queue").get("status").asText()).isEqualTo("changed");
            assertThat(modules.get("ipai_mail_api").get("statements").asInt()).isEqualTo(3);
            assertThat(after.exitCode()).as(after.err()).isZero();
            assertThat(JSON.readTree(again.summaryJson()).get("status").asText()).isEqualTo("no_op");
            for (CliRun run : new CliRun[] {before, live, after, again}) {
                assertThat(run.out() + run.err()).doesNotContain(ModuleFilesSeed.MAIL_API_KEY)
                        .doesNotContain(ModuleFilesSeed.BRIDGE_WEBHOOK);
            }
        }
    }

    @Test
    void requireCoverageFailsNeutralizeWithExit2AndVerifyWithExit3() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            ModuleFilesSeed.seed(db);
            Map<String, String> vars = db.variables("dev");
            String path = ModuleFilesSeed.addonsTree().toString();
            TableSnapshot before = db.snapshot();

            CliRun live = CliRun.of(vars, "neutralize", "--yes", "--addons-path", path, "--require-coverage");
            assertThat(db.snapshot()).isEqualTo(before);
            CliRun.of(vars, "neutralize", "--yes", "--addons-path", path);
            vars.put("IPAI_REQUIRE_COVERAGE", "YES");
            CliRun verify = CliRun.of(vars, "verify", "--addons-path", path);

            assertThat(live.exitCode()).isEqualTo(2);
            JsonNode error = JSON.readTree(live.summaryJson()).get("error");
            assertThat(error.get("kind").asText()).isEqualTo("uncovered");
            assertThat(error.get("message").asText()).contains("ipai_bridge_settings");
            assertThat(verify.exitCode()).isEqualTo(3);
            assertThat(verify.err()).contains("coverage is required and 1 module(s) are uncovered");
            assertThat(JSON.readTree(verify.summaryJson()).get("uncovered_modules").get(0).asText())
                    .isEqualTo("ipai_bridge_settings");
        }
    }

    @Test
    void anAddonsPathEntryThatCannotBeReadIsAConfigErrorBeforeConnecting() throws Exception {
        Map<String, String> vars = new java.util.HashMap<>(Map.of("IPAI_ENV", "dev", "DB_NAME", "odoo_dev",
                "DB_HOST", "127.0.0.1", "DB_PORT", "1"));

        CliRun run = CliRun.of(vars, "neutralize", "--yes", "--addons-path", dir + "/no-such-dir");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("addons path entry").contains("no-such-dir").doesNotContain("Exception");
        assertThat(JSON.readTree(run.summaryJson()).get("error").get("kind").asText()).isEqualTo("config");
    }
}
