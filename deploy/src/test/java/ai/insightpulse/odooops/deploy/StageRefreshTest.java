package ai.insightpulse.odooops.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.ConfigVariables;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly stage refresh: `odooops clone` from odoo_prod into odoo_stage, with the filestore volume mounted. */
class StageRefreshTest {

    /**
     * Odoo's data directory for the filestore copy. Read by {@code odooops clone} once the filestore work of issue
     * 16 lands (beside {@code --data-dir}); until then the clone copies the database alone.
     */
    private static final String ODOO_DATA_DIR = "ODOO_DATA_DIR";
    private static final String STAND_IN_SECRET = "a-stand-in-secret-0123456789";

    private final RenderedOverlay stage = RenderedOverlay.of("stage");
    private final CronJob refresh = stage.get(CronJob.class, "odooops-stage-refresh");
    private final PodSpec pod = refresh.getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
    private final Container clone = RenderedOverlay.container(pod.getContainers(), "clone");

    @TempDir
    Path secrets;

    @Test
    void itClonesProdIntoTheOverlaysDatabaseWithTheCliLauncher() {
        String target = stage.get(ConfigMap.class, "odooops-env").getData().get(ConfigVariables.DB_NAME);

        assertThat(target).isEqualTo("odoo_stage");
        assertThat(clone.getCommand()).containsExactly(Launchers.inImage("bin/odooops"), "clone", "--from",
                "odoo_prod", "--to", target, "--yes");
        assertThat(clone.getArgs()).isEmpty();
        assertThat(clone.getImage()).isEqualTo(Launchers.IMAGE);
    }

    @Test
    void theCliAcceptsTheCommandLineAndVariablesAndGoesOnToConnect() {
        Map<String, String> env = new java.util.HashMap<>(RenderedOverlay.withSecretFilesIn(secrets,
                stage.environment(clone), List.of(ConfigVariables.DB_PASSWORD_FILE), STAND_IN_SECRET));
        // the data dir is the filestore volume's mount in the pod: a directory here too, as the CLI requires
        String dataDir = env.get(ODOO_DATA_DIR);
        assertThat(clone.getVolumeMounts()).anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo(dataDir));
        env.put(ODOO_DATA_DIR, secrets.toString());

        Launchers.CliRun run = Launchers.runCli(Launchers.tail(clone.getCommand()), Launchers.atAClosedPort(env));

        // 2: a database error once everything was accepted (1 would be a refused flag, target or variable)
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(2);
        assertThat(run.stdout() + run.stderr()).doesNotContain(STAND_IN_SECRET);
    }

    @Test
    void everyVariableIsOneTheCliReads() {
        Set<String> known = new TreeSet<>(Launchers.cliVariables());
        known.add(ODOO_DATA_DIR);

        assertThat(known).containsAll(stage.environment(clone).keySet());
        assertThat(RenderedOverlay.secretFile(pod, clone, stage.environment(clone)
                .get(ConfigVariables.DB_PASSWORD_FILE)))
                .isEqualTo(new RenderedOverlay.SecretFileMount("odooops-db", "password", true));
    }

    @Test
    void theFilestoreVolumeIsOdoosAndMountedWhereTheDataDirVariableSays() {
        String dataDir = stage.environment(clone).get(ODOO_DATA_DIR);
        VolumeMount mount = clone.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(dataDir))
                .findFirst().orElseThrow(() -> new AssertionError("nothing is mounted at " + dataDir));
        String claim = claim(pod, mount.getName());

        PodSpec odooPod = stage.odooPod();
        Container odoo = RenderedOverlay.container(odooPod.getContainers(), "odoo");
        assertThat(odoo.getVolumeMounts()).anySatisfy(m -> {
            assertThat(m.getMountPath()).isEqualTo(dataDir);
            assertThat(claim(odooPod, m.getName())).isEqualTo(claim);
        });
        assertThat(stage.get(io.fabric8.kubernetes.api.model.PersistentVolumeClaim.class, claim).getSpec()
                .getAccessModes()).as("mounted beside the running Odoo").contains("ReadWriteMany");
    }

    @Test
    void itRunsWeeklyNeverTwiceAtOnceAndIsNotRestartedInPlace() {
        String[] schedule = refresh.getSpec().getSchedule().split(" ");

        assertThat(schedule).hasSize(5);
        assertThat(schedule[2]).as("any day of the month").isEqualTo("*");
        assertThat(schedule[4]).as("one day of the week").matches("[0-6]");
        assertThat(refresh.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
        assertThat(pod.getRestartPolicy()).isEqualTo("Never");
    }

    private static String claim(PodSpec pod, String volumeName) {
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(volumeName)).findFirst()
                .orElseThrow(() -> new AssertionError("no volume " + volumeName));
        assertThat(volume.getPersistentVolumeClaim()).as(volumeName + " is a claim").isNotNull();
        return volume.getPersistentVolumeClaim().getClaimName();
    }
}
