package ai.insightpulse.odooops.deploy;

import static ai.insightpulse.odooops.deploy.RenderedOverlay.container;
import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.agent.AgentConfig;
import ai.insightpulse.odooops.agent.OdooAgent;
import ai.insightpulse.odooops.neutralize.ConfigVariables;
import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Odoo pod of both overlays: `odooops neutralize` first as a plain init container (fail closed), the agent as
 * a native sidecar, Odoo last; their commands are the launchers the image installs, their variables pass the
 * launchers' own validation, their secrets are files from mounted Secrets, and their sizes fit the measurements.
 */
class OdooPodTest {

    private static final String DB_PASSWORD_FILE = ConfigVariables.DB_PASSWORD_FILE;
    private static final String TOKEN_FILE = AgentConfig.TOKEN_FILE;
    private static final String STAND_IN_SECRET = "a-stand-in-secret-0123456789";
    /** The agent's RSS after load, docs/AGENT-API.md "Footprint and speed" (94.6–95.4 MiB, peak 95.7 MiB). */
    private static final int AGENT_RSS_MIB = 96;
    /** A neutralize run's peak RSS (bin/odooops on the demo database, /usr/bin/time: 101–103 MiB). */
    private static final int NEUTRALIZE_RSS_MIB = 100;
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path secrets;

