package ai.insightpulse.odooops.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecretVolumeSource;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One overlay of deploy/kubernetes, rendered, with the lookups the tests share. */
final class RenderedOverlay {

    static final Path HOME = Path.of(System.getProperty("odooops.home", "..")).toAbsolutePath().normalize();
    static final Path KUBERNETES = HOME.resolve("deploy/kubernetes");

    private static final Pattern REFERENCE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");

    final String name;
    final List<HasMetadata> resources;

    private RenderedOverlay(String name, List<HasMetadata> resources) {
        this.name = name;
        this.resources = resources;
    }

    static RenderedOverlay of(String overlay) {
        return new RenderedOverlay(overlay, Kustomization.render(KUBERNETES.resolve("overlays").resolve(overlay)));
    }

    /** The fleet agent's kustomization, deploy/kubernetes/fleet. */
    static RenderedOverlay fleet() {
        return new RenderedOverlay("fleet", Kustomization.render(KUBERNETES.resolve("fleet")));
    }

    /** The resource of that kind and name. */
    <T extends HasMetadata> T get(Class<T> kind, String resourceName) {
        return find(kind, resourceName).orElseThrow(() -> new AssertionError(
                name + " has no " + kind.getSimpleName() + " " + resourceName));
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind, String resourceName) {
        return resources.stream().filter(kind::isInstance).map(kind::cast)
                .filter(r -> r.getMetadata().getName().equals(resourceName)).findFirst();
    }

    PodSpec odooPod() {
        return get(Deployment.class, "odoo").getSpec().getTemplate().getSpec();
    }

    static Container container(List<Container> containers, String containerName) {
        return containers.stream().filter(c -> c.getName().equals(containerName)).findFirst()
                .orElseThrow(() -> new AssertionError("no container " + containerName));
    }

    /**
     * The environment the kubelet gives {@code container}: its {@code envFrom} ConfigMaps, then its {@code env}
     * with {@code $(VAR)} references expanded from what is defined before them (as the kubelet does).
     */
    Map<String, String> environment(Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : container.getEnvFrom()) {
            ConfigMap configMap = get(ConfigMap.class, from.getConfigMapRef().getName());
            env.putAll(configMap.getData());
        }
        for (EnvVar variable : container.getEnv()) {
            if (variable.getValueFrom() != null) {
                throw new AssertionError(container.getName() + ": " + variable.getName()
                        + " comes from valueFrom; secrets are mounted as files here");
            }
            env.put(variable.getName(), expand(variable.getValue(), env));
        }
        return env;
    }

    /** {@code value} with its {@code $(VAR)} references replaced; an undefined reference fails. */
    static String expand(String value, Map<String, String> env) {
        Matcher m = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String defined = env.get(m.group(1));
            if (defined == null) {
                throw new AssertionError("$(" + m.group(1) + ") is not defined before it is used in " + value);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(defined));
        }
        return m.appendTail(out).toString();
    }

    /**
     * The Secret item a file path points at in {@code container}: the mount whose path is the file's directory,
     * its volume's Secret and the item whose path is the file's name.
     */
    static SecretFileMount secretFile(PodSpec pod, Container container, String file) {
        Path path = Path.of(file);
        VolumeMount mount = container.getVolumeMounts().stream()
                .filter(m -> Path.of(m.getMountPath()).equals(path.getParent())).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " mounts nothing at " + path.getParent()));
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no volume " + mount.getName()));
        SecretVolumeSource secret = volume.getSecret();
        if (secret == null) {
            throw new AssertionError(file + " is on volume " + volume.getName() + ", which is not a Secret");
        }
        String key = secret.getItems().stream().filter(i -> i.getPath().equals(path.getFileName().toString()))
                .findFirst().orElseThrow(() -> new AssertionError("Secret " + secret.getSecretName()
                        + " puts no item at " + file)).getKey();
        return new SecretFileMount(secret.getSecretName(), key, Boolean.TRUE.equals(mount.getReadOnly()));
    }

    /** Where a secret file comes from. */
    record SecretFileMount(String secretName, String key, boolean readOnly) {
    }

    /** {@code environment} with every variable that names a mounted secret file pointed at a stand-in file. */
    static Map<String, String> withSecretFilesIn(Path dir, Map<String, String> environment, List<String> fileVariables,
                                                 String content) {
        Map<String, String> out = new LinkedHashMap<>(environment);
        for (String variable : fileVariables) {
            if (out.containsKey(variable)) {
                try {
                    Path standIn = Files.writeString(dir.resolve(variable), content + "\n");
                    out.put(variable, standIn.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }
}
