package ai.insightpulse.odooops.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules the API server enforces beyond the schema (names, selectors, references inside a pod, what an init
 * container may carry), for those these manifests could break: the schema alone would accept them.
 */
class ApiServerRulesTest {

    private static final String DNS_LABEL = "[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?";
    private static final String DNS_SUBDOMAIN = "(?=.{1,253}$)" + DNS_LABEL + "(\\." + DNS_LABEL + ")*";
    /** IANA_SVC_NAME: at most 15 characters, lower-case letters, digits and inner dashes, at least one letter. */
    private static final String PORT_NAME = "(?=.{1,15}$)(?=.*[a-z])[a-z0-9]+(-[a-z0-9]+)*";
    private static final String ENV_NAME = "[-._a-zA-Z][-._a-zA-Z0-9]*";

    @ParameterizedTest
    @ValueSource(strings = {"stage", "dev"})
    void everyNameIsADnsSubdomainAndEveryNamespaceALabel(String overlay) {
        for (HasMetadata r : RenderedOverlay.of(overlay).resources) {
            assertThat(r.getMetadata().getName()).as(r.getKind()).matches(DNS_SUBDOMAIN);
            assertThat(r.getMetadata().getNamespace()).as(r.getKind()).matches(DNS_LABEL);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stage", "dev"})
    void theDeploymentSelectsItsOwnPodTemplate(String overlay) {
        Deployment odoo = RenderedOverlay.of(overlay).get(Deployment.class, "odoo");

        assertThat(odoo.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(odoo.getSpec().getSelector().getMatchLabels());
    }

    @ParameterizedTest
    @ValueSource(strings = {"stage", "dev"})
    void everyPodIsWellFormed(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        List<PodSpec> pods = new ArrayList<>(List.of(rendered.odooPod()));
        rendered.resources.stream().filter(CronJob.class::isInstance).map(CronJob.class::cast)
                .forEach(c -> pods.add(c.getSpec().getJobTemplate().getSpec().getTemplate().getSpec()));

        for (PodSpec pod : pods) {
            List<Container> all = Stream.concat(pod.getInitContainers().stream(), pod.getContainers().stream())
                    .toList();
            Set<String> names = new HashSet<>();
            Set<String> portNames = new HashSet<>();
            Set<String> volumes = new HashSet<>(pod.getVolumes().stream().map(Volume::getName).toList());
            for (Container c : all) {
                assertThat(names.add(c.getName())).as("unique container name " + c.getName()).isTrue();
                assertThat(c.getName()).matches(DNS_LABEL);
                assertThat(c.getImage()).as(c.getName()).isNotBlank();
                for (ContainerPort p : c.getPorts()) {
                    assertThat(p.getName()).matches(PORT_NAME);
                    assertThat(portNames.add(p.getName())).as("unique port name " + p.getName()).isTrue();
                    assertThat(p.getContainerPort()).isBetween(1, 65535);
                }
                for (EnvVar e : c.getEnv()) {
                    assertThat(e.getName()).matches(ENV_NAME);
                }
                for (VolumeMount m : c.getVolumeMounts()) {
                    assertThat(volumes).as(c.getName() + " mounts " + m.getName()).contains(m.getName());
                    assertThat(m.getMountPath()).startsWith("/");
                }
            }
            for (Container c : pod.getContainers()) {
                assertThat(c.getRestartPolicy()).as("only init containers may set restartPolicy").isNull();
            }
            for (Container c : pod.getInitContainers()) {
                if (c.getRestartPolicy() == null) {
                    // a run-to-completion init container may not have probes or a lifecycle
                    assertThat(Stream.of(c.getLivenessProbe(), c.getReadinessProbe(), c.getStartupProbe(),
                            c.getLifecycle())).as(c.getName()).allMatch(x -> x == null);
                } else {
                    assertThat(c.getRestartPolicy()).isEqualTo("Always");
                }
            }
        }
    }
}
