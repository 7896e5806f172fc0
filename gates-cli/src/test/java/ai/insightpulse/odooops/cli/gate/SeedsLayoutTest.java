package ai.insightpulse.odooops.cli.gate;

import static ai.insightpulse.odooops.cli.gate.GateRun.seen;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gate all} on repositories laid out as the seeds' stack snapshot §3: one {@code deploy/docker-compose.yml}
 * runs odoo-prod and odoo-staging (with nginx, redis and postgres); production's configuration is
 * {@code config/odoo.conf} (mounted at {@code /etc/odoo/odoo.conf}, {@code db_name = odoo_prod}), staging's is
 * {@code config/odoo.conf.staging}, nginx lives under {@code deploy/nginx/}. There is no per-environment compose file.
 */
class SeedsLayoutTest {

    /** The planted violations of {@code seeds-layout-fails}, each once, in its file. */
    private static final List<GateRun.Seen> PLANTED = List.of(
            seen("neutralization/ipai-env-mismatch", "deploy/docker-compose.yml", 6),
            seen("neutralization/ipai-env-missing", "deploy/docker-compose.yml", 22),
            seen("email-policy/real-relay-outside-prod", "deploy/docker-compose.yml", 13),
            seen("env-consistency/environment-conflict", "deploy/docker-compose.yml", 24),
            seen("email-policy/smtp-port-25", "config/odoo.conf.sample", 4),
            seen("db-name/wrong-environment", "config/odoo.conf.dev", 3),
            seen("env-consistency/prod-workers", "config/odoo.conf", 11),
            seen("env-consistency/environment-conflict", "config/odoo.conf.production", 0),
            seen("env-consistency/environment-unknown", "config/odoo.conf.sample", 0),
            seen("env-consistency/stage-crons", "config/odoo.conf.staging", 8),
            seen("env-consistency/prod-request-size", "deploy/nginx/erp.insightpulseai.net.conf", 22),
            seen("bucket-prefix/mismatch", ".env.staging", 1));

    @TempDir
    Path dir;

