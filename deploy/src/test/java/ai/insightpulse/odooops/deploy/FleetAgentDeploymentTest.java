package ai.insightpulse.odooops.deploy;

import static ai.insightpulse.odooops.deploy.RenderedOverlay.container;
import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.agent.AgentConfig;
import ai.insightpulse.odooops.agent.OdooAgent;
import ai.insightpulse.odooops.neutralize.ConfigVariables;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/kubernetes/fleet: the fleet agent as its own Deployment, running the agent launcher in fleet mode with
 * variables the agent accepts, probes on /healthz and /readyz, secrets as files, reachable only from the monitoring
 * namespace, scraped under the job name the alert rules expect.
 */
class FleetAgentDeploymentTest {

    private static final String STAND_IN_SECRET = "a-stand-in-secret-0123456789";
    /** Fleet mode with 200 databases, docs/PERFORMANCE.md (bench/fleet.sh): at most 1.5x the sidecar's 96 MiB. */
    private static final int FLEET_RSS_MIB = 144;
    private static final long MIB = 1024 * 1024;

    private final RenderedOverlay fleet = RenderedOverlay.fleet();

    @TempDir
    Path secrets;

    private PodSpec pod() {
        return fleet.get(Deployment.class, "odooops-fleet-agent").getSpec().getTemplate().getSpec();
    }

    private Container agent() {
        return container(pod().getContainers(), "odooops-agent");
    }

    @Test
    void theFleetRendersItsDeploymentServiceNetworkPolicyAndMonitoring() {
        List<String> rendered = fleet.resources.stream().map(r -> r.getKind() + "/" + r.getMetadata().getName())
                .toList();
        assertThat(rendered).containsExactlyInAnyOrder("Deployment/odooops-fleet-agent", "Service/odooops-agent",
                "NetworkPolicy/odooops-fleet-agent-ingress", "ServiceMonitor/odooops-agent",
                "ConfigMap/odooops-fleet-env");
        assertThat(fleet.resources).allSatisfy(r -> assertThat(r.getMetadata().getNamespace())
                .isEqualTo("odooops-fleet"));
        assertThat(fleet.get(Deployment.class, "odooops-fleet-agent").getSpec().getReplicas()).isEqualTo(1);
    }

