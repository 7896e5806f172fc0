package ai.insightpulse.odooops.cli.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ai.insightpulse.odooops.cli.gate.report.ReportFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The four output formats of one report: the db-name fixture's three findings. */
class ReportFormatTest {

    private static GateRun dbName(String format) {
        return GateRun.run("db-name", "--repo", GateRun.fixture("db-name-fails").toString(), "--format", format);
    }

    @Test
    void textPrintsLocationRuleMessageAndFixThenASummary() {
        GateRun run = dbName("text");

        assertThat(run.out()).isEqualTo("""
                .env.production:2: db-name/not-allowed: database 'odoo_production' in DB_NAME; allowed: odoo_prod, odoo_stage, odoo_dev, odoo_dev_<suffix>
                    fix: Rename the database to the name of its environment.
                config/odoo.conf.staging:2: db-name/wrong-environment: database 'odoo_prod' (prod) in db_name of a stage file (stage by its name ('staging')); expected DB_NAME=odoo_stage
                    fix: Use the database of this file's environment: odoo_prod, odoo_stage or odoo_dev[_<suffix>].
                docker/compose/dev.yml:5: db-name/not-allowed: database 'odoo' in DB_NAME; allowed: odoo_prod, odoo_stage, odoo_dev, odoo_dev_<suffix>
                    fix: Rename the database to the name of its environment.
                odooops gate: 3 finding(s) (db-name FAILED); exit 1
                """);
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void jsonHoldsGateRuleFileLineMessageAndFixOfEveryFinding() throws Exception {
        JsonNode root = new ObjectMapper().readTree(dbName("json").out());

        assertThat(root.path("exit_code").asInt()).isEqualTo(1);
        assertThat(root.path("gates").get(0).path("gate").asText()).isEqualTo("db-name");
        assertThat(root.path("gates").get(0).path("status").asText()).isEqualTo("fail");
        JsonNode first = root.path("findings").get(0);
        assertThat(first.path("gate").asText()).isEqualTo("db-name");
        assertThat(first.path("rule").asText()).isEqualTo("db-name/not-allowed");
        assertThat(first.path("file").asText()).isEqualTo(".env.production");
        assertThat(first.path("line").asInt()).isEqualTo(2);
        assertThat(first.path("message").asText()).startsWith("database 'odoo_production'");
        assertThat(first.path("fix").asText()).isEqualTo(Rule.DB_NAME_NOT_ALLOWED.fix());
    }

    @Test
    void githubPrintsOneErrorWorkflowCommandPerFindingWithFileAndLine() {
        GateRun run = dbName("github");

        assertThat(run.out().lines()).hasSize(3);
        assertThat(run.out().lines().findFirst().orElseThrow()).isEqualTo(
                "::error file=.env.production,line=2,title=db-name/not-allowed::database 'odoo_production' in DB_NAME;"
                        + " allowed: odoo_prod, odoo_stage, odoo_dev, odoo_dev_<suffix>. Fix: Rename the database to"
                        + " the name of its environment.");
    }

    @Test
    void githubEscapesPercentNewlinesAndPropertySeparators() {
        assertThat(ReportFormat.escapeData("50% a\nb")).isEqualTo("50%25 a%0Ab");
        assertThat(ReportFormat.escapeProperty("a,b:c")).isEqualTo("a%2Cb%3Ac");
    }

    @Test
    void sarifIsVersion210WithRulesResultsAndRegions() throws Exception {
        JsonNode root = new ObjectMapper().readTree(dbName("sarif").out());

        assertThat(root.path("version").asText()).isEqualTo("2.1.0");
        assertThat(root.path("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        JsonNode run = root.path("runs").get(0);
        assertThat(run.path("tool").path("driver").path("name").asText()).isEqualTo("odooops-gates");
        assertThat(run.path("tool").path("driver").path("rules").findValuesAsText("id"))
                .containsExactly("db-name/not-allowed", "db-name/wrong-environment");
        JsonNode result = run.path("results").get(1);
        assertThat(result.path("ruleId").asText()).isEqualTo("db-name/wrong-environment");
        assertThat(result.path("ruleIndex").asInt()).isEqualTo(1);
        assertThat(result.path("level").asText()).isEqualTo("error");
        JsonNode location = result.path("locations").get(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("config/odoo.conf.staging");
        assertThat(location.path("region").path("startLine").asInt()).isEqualTo(2);
    }

    @Test
    void anUnknownFormatExits2() {
        GateRun run = dbName("xml");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("odooops gate: unknown format 'xml' (text, json, github, sarif) "
                + "(see odooops gate --help)\n");
    }
}
