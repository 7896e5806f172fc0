package ai.insightpulse.odooops.cli.hook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of the Docker examples without a Docker engine (the CI machines have none): the files the
 * Dockerfile copies exist after {@code package}, its entrypoint is the tested hook, and the compose file builds that
 * Dockerfile and confirms the live run the hook makes.
 */
class DockerExamplesIT {

    private static final Path HOME = Path.of(System.getProperty("odooops.home", ".."));

    @Test
    void everyFileTheOdooDockerfileCopiesExistsAfterPackage() throws IOException {
        String dockerfile = Files.readString(HOME.resolve("docker/odoo/Dockerfile"));
        Matcher copy = Pattern.compile("(?m)^COPY (\\S+) ").matcher(dockerfile);
        List<String> sources = copy.results().map(m -> m.group(1)).toList();

        assertThat(sources).containsExactly("gates-cli/target/odooops.jar", "odoo-agent/target/odooops-agent.jar",
                "bin/odooops", "bin/odooops-agent", "bin/cds-archive", "docker/odoo/entrypoint-hook.sh");
        // the agent's jar is another module's build output, which this module does not depend on: the deploy
        // module, which depends on both, checks it (KubernetesManifestsTest)
        for (String source : sources.stream().filter(s -> !s.startsWith("odoo-agent/")).toList()) {
            assertThat(HOME.resolve(source)).isRegularFile();
        }
    }

    @Test
    void theOdooImageMakesItsClassDataArchiveForItsOwnJdkAndJarPath() throws IOException {
        // what that command does at another path is LauncherIT's aClassDataArchiveMadeForACopyOfTheJarMapsThere
        String dockerfile = Files.readString(HOME.resolve("docker/odoo/Dockerfile"));

        // the build-only training jar is mounted for that step (RUN --mount), never copied into the image
        assertThat(dockerfile).contains("RUN --mount=type=bind,source=launcher-training/target/odooops-training.jar,")
                .contains("/opt/odooops/bin/cds-archive /opt/odooops/odooops.jar")
                .contains("ENV ODOOOPS_JAR=/opt/odooops/odooops.jar");
    }

    @Test
    void theOdooImageStartsThroughTheHook() throws IOException {
        String dockerfile = Files.readString(HOME.resolve("docker/odoo/Dockerfile"));

        assertThat(dockerfile).contains("ENTRYPOINT [\"/opt/odooops/entrypoint-hook.sh\", \"/entrypoint.sh\"]")
                .contains("COPY docker/odoo/entrypoint-hook.sh /opt/odooops/entrypoint-hook.sh");
    }

    @Test
    void theComposeExampleBuildsThatImageServesOnlyStageAndConfirmsTheLiveRun() throws IOException {
        String compose = Files.readString(HOME.resolve("docker/compose/example.yml"));

        assertThat(compose).contains("dockerfile: docker/odoo/Dockerfile")
                .contains("IPAI_ENV: stage").contains("DB_NAME: odoo_stage")
                .contains("IPAI_NEUTRALIZE_CONFIRM: \"YES\"")
                .contains("--db-filter=^odoo_stage$$")
                .contains("\"restore\", \"--dump\", \"/backups/odoo_prod.dump\", \"--to\", \"odoo_stage\", \"--yes\"");
    }

    @Test
    void theComposeExampleRefreshesStageWithTheFilestoreOdooServes() throws IOException {
        String compose = Files.readString(HOME.resolve("docker/compose/example.yml"));

        assertThat(compose.split("- odoo-data:/var/lib/odoo", -1)).as("odoo and refresh-stage mount it").hasSize(3);
        assertThat(compose).contains("ODOO_DATA_DIR: /var/lib/odoo");
    }
}
