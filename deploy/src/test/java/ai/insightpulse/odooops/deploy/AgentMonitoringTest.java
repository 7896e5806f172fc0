package ai.insightpulse.odooops.deploy;

import static ai.insightpulse.odooops.deploy.RenderedOverlay.HOME;
import static ai.insightpulse.odooops.deploy.RenderedOverlay.KUBERNETES;
import static ai.insightpulse.odooops.deploy.RenderedOverlay.container;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.openshift.api.model.monitoring.v1.Endpoint;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How Prometheus reaches the agent and what it alerts on: the agent Service, the ServiceMonitor, the
 * PrometheusRule (the very rules promtool tests in odoo-agent's AlertRulesTest) and the NetworkPolicy that lets
 * only the monitoring namespace reach the agent's port.
 */
class AgentMonitoringTest {

    private final RenderedOverlay stage = RenderedOverlay.of("stage");

    @Test
    void theAgentServiceSelectsTheOdooPodAndTargetsTheAgentsPort() {
        Service service = stage.get(Service.class, "odooops-agent");
        Deployment odoo = stage.get(Deployment.class, "odoo");
        Container agent = container(odoo.getSpec().getTemplate().getSpec().getInitContainers(), "odooops-agent");

        assertThat(odoo.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(service.getSpec().getSelector());
        ServicePort port = service.getSpec().getPorts().get(0);
        assertThat(service.getSpec().getPorts()).hasSize(1);
        assertThat(resolve(port.getTargetPort(), namedPorts(odoo.getSpec().getTemplate().getSpec())))
                .isEqualTo(agent.getPorts().stream().filter(p -> "agent".equals(p.getName())).findFirst()
                        .orElseThrow().getContainerPort());
    }

    @Test
    void theScrapeJobIsNamedAsTheAlertRulesExpect() {
        // the Prometheus Operator names the job after the Service unless the ServiceMonitor sets jobLabel
        ServiceMonitor monitor = stage.get(ServiceMonitor.class, "odooops-agent");
        assertThat(monitor.getSpec().getJobLabel()).isNull();
        String job = stage.get(Service.class, "odooops-agent").getMetadata().getName();

        StringBuilder expressions = new StringBuilder();
        rulesFile().path("groups").forEach(g -> g.path("rules").forEach(r -> expressions.append(r.path("expr")
                .asText()).append('\n')));
        Matcher jobs = Pattern.compile("job=\"([^\"]+)\"").matcher(expressions);
        assertThat(jobs.results().map(m -> m.group(1)).distinct().toList()).containsExactly(job);
    }

    @Test
    void theServiceMonitorScrapesMetricsFromTheAgentServicesPort() {
        ServiceMonitor monitor = stage.get(ServiceMonitor.class, "odooops-agent");
        Service service = stage.get(Service.class, "odooops-agent");

        assertThat(service.getMetadata().getLabels()).containsAllEntriesOf(monitor.getSpec().getSelector()
                .getMatchLabels());
        assertThat(monitor.getSpec().getEndpoints()).singleElement().satisfies((Endpoint e) -> {
            assertThat(e.getPort()).isEqualTo(service.getSpec().getPorts().get(0).getName());
            assertThat(e.getPath()).isEqualTo("/metrics");
        });
    }

    @Test
    void thePrometheusRuleHoldsExactlyTheRulesPromtoolTests() {
        JsonNode manifest = StrictManifests.tree(KUBERNETES.resolve("base/odooops-agent-prometheusrule.yaml"));
        stage.get(PrometheusRule.class, "odooops-agent");

        assertThat(manifest.path("spec").path("groups"))
                .as("deploy/kubernetes/base/odooops-agent-prometheusrule.yaml spec.groups must equal the groups of "
                        + "deploy/prometheus/odooops-agent.rules.yml: copy them over")
                .isEqualTo(rulesFile().path("groups"));
        assertThat(manifest.path("spec").size()).isEqualTo(1);
    }

    @Test
    void onlyTheMonitoringNamespaceReachesTheAgentPort() {
        NetworkPolicy policy = stage.get(NetworkPolicy.class, "odoo-ingress");
        PodSpec pod = stage.odooPod();
        Map<String, Integer> ports = namedPorts(pod);

        assertThat(stage.get(Deployment.class, "odoo").getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
        assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress");
        int agentPort = ports.get("agent");
        boolean agentReachable = false;
        for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
            // a rule without ports admits every port, the agent's included
            assertThat(rule.getPorts()).as("every rule names its ports").isNotEmpty();
            boolean admitsAgent = rule.getPorts().stream().map(NetworkPolicyPort::getPort)
                    .anyMatch(p -> resolve(p, ports) == agentPort);
            if (admitsAgent) {
                agentReachable = true;
                assertThat(rule.getFrom()).singleElement().satisfies((NetworkPolicyPeer peer) -> {
                    assertThat(peer.getPodSelector()).isNull();
                    assertThat(peer.getIpBlock()).isNull();
                    assertThat(peer.getNamespaceSelector().getMatchExpressions()).isEmpty();
                    assertThat(peer.getNamespaceSelector().getMatchLabels())
                            .containsExactly(Map.entry("kubernetes.io/metadata.name", "monitoring"));
                });
            }
        }
        assertThat(agentReachable).as("Prometheus can scrape").isTrue();
    }

    @Test
    void odoosOwnPortStaysReachableUnderThePolicy() {
        NetworkPolicy policy = stage.get(NetworkPolicy.class, "odoo-ingress");
        Map<String, Integer> ports = namedPorts(stage.odooPod());

        assertThat(policy.getSpec().getIngress()).anySatisfy(rule -> assertThat(rule.getPorts())
                .anySatisfy(p -> assertThat(resolve(p.getPort(), ports)).isEqualTo(ports.get("http"))));
    }

    private static JsonNode rulesFile() {
        return StrictManifests.tree(HOME.resolve("deploy/prometheus/odooops-agent.rules.yml"));
    }

    private static Map<String, Integer> namedPorts(PodSpec pod) {
        return Stream.concat(pod.getInitContainers().stream(), pod.getContainers().stream())
                .flatMap(c -> c.getPorts().stream())
                .collect(Collectors.toMap(ContainerPort::getName, ContainerPort::getContainerPort));
    }

    private static int resolve(IntOrString port, Map<String, Integer> named) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        Integer number = named.get(port.getStrVal());
        if (number == null) {
            throw new AssertionError("no container port is named " + port.getStrVal());
        }
        return number;
    }
}