    @Test
    void itRunsTheAgentLauncherInFleetModeWithVariablesTheAgentAccepts() {
        Container agent = agent();
        Map<String, String> env = fleet.environment(agent);

        assertThat(agent.getCommand()).containsExactly(Launchers.inImage("bin/odooops-agent"));
        assertThat(agent.getArgs()).isEmpty();
        assertThat(agent.getImage()).isEqualTo(Launchers.IMAGE);
        assertThat(Launchers.agentVariables()).as("every variable is one odooops-agent reads")
                .containsAll(env.keySet());
        assertThat(env).doesNotContainKeys(ConfigVariables.DB_NAME, ConfigVariables.IPAI_ENV,
                ConfigVariables.ODOO_STAGE, AgentConfig.ODOO_URL);
        AgentConfig config = AgentConfig.read(RenderedOverlay.withSecretFilesIn(secrets, env,
                List.of(ConfigVariables.DB_PASSWORD_FILE, AgentConfig.TOKEN_FILE), STAND_IN_SECRET), List.of());
        AgentConfig.Fleet settings = config.fleet().orElseThrow();
        assertThat(settings.patterns()).contains("odoo_dev_*", "odoo_stage", "odoo_prod");
        assertThat(settings.maxConnections()).isBetween(1, AgentConfig.LIMIT_MAX_CONNECTIONS);
        assertThat(config.forDatabase("odoo_prod").orElseThrow().application()).as("prod is only read").isEmpty();
        assertThat(config.inspection().database().password().reveal()).isEqualTo(STAND_IN_SECRET);
        assertThat(config.token().reveal()).isEqualTo(STAND_IN_SECRET);
        assertThat(config.bind()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isEqualTo(agent.getPorts().get(0).getContainerPort());
        assertThat(config.toString()).doesNotContain(STAND_IN_SECRET);
    }

    @Test
    void itsProbesUseHealthzAndReadyzOnItsPort() {
        Container agent = agent();
        for (Probe liveness : List.of(agent.getStartupProbe(), agent.getLivenessProbe())) {
            assertThat(liveness.getHttpGet().getPath()).isEqualTo("/healthz");
            assertThat(liveness.getHttpGet().getPort().getStrVal()).isEqualTo("agent");
        }
        assertThat(agent.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/readyz");
        assertThat(agent.getReadinessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("agent");
        assertThat(agent.getPorts()).singleElement().satisfies(p -> assertThat(p.getName()).isEqualTo("agent"));
    }

    @Test
    void startedFromThoseVariablesItIsLiveButNotReadyWhileTheServerIsDown() throws Exception {
        Map<String, String> env = new HashMap<>(Launchers.atAClosedPort(RenderedOverlay.withSecretFilesIn(secrets,
                fleet.environment(agent()), List.of(ConfigVariables.DB_PASSWORD_FILE, AgentConfig.TOKEN_FILE),
                STAND_IN_SECRET)));
        env.put(AgentConfig.PORT, "0");
        env.put(AgentConfig.BIND, "127.0.0.1");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (OdooAgent running = OdooAgent.start(AgentConfig.read(env, List.of()))) {
            HttpResponse<String> live = http.send(HttpRequest.newBuilder(running.baseUri()
                    .resolve(agent().getLivenessProbe().getHttpGet().getPath())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(live.statusCode()).isEqualTo(200);
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(running.baseUri()
                    .resolve(agent().getReadinessProbe().getHttpGet().getPath())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"status\":\"DOWN\"").doesNotContain(STAND_IN_SECRET);
        }
    }

    @Test
    void secretsAreFilesFromMountedSecrets() {
        PodSpec pod = pod();
        Container agent = agent();
        Map<String, String> env = fleet.environment(agent);
        assertThat(RenderedOverlay.secretFile(pod, agent, env.get(ConfigVariables.DB_PASSWORD_FILE)))
                .isEqualTo(new RenderedOverlay.SecretFileMount("odooops-db", "password", true));
        assertThat(RenderedOverlay.secretFile(pod, agent, env.get(AgentConfig.TOKEN_FILE)))
                .isEqualTo(new RenderedOverlay.SecretFileMount("odooops-agent-token", "token", true));
        assertThat(env).doesNotContainKeys(ConfigVariables.DB_PASSWORD, AgentConfig.TOKEN);
        assertThat(fleet.get(ConfigMap.class, "odooops-fleet-env").getData())
                .doesNotContainKeys(ConfigVariables.DB_PASSWORD, AgentConfig.TOKEN);
    }

    @Test
    void onlyTheMonitoringNamespaceReachesTheAgentsPortThroughTheService() {
        Map<String, String> podLabels = fleet.get(Deployment.class, "odooops-fleet-agent").getSpec().getTemplate()
                .getMetadata().getLabels();
        int port = agent().getPorts().get(0).getContainerPort();

        NetworkPolicy policy = fleet.get(NetworkPolicy.class, "odooops-fleet-agent-ingress");
        assertThat(podLabels).containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
        assertThat(policy.getSpec().getPolicyTypes()).containsExactly("Ingress");
        assertThat(policy.getSpec().getIngress()).singleElement().satisfies((NetworkPolicyIngressRule rule) -> {
            assertThat(rule.getFrom()).singleElement().satisfies(peer -> {
                assertThat(peer.getPodSelector()).isNull();
                assertThat(peer.getNamespaceSelector().getMatchLabels())
                        .containsExactly(Map.entry("kubernetes.io/metadata.name", "monitoring"));
            });
            assertThat(rule.getPorts()).singleElement()
                    .satisfies(p -> assertThat(p.getPort().getIntVal()).isEqualTo(port));
        });

        Service service = fleet.get(Service.class, "odooops-agent");
        assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
        ServicePort servicePort = service.getSpec().getPorts().get(0);
        assertThat(servicePort.getTargetPort().getStrVal()).isEqualTo("agent");
        ServiceMonitor monitor = fleet.get(ServiceMonitor.class, "odooops-agent");
        assertThat(service.getMetadata().getLabels()).containsAllEntriesOf(monitor.getSpec().getSelector()
                .getMatchLabels());
        assertThat(monitor.getSpec().getEndpoints()).singleElement().satisfies(e -> {
            assertThat(e.getPort()).isEqualTo(servicePort.getName());
            assertThat(e.getPath()).isEqualTo("/metrics");
        });
        // the Prometheus Operator names the job after the Service: the alert rules' job="odooops-agent"
        assertThat(monitor.getSpec().getJobLabel()).isNull();
        assertThat(service.getMetadata().getName()).isEqualTo("odooops-agent");
    }

    @Test
    void itsResourcesFitTheMeasuredFleetFootprint() {
        Container agent = agent();
        long request = bytes(agent.getResources().getRequests().get("memory"));
        long limit = bytes(agent.getResources().getLimits().get("memory"));
        assertThat(request).isGreaterThanOrEqualTo(FLEET_RSS_MIB * MIB);
        assertThat(limit).isGreaterThanOrEqualTo(FLEET_RSS_MIB * MIB * 5 / 4)
                .isLessThanOrEqualTo(FLEET_RSS_MIB * MIB * 2);
        assertThat(agent.getResources().getRequests()).containsKey("cpu");
    }

    private static long bytes(Quantity quantity) {
        return Quantity.getAmountInBytes(quantity).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
    }
}