    private static Map<String, String> expected(String overlay) {
        return Map.of("stage", "odoo_stage", "dev", "odoo_dev").entrySet().stream()
                .filter(e -> e.getKey().equals(overlay)).findFirst()
                .map(e -> Map.of(ConfigVariables.IPAI_ENV, e.getKey(), ConfigVariables.DB_NAME, e.getValue()))
                .orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"stage", "dev"})
    void neutralizeRunsFirstAsAPlainInitContainerSoOdooNeverStartsWhenItFails(String overlay) {
        PodSpec pod = RenderedOverlay.of(overlay).odooPod();

        assertThat(pod.getInitContainers()).extracting(Container::getName).containsExactly("neutralize",
                "odooops-agent");
        Container neutralize = pod.getInitContainers().get(0);
        // no restartPolicy: a regular init container, which must exit 0 before anything after it starts
        assertThat(neutralize.getRestartPolicy()).isNull();
        assertThat(neutralize.getCommand()).containsExactly(Launchers.inImage("bin/odooops"), "neutralize");
        assertThat(neutralize.getArgs()).isEmpty();
        assertThat(neutralize.getImage()).isEqualTo(Launchers.IMAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stage", "dev"})
    void theNeutralizeEnvironmentIsAConfirmedLiveRunOnTheOverlaysDatabase(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Container neutralize = container(rendered.odooPod().getInitContainers(), "neutralize");
        Map<String, String> env = rendered.environment(neutralize);

        assertThat(env).containsAllEntriesOf(expected(overlay));
        assertThat(Launchers.cliVariables()).as("every variable is one odooops reads").containsAll(env.keySet());
        // a live run (not a dry run) outside prod is built only when confirmed: reading it is the check
        NeutralizeConfig config = ConfigVariables.read(RenderedOverlay.withSecretFilesIn(secrets, env,
                List.of(DB_PASSWORD_FILE), STAND_IN_SECRET), false);
        assertThat(config.dryRun()).isFalse();
        assertThat(config.environment()).isEqualTo(Environment.fromIpaiEnv(overlay).orElseThrow());
        assertThat(config.database().password().reveal()).isEqualTo(STAND_IN_SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stage", "dev"})
    void theNeutralizeCommandLineIsAcceptedByTheCliAndGoesOnToConnect(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Container neutralize = container(rendered.odooPod().getInitContainers(), "neutralize");
        Map<String, String> env = RenderedOverlay.withSecretFilesIn(secrets, rendered.environment(neutralize),
                List.of(DB_PASSWORD_FILE), STAND_IN_SECRET);

        Launchers.CliRun run = Launchers.runCli(Launchers.tail(neutralize.getCommand()), Launchers.atAClosedPort(env));

        // 2: a database error, after the configuration was accepted (1 would be a refused command line or variable)
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(2);
        assertThat(run.stdout()).startsWith("NEUTRALIZE_SUMMARY: {\"env\":\"" + overlay + "\",\"db\":\""
                + expected(overlay).get(ConfigVariables.DB_NAME) + "\",\"dry_run\":false");
        assertThat(run.stdout() + run.stderr()).doesNotContain(STAND_IN_SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stage", "dev"})
    void theAgentIsANativeSidecarRunningTheAgentLauncher(String overlay) {
        Container agent = container(RenderedOverlay.of(overlay).odooPod().getInitContainers(), "odooops-agent");

        assertThat(agent.getRestartPolicy()).isEqualTo("Always");
        assertThat(agent.getCommand()).containsExactly(Launchers.inImage("bin/odooops-agent"));
        assertThat(agent.getArgs()).isEmpty();
        assertThat(agent.getImage()).isEqualTo(Launchers.IMAGE);
        assertThat(Launchers.dockerfileCopies()).containsEntry("odoo-agent/target/odooops-agent.jar",
                "/opt/odooops/odooops-agent.jar");
        assertThat(RenderedOverlay.HOME.resolve("odoo-agent/target/odooops-agent.jar")).isRegularFile();
    }

    @ParameterizedTest
    @ValueSource(strings = {"stage", "dev"})
    void theAgentsVariablesAreValidForTheAgentAndAgreeWithThePodsPorts(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        PodSpec pod = rendered.odooPod();
        Container agent = container(pod.getInitContainers(), "odooops-agent");
        Map<String, String> env = rendered.environment(agent);

        assertThat(Launchers.agentVariables()).as("every variable is one odooops-agent reads")
                .containsAll(env.keySet());
        AgentConfig config = AgentConfig.read(RenderedOverlay.withSecretFilesIn(secrets, env,
                List.of(DB_PASSWORD_FILE, TOKEN_FILE), STAND_IN_SECRET), List.of());
        assertThat(config.environment()).isEqualTo(Environment.fromIpaiEnv(overlay).orElseThrow());
        assertThat(config.inspection().database().database()).isEqualTo(expected(overlay).get("DB_NAME"));
        assertThat(config.token().reveal()).isEqualTo(STAND_IN_SECRET);
        assertThat(config.bind()).as("reachable from outside the pod").isEqualTo("0.0.0.0");
        assertThat(config.port()).isEqualTo(port(agent, "agent"));
        URI odoo = config.odooUrl().orElseThrow();
        assertThat(odoo.getHost()).isEqualTo("127.0.0.1");
        assertThat(odoo.getPort()).isEqualTo(port(container(pod.getContainers(), "odoo"), "http"));
        assertThat(config.enforce()).isTrue();
        assertThat(config.toString()).doesNotContain(STAND_IN_SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stage", "dev"})
    void theAgentsProbesUseHealthzAndReadyzOnItsPort(String overlay) {
        Container agent = container(RenderedOverlay.of(overlay).odooPod().getInitContainers(), "odooops-agent");

        for (Probe liveness : List.of(agent.getStartupProbe(), agent.getLivenessProbe())) {
            assertThat(liveness.getHttpGet().getPath()).isEqualTo("/healthz");
            assertThat(liveness.getHttpGet().getPort().getStrVal()).isEqualTo("agent");
        }
        assertThat(agent.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/readyz");
        assertThat(agent.getReadinessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("agent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stage"})
    void theAgentStartedFromThoseVariablesIsLiveButNotReadyWhileTheDatabaseIsDown(String overlay) throws Exception {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Container agent = container(rendered.odooPod().getInitContainers(), "odooops-agent");
        Map<String, String> env = new HashMap<>(Launchers.atAClosedPort(RenderedOverlay.withSecretFilesIn(secrets,
                rendered.environment(agent), List.of(DB_PASSWORD_FILE, TOKEN_FILE), STAND_IN_SECRET)));
        // the pod's port may be taken on the build machine; everything else is the manifest's
        env.put(AgentConfig.PORT, "0");
        env.put(AgentConfig.BIND, "127.0.0.1");
        env.remove(AgentConfig.ODOO_URL);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        try (OdooAgent running = OdooAgent.start(AgentConfig.read(env, List.of()))) {
            // the liveness path never touches the database: an outage must not restart the sidecar
            HttpResponse<String> live = http.send(HttpRequest.newBuilder(running.baseUri()
                    .resolve(agent.getLivenessProbe().getHttpGet().getPath())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(live.statusCode()).isEqualTo(200);
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(running.baseUri()
                    .resolve(agent.getReadinessProbe().getHttpGet().getPath())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"status\":\"DOWN\"").doesNotContain(STAND_IN_SECRET);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stage", "dev"})
    void secretsAreFilesFromMountedSecretsAndTheTokenReachesOnlyTheAgent(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        PodSpec pod = rendered.odooPod();
        Container neutralize = container(pod.getInitContainers(), "neutralize");
        Container agent = container(pod.getInitContainers(), "odooops-agent");
        Container odoo = container(pod.getContainers(), "odoo");

        for (Container c : List.of(neutralize, agent)) {
            assertThat(RenderedOverlay.secretFile(pod, c, rendered.environment(c).get(DB_PASSWORD_FILE)))
                    .isEqualTo(new RenderedOverlay.SecretFileMount("odooops-db", "password", true));
        }
        assertThat(RenderedOverlay.secretFile(pod, odoo, rendered.environment(odoo).get("PASSWORD_FILE")))
                .isEqualTo(new RenderedOverlay.SecretFileMount("odooops-db", "password", true));
        assertThat(RenderedOverlay.secretFile(pod, agent, rendered.environment(agent).get(TOKEN_FILE)))
                .isEqualTo(new RenderedOverlay.SecretFileMount("odooops-agent-token", "token", true));
        for (Container c : List.of(neutralize, odoo)) {
            assertThat(c.getVolumeMounts()).extracting(VolumeMount::getName).doesNotContain("agent-token");
        }
        Set<String> secretValues = Set.of(ConfigVariables.DB_PASSWORD, AgentConfig.TOKEN, "PASSWORD");
        for (Container c : List.of(neutralize, agent, odoo)) {
            assertThat(rendered.environment(c).keySet()).as(c.getName()).doesNotContainAnyElementsOf(secretValues);
        }
        assertThat(rendered.get(ConfigMap.class, "odooops-env").getData().keySet())
                .doesNotContainAnyElementsOf(secretValues);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stage", "dev"})
    void odooStartsThroughItsImagesEntrypointOnTheOverlaysDatabaseOnly(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Container odoo = container(rendered.odooPod().getContainers(), "odoo");
        Map<String, String> env = rendered.environment(odoo);
        String db = expected(overlay).get("DB_NAME");

        // not the boot hook the image starts with by default: the init container already neutralized
        assertThat(odoo.getCommand()).containsExactly("/entrypoint.sh");
        assertThat(odoo.getArgs().stream().map(a -> RenderedOverlay.expand(a, env)).toList())
                .containsExactly("odoo", "--database=" + db, "--db-filter=^" + db + "$", "--no-database-list");
        assertThat(env).containsEntry("HOST", env.get("DB_HOST")).containsEntry("PORT", env.get("DB_PORT"))
                .containsEntry("USER", env.get("DB_USER"));
        Set<String> odooImageVariables = new TreeSet<>(List.of("HOST", "PORT", "USER", "PASSWORD_FILE"));
        odooImageVariables.addAll(rendered.get(ConfigMap.class, "odooops-env").getData().keySet());
        assertThat(odooImageVariables).containsAll(env.keySet());
        assertThat(odoo.getVolumeMounts()).anySatisfy(m -> {
            assertThat(m.getName()).isEqualTo("filestore");
            assertThat(m.getMountPath()).isEqualTo("/var/lib/odoo");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"stage", "dev"})
    void theAgentsResourcesFitItsMeasuredFootprint(String overlay) {
        Container agent = container(RenderedOverlay.of(overlay).odooPod().getInitContainers(), "odooops-agent");
        long request = bytes(agent.getResources().getRequests().get("memory"));
        long limit = bytes(agent.getResources().getLimits().get("memory"));

        assertThat(Launchers.maxHeapMib("bin/odooops-agent")).isEqualTo(32);
        assertThat(request).as("request covers the measured RSS").isGreaterThanOrEqualTo(AGENT_RSS_MIB * MIB);
        assertThat(limit).as("limit leaves a quarter above it").isGreaterThanOrEqualTo(AGENT_RSS_MIB * MIB * 5 / 4)
                .as("and is not sized for JVM defaults").isLessThanOrEqualTo(AGENT_RSS_MIB * MIB * 2);
        assertThat(agent.getResources().getRequests()).containsKey("cpu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stage", "dev"})
    void theNeutralizeContainersMemoryLimitHoldsTheLaunchersHeapCap(String overlay) {
        Container neutralize = container(RenderedOverlay.of(overlay).odooPod().getInitContainers(), "neutralize");
        long limit = bytes(neutralize.getResources().getLimits().get("memory"));

        // the heap may grow to -Xmx; code, metaspace (the archive) and threads come on top
        assertThat(limit).isGreaterThanOrEqualTo((Launchers.maxHeapMib("bin/odooops") + NEUTRALIZE_RSS_MIB) * MIB);
        assertThat(bytes(neutralize.getResources().getRequests().get("memory")))
                .isGreaterThanOrEqualTo(NEUTRALIZE_RSS_MIB * MIB);
        assertThat(neutralize.getResources().getRequests()).containsKey("cpu");
    }

    private static int port(Container container, String name) {
        return container.getPorts().stream().filter(p -> name.equals(p.getName())).findFirst()
                .map(ContainerPort::getContainerPort)
                .orElseThrow(() -> new AssertionError(container.getName() + " has no port " + name));
    }

    private static long bytes(Quantity quantity) {
        return Quantity.getAmountInBytes(quantity).setScale(0, java.math.RoundingMode.UNNECESSARY)
                .max(BigDecimal.ZERO).longValueExact();
    }
}