    /** Fixture {@code name} as a git repository on main, with a production branch when {@code production}. */
    private Path gitRepository(String name, boolean production) throws Exception {
        GateRun.copy(name, dir);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("customer repository").setAuthor("Ops", "ops@insightpulseai.com")
                    .setCommitter("Ops", "ops@insightpulseai.com").setSign(false).call();
            if (production) {
                git.branchCreate().setName("production").call();
            }
        }
        return dir;
    }

    private static Map<String, String> statuses(GateRun run) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (JsonNode g : run.jsonRoot().path("gates")) {
            statuses.put(g.path("gate").asText(), g.path("status").asText());
        }
        return statuses;
    }

    private static String message(GateRun run, String rule, String file) {
        for (JsonNode f : run.jsonRoot().path("findings")) {
            if (f.path("rule").asText().equals(rule) && f.path("file").asText().equals(file)) {
                return f.path("message").asText();
            }
        }
        throw new AssertionError("no " + rule + " in " + file);
    }

    @Test
    void theSeedsLayoutFollowingEveryPolicyPassesWithNoFinding() throws Exception {
        GateRun run = GateRun.json("all", gitRepository("seeds-layout", true));

        assertThat(run.findings()).isEmpty();
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(statuses(run).values()).hasSize(Gate.values().length).containsOnly("pass");
    }

    @Test
    void eachPlantedViolationIsReportedOnceInItsFile() throws Exception {
        GateRun run = GateRun.json("all", gitRepository("seeds-layout-fails", true));

        assertThat(run.findings()).containsExactlyInAnyOrderElementsOf(PLANTED);
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void eachFindingNamesTheEnvironmentItsEvidenceDecided() throws Exception {
        GateRun run = GateRun.json("all", gitRepository("seeds-layout-fails", true));

        assertThat(message(run, "env-consistency/prod-workers", "config/odoo.conf"))
                .isEqualTo("production workers = 2; expected 4 to 8");
        assertThat(message(run, "env-consistency/stage-crons", "config/odoo.conf.staging"))
                .startsWith("staging max_cron_threads = 2");
        assertThat(message(run, "env-consistency/prod-request-size", "deploy/nginx/erp.insightpulseai.net.conf"))
                .startsWith("production client_max_body_size 100M");
        assertThat(message(run, "db-name/wrong-environment", "config/odoo.conf.dev"))
                .startsWith("database 'odoo_stage' (stage) in db_name of a dev file (dev by its name ('dev'))");
        assertThat(message(run, "env-consistency/environment-conflict", "config/odoo.conf.production"))
                .startsWith("config/odoo.conf.production is prod by its name ('production'), but stage by service "
                        + "odoo-staging of deploy/docker-compose.yml (which mounts it at /etc/odoo/odoo.conf)");
        assertThat(message(run, "bucket-prefix/mismatch", ".env.staging"))
                .isEqualTo("SUPABASE_BUCKET=prod-attachments in a stage file; must start with staging-");
    }

    @Test
    void eachServiceOfTheOneComposeFileIsCheckedByTheRulesOfItsOwnEnvironment() throws Exception {
        GateRun run = GateRun.json("all", gitRepository("seeds-layout-fails", true));

        assertThat(message(run, "neutralization/ipai-env-mismatch", "deploy/docker-compose.yml"))
                .startsWith("service odoo-prod of deploy/docker-compose.yml sets IPAI_ENV=stage; expected IPAI_ENV=prod"
                        + " (prod by its name ('prod')");
        assertThat(message(run, "email-policy/real-relay-outside-prod", "deploy/docker-compose.yml"))
                .startsWith("--smtp smtp.mailgun.org in stage's service odoo-staging of deploy/docker-compose.yml"
                        + " (stage by its name ('staging')");
        assertThat(message(run, "neutralization/ipai-env-missing", "deploy/docker-compose.yml"))
                .isEqualTo("service odoo-worker of deploy/docker-compose.yml sets no IPAI_ENV; expected IPAI_ENV=prod,"
                        + " stage or dev (nothing else shows its environment)");
        assertThat(message(run, "env-consistency/environment-conflict", "deploy/docker-compose.yml"))
                .startsWith("service odoo-cron of deploy/docker-compose.yml is prod by its IPAI_ENV=prod (line 27), but"
                        + " stage by its DB_NAME=odoo_stage (line 28)");
    }

    @Test
    void noPerEnvironmentComposeFileIsRequired() throws Exception {
        GateRun run = GateRun.json("neutralization", gitRepository("seeds-layout", true));

        assertThat(run.findings()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void aRepositoryWithoutAnyOdooServiceOfStagingIsReportedOnce() throws Exception {
        Path repo = gitRepository("seeds-layout", true);
        String compose = Files.readString(repo.resolve("deploy/docker-compose.yml"));
        Files.writeString(repo.resolve("deploy/docker-compose.yml"),
                compose.substring(0, compose.indexOf("  odoo-staging:")) + compose.substring(
                        compose.indexOf("  nginx-prod-v2:")));

        GateRun run = GateRun.json("neutralization", repo);

        assertThat(run.findings()).containsExactly(
                seen("neutralization/ipai-env-missing", null, 0));
        assertThat(run.jsonRoot().path("findings").get(0).path("message").asText())
                .isEqualTo("no Odoo service of staging found (compose files read: deploy/docker-compose.yml), so"
                        + " nothing shows IPAI_ENV=stage is set where staging runs");
    }

    @Test
    void aRepositoryWithOnlyMainStillGetsEveryOtherGatesFindings() throws Exception {
        GateRun run = GateRun.json("all", gitRepository("seeds-layout-fails", false));

        assertThat(run.findings()).containsExactlyInAnyOrderElementsOf(PLANTED);
        assertThat(run.err()).isEqualTo("odooops gate: cannot read .git: branch 'production' not found (neither "
                + "refs/heads/production nor refs/remotes/origin/production)\n");
        assertThat(statuses(run)).containsEntry("promotion", "error").containsEntry("secrets", "pass")
                .containsEntry("env-consistency", "fail");
        JsonNode error = run.jsonRoot().path("input_errors").get(0);
        assertThat(error.path("file").asText()).isEqualTo(".git");
        assertThat(error.path("gates").get(0).asText()).isEqualTo("promotion");
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void aShallowCloneStillGetsEveryOtherGatesFindings() throws Exception {
        Path repo = gitRepository("seeds-layout-fails", true);
        try (Git git = Git.open(repo.toFile())) {
            Files.writeString(repo.resolve(".git/shallow"), git.log().call().iterator().next().name() + "\n");
        }

        GateRun run = GateRun.json("all", repo);

        assertThat(run.findings()).containsExactlyInAnyOrderElementsOf(PLANTED);
        assertThat(run.err()).startsWith("odooops gate: cannot read .git: shallow clone");
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void theTextReportOfARepositoryWithOnlyMainListsTheFindingsAndTheUnreadableGate() throws Exception {
        GateRun run = GateRun.run("all", "--repo", gitRepository("seeds-layout", false).toString());

        assertThat(run.out()).isEqualTo("odooops gate: 0 finding(s), 1 unreadable input(s) (neutralization ok, "
                + "email-policy ok, db-name ok, addons-path ok, env-consistency ok, secrets ok, bucket-prefix ok, "
                + "promotion UNREADABLE); exit 2\n");
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void anUnreadableOdooConfIsReportedOnceNamingTheGatesItStoppedAndTheOthersRun() throws Exception {
        Path repo = gitRepository("seeds-layout", true);
        Files.writeString(repo.resolve("config/odoo.conf.staging"), "[options]\ndb_name = odoo_stage\n"
                + "db_name = odoo_prod\n");

        GateRun run = GateRun.json("all", repo);

        assertThat(run.err()).isEqualTo("odooops gate: cannot read config/odoo.conf.staging:3: duplicate option "
                + "'db_name' (first at line 2); Odoo refuses this file\n");
        JsonNode errors = run.jsonRoot().path("input_errors");
        assertThat(errors).hasSize(1);
        List<String> stopped = new ArrayList<>();
        errors.get(0).path("gates").forEach(g -> stopped.add(g.asText()));
        assertThat(stopped).containsExactly("email-policy", "db-name", "addons-path", "env-consistency", "secrets",
                "bucket-prefix");
        assertThat(statuses(run)).containsEntry("neutralization", "pass").containsEntry("promotion", "pass");
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void sarifMarksTheRunUnsuccessfulAndNamesTheUnreadableInput() throws Exception {
        GateRun run = GateRun.run("all", "--repo", gitRepository("seeds-layout", false).toString(),
                "--format", "sarif");

        JsonNode invocation = run.jsonRoot().path("runs").get(0).path("invocations").get(0);
        assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
        assertThat(invocation.path("toolExecutionNotifications").get(0).path("message").path("text").asText())
                .startsWith("cannot read .git: branch 'production' not found").endsWith("(stops promotion)");
        assertThat(run.exit()).isEqualTo(2);
    }
}
