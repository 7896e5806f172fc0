package ai.insightpulse.odooops.cli.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bucket-prefix --deploy-env}: the seeds' guard in a deploy job, with its exit codes 0, 1 and 2. */
class BucketPrefixDeployJobTest {

    @TempDir
    Path repo;

    private GateRun deploy(String env, Map<String, String> variables) {
        return GateRun.run(variables, "bucket-prefix", "--repo", repo.toString(), "--deploy-env", env);
    }

    @Test
    void aStagingBucketForAStagingDeployExits0() {
        assertThat(deploy("staging", Map.of("SUPABASE_BUCKET", "staging-attachments")).exit()).isZero();
    }

    @Test
    void aProductionBucketForAStagingDeployExits1() {
        GateRun run = deploy("staging", Map.of("SUPABASE_BUCKET", "prod-attachments"));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("(repository): bucket-prefix/mismatch: SUPABASE_BUCKET=prod-attachments "
                + "for a staging deploy; must start with staging-");
    }

    @Test
    void aMissingBucketVariableExits2() {
        GateRun run = deploy("production", Map.of());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("bucket-prefix/variable-missing");
    }

    @Test
    void aPreviewDeployMayUseAnyBucket() {
        assertThat(deploy("preview", Map.of("SUPABASE_BUCKET", "prod-attachments")).exit()).isZero();
    }

    @Test
    void deployEnvWithAnotherGateIsRefused() {
        GateRun run = GateRun.run("secrets", "--repo", repo.toString(), "--deploy-env", "staging");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--deploy-env applies to the bucket-prefix gate only");
    }
}
