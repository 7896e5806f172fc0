package ai.insightpulse.odooops.deploy;

import static ai.insightpulse.odooops.deploy.RenderedOverlay.KUBERNETES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every manifest under deploy/kubernetes parses against the Kubernetes API model (and the Prometheus Operator's for
 * its two CRDs), strictly: the cases below show that an unknown field, a misplaced one or a wrong type fails.
 */
class ManifestsParseStrictlyTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: x
            spec:
              replicas: 1
              selector:
                matchLabels: {app: x}
              template:
                metadata:
                  labels: {app: x}
                spec:
                  containers:
                    - name: x
                      image: x
                      ports:
                        - containerPort: 9069
                      livenessProbe:
                        httpGet: {path: /healthz, port: 9069}
            """;

    @Test
    void everyManifestFileParsesAgainstItsKindsModelAndIsPartOfAKustomization() {
        List<Path> files = Kustomization.manifestFiles(KUBERNETES);
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        Set<Path> listed = new HashSet<>();
        for (Path dir : List.of(KUBERNETES.resolve("base"), KUBERNETES.resolve("overlays/stage"),
                KUBERNETES.resolve("overlays/dev"), KUBERNETES.resolve("fleet"))) {
            for (String resource : Kustomization.in(dir).resources()) {
                listed.add(dir.resolve(resource).normalize());
            }
        }
        for (Path file : files) {
            HasMetadata manifest = StrictManifests.read(file);
            assertThat(manifest.getMetadata().getName()).as(file.toString()).isNotBlank();
            assertThat(listed).as("a kustomization lists " + file).contains(file);
        }
    }

    @Test
    void bothOverlaysRenderTheOdooPodItsServicesAndItsMonitoring() {
        for (String overlay : List.of("stage", "dev")) {
            List<String> rendered = RenderedOverlay.of(overlay).resources.stream()
                    .map(r -> r.getKind() + "/" + r.getMetadata().getName()).toList();
            assertThat(rendered).as(overlay).contains("Deployment/odoo", "Service/odoo", "Service/odooops-agent",
                    "NetworkPolicy/odoo-ingress", "ServiceMonitor/odooops-agent", "PrometheusRule/odooops-agent",
                    "PersistentVolumeClaim/odoo-filestore", "ConfigMap/odooops-env");
        }
        assertThat(RenderedOverlay.of("stage").find(io.fabric8.kubernetes.api.model.batch.v1.CronJob.class,
                "odooops-stage-refresh")).isPresent();
        assertThat(RenderedOverlay.of("dev").resources).noneMatch(r -> r.getKind().equals("CronJob"));
    }

    @Test
    void theReferenceDeploymentParses() {
        assertThat(StrictManifests.parse("reference", DEPLOYMENT)).isInstanceOf(Deployment.class);
    }

    @Test
    void anUnknownFieldFails() {
        assertThatThrownBy(() -> StrictManifests.parse("typo", DEPLOYMENT.replace("  replicas: 1", "  replicass: 1")))
                .hasMessageContaining("replicass");
    }

    @Test
    void aFieldInTheWrongPlaceFails() {
        // restartPolicy is a field of a container, not of a probe
        String misplaced = DEPLOYMENT.replace("httpGet: {path: /healthz, port: 9069}",
                "httpGet: {path: /healthz, port: 9069}\n                    restartPolicy: Always");
        assertThatThrownBy(() -> StrictManifests.parse("misplaced", misplaced)).hasMessageContaining("restartPolicy");
    }

    @Test
    void aQuotedNumberWhereTheSchemaWantsAnIntegerFails() {
        assertThatThrownBy(() -> StrictManifests.parse("type", DEPLOYMENT.replace("containerPort: 9069",
                "containerPort: \"9069\""))).hasMessageContaining("containerPort");
        assertThatThrownBy(() -> StrictManifests.parse("type", DEPLOYMENT.replace("replicas: 1", "replicas: one")))
                .hasMessageContaining("replicas");
    }

    @Test
    void aNumberOrABooleanWhereTheSchemaWantsAStringFails() {
        assertThatThrownBy(() -> StrictManifests.parse("type", DEPLOYMENT.replace("image: x", "image: 18")))
                .hasMessageContaining("image");
        assertThatThrownBy(() -> StrictManifests.parse("type", DEPLOYMENT.replace("image: x", "image: true")))
                .hasMessageContaining("image");
        // YAML 1.1, which Kubernetes reads: an unquoted YES is a boolean (IPAI_NEUTRALIZE_CONFIRM must be "YES")
        assertThatThrownBy(() -> StrictManifests.parse("type", DEPLOYMENT.replace("image: x", "image: YES")))
                .hasMessageContaining("image");
    }

    @Test
    void aDuplicateKeyFails() {
        assertThatThrownBy(() -> StrictManifests.parse("dup", DEPLOYMENT.replace("  replicas: 1",
                "  replicas: 1\n  replicas: 2"))).hasMessageContaining("replicas");
    }

    @Test
    void anUnknownOrMisplacedFieldInAPrometheusOperatorResourceFails() throws IOException {
        String monitor = Files.readString(KUBERNETES.resolve("base/odooops-agent-servicemonitor.yaml"));
        assertThat(StrictManifests.parse("monitor", monitor)).isNotNull();
        assertThatThrownBy(() -> StrictManifests.parse("monitor", monitor.replace("interval:", "intervall:")))
                .hasMessageContaining("intervall");
        String rule = Files.readString(KUBERNETES.resolve("base/odooops-agent-prometheusrule.yaml"));
        assertThatThrownBy(() -> StrictManifests.parse("rule", rule.replaceFirst("for: 2m", "for: 2m\n"
                + "          severity: critical"))).hasMessageContaining("severity");
    }

    @Test
    void aKindTheManifestsDoNotUseFails() {
        // Secrets in particular: they are created by the operator, never kept here
        assertThatThrownBy(() -> StrictManifests.parse("secret", """
                apiVersion: v1
                kind: Secret
                metadata: {name: odooops-db}
                stringData: {password: x}
                """)).hasMessageContaining("v1/Secret is not a kind the manifests use");
    }

    @Test
    void aKustomizationFieldTheTestsDoNotRenderFails(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: []
                patches:
                  - path: patch.yaml
                """);
        assertThatThrownBy(() -> Kustomization.in(dir)).hasMessageContaining("patches");
    }
}
