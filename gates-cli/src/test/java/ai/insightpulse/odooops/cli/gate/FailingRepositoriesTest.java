package ai.insightpulse.odooops.cli.gate;

import static ai.insightpulse.odooops.cli.gate.GateRun.seen;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Per gate, a minimal repository breaking each of its rules: the exact findings, then the exit code. */
class FailingRepositoriesTest {

    @Test
    void neutralizationFindsMissingAndMismatchedEnvironmentsAndAnOldContractVersion() {
        GateRun run = GateRun.json("neutralization", GateRun.fixture("neutralization-fails"));

        assertThat(run.findings()).containsExactly(
                seen("neutralization/ipai-env-missing", "docker/compose/stage.yml", 2),
                seen("neutralization/ipai-env-mismatch", "docker/compose/stage.yml", 9),
                seen("neutralization/odoo-stage-mismatch", "docker/compose/stage.yml", 10),
                seen("neutralization/contract-version-mismatch", "docs/RUNBOOK.md", 3));
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void neutralizationRequiresTheDocsToStateTheContractVersion() {
        GateRun run = GateRun.json("neutralization", GateRun.fixture("neutralization-undocumented"));

        assertThat(run.findings()).containsExactly(seen("neutralization/contract-version-missing", null, 0));
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void emailPolicyFindsPort25ForbiddenPortsPersonalMailboxesAndARealRelayInStaging() {
        GateRun run = GateRun.json("email-policy", GateRun.fixture("email-policy-fails"));

        assertThat(run.findings()).containsExactly(
                seen("email-policy/smtp-port-25", "config/odoo.conf.production", 3),
                seen("email-policy/personal-mailbox", "config/odoo.conf.production", 4),
                seen("email-policy/real-relay-outside-prod", "config/odoo.conf.staging", 2),
                seen("email-policy/smtp-port-not-allowed", "config/odoo.conf.staging", 3),
                seen("email-policy/smtp-port-25", "docker/compose/prod.yml", 5));
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void dbNameFindsUnknownNamesAndNamesOfAnotherEnvironment() {
        GateRun run = GateRun.json("db-name", GateRun.fixture("db-name-fails"));

        assertThat(run.findings()).containsExactly(
                seen("db-name/not-allowed", ".env.production", 2),
                seen("db-name/wrong-environment", "config/odoo.conf.staging", 2),
                seen("db-name/not-allowed", "docker/compose/dev.yml", 5));
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void addonsPathFindsAnotherOrderOtherDirectoriesAndSurfacesThatStateNone() {
        GateRun run = GateRun.json("addons-path", GateRun.fixture("addons-path-fails"));

        assertThat(run.findings()).containsExactly(
                seen("addons-path/missing", ".devcontainer/devcontainer.json", 0),
                seen("addons-path/order-differs", "config/odoo.conf.production", 2),
                seen("addons-path/missing", "config/odoo.conf.staging", 0),
                seen("addons-path/order-differs", "docs/SETUP.md", 5));
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void envConsistencyFindsUnneutralizedStagingAndProductionOutsideItsLimits() {
        GateRun run = GateRun.json("env-consistency", GateRun.fixture("env-consistency-fails"));

        assertThat(run.findings()).containsExactly(
                seen("env-consistency/prod-workers", "config/odoo.conf.production", 2),
                seen("env-consistency/prod-db-maxconn", "config/odoo.conf.production", 3),
                seen("env-consistency/cron-time-limit", "config/odoo.conf.production", 4),
                seen("env-consistency/stage-mail-sink", "config/odoo.conf.staging", 2),
                seen("env-consistency/stage-crons", "config/odoo.conf.staging", 3),
                seen("env-consistency/cron-time-limit", "config/odoo.conf.staging", 4),
                seen("env-consistency/odoo-stage", "docker/compose/stage.yml", 2),
                seen("env-consistency/stage-prod-secret", "docker/compose/stage.yml", 6),
                seen("env-consistency/prod-request-size", "docker/nginx/prod.conf", 2));
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void secretsFindsCommittedValuesTemplatesPrivateKeysAndTokensButSkipsBinaryFiles() {
        GateRun run = GateRun.json("secrets", GateRun.fixture("secrets-fails"));

        assertThat(run.findings()).containsExactly(
                seen("secrets/committed-value", ".env", 1),
                seen("secrets/committed-value", ".env", 2),
                seen("secrets/template-not-placeholder", ".env.template", 2),
                seen("secrets/private-key", "keys/deploy_key", 1),
                seen("secrets/known-token", "scripts/notify.sh", 3),
                seen("secrets/known-token", "scripts/notify.sh", 4));
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void secretFindingsNameTheKeyAndAFingerprintButNeverTheSecret() {
        for (String format : new String[] {"text", "json", "github", "sarif"}) {
            GateRun run = GateRun.run("secrets", "--repo", GateRun.fixture("secrets-fails").toString(),
                    "--format", format);

            assertThat(run.out()).contains("DB_PASSWORD").contains("sha256:")
                    .doesNotContain("hunter2-real", "realpass", "zt-1234567890abcdef", "b3BlbnNzaC1rZXkt",
                            "ghp_0123456789", "xoxb-1111111111");
        }
    }

    @Test
    void bucketPrefixFindsBucketsOfTheOtherEnvironment() {
        GateRun run = GateRun.json("bucket-prefix", GateRun.fixture("bucket-prefix-fails"));

        assertThat(run.findings()).containsExactly(
                seen("bucket-prefix/mismatch", ".env.production", 1),
                seen("bucket-prefix/mismatch", "docker/compose/stage.yml", 5));
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void bucketPrefixHasNothingToCheckInARepositoryThatSetsNoBucket() {
        // the seeds' guard protects the ops console's deploy jobs (--deploy-env), not Odoo services without a bucket
        GateRun run = GateRun.json("bucket-prefix", GateRun.fixture("bucket-prefix-missing"));

        assertThat(run.findings()).isEmpty();
        assertThat(run.exit()).isZero();
    }
}
