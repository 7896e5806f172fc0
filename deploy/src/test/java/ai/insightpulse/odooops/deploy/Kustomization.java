package ai.insightpulse.odooops.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code kustomization.yaml}, read strictly into the few fields the manifests use, and rendered the way kustomize
 * renders those fields. There is no kustomize binary on the build machines (and none is downloaded): because any
 * other field (patches, replacements, name prefixes, images, …) fails to parse here, what {@link #render} does is
 * all that kustomize would do, except the content hash it appends to generated ConfigMap names (and to the
 * references to them), which changes nothing that is checked.
 *
 * @param apiVersion         {@code kustomize.config.k8s.io/v1beta1}
 * @param kind               {@code Kustomization}
 * @param namespace          the namespace every resource is put in, if any
 * @param resources          files and directories (other kustomizations), relative to this one
 * @param labels             labels added to every resource's metadata
 * @param configMapGenerator ConfigMaps made from literals, or merged into a base's
 */
record Kustomization(String apiVersion, String kind, String namespace, List<String> resources, List<Labels> labels,
                     List<ConfigMapGenerator> configMapGenerator) {

    /** One {@code labels} entry; {@code includeSelectors} must be false (selectors stay as written). */
    record Labels(Map<String, String> pairs, boolean includeSelectors) {
    }

    /** One {@code configMapGenerator} entry: {@code behavior} is {@code create} (default) or {@code merge}. */
    record ConfigMapGenerator(String name, String behavior, List<String> literals) {
    }

    Kustomization {
        resources = resources == null ? List.of() : resources;
        labels = labels == null ? List.of() : labels;
        configMapGenerator = configMapGenerator == null ? List.of() : configMapGenerator;
    }

    /** The kustomization in {@code dir}. */
    static Kustomization in(Path dir) {
        JsonNode tree = StrictManifests.tree(dir.resolve("kustomization.yaml"));
        try {
            Kustomization k = StrictManifests.YAML.treeToValue(tree, Kustomization.class);
            if (!"kustomize.config.k8s.io/v1beta1".equals(k.apiVersion()) || !"Kustomization".equals(k.kind())) {
                throw new IllegalArgumentException(dir + ": not a kustomize.config.k8s.io/v1beta1 Kustomization");
            }
            return k;
        } catch (IOException e) {
            throw new IllegalArgumentException(dir + "/kustomization.yaml: " + e.getMessage(), e);
        }
    }

    /** What {@code kustomize build dir} outputs (see the class comment for the one difference). */
    static List<HasMetadata> render(Path dir) {
        Kustomization k = in(dir);
        List<HasMetadata> out = new ArrayList<>();
        for (String resource : k.resources()) {
            Path path = dir.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                out.addAll(render(path));
            } else if (Files.isRegularFile(path)) {
                out.add(StrictManifests.read(path));
            } else {
                throw new IllegalArgumentException(dir + ": resource " + resource + " does not exist");
            }
        }
        for (ConfigMapGenerator generator : k.configMapGenerator()) {
            Map<String, String> literals = literals(dir, generator);
            String behavior = generator.behavior() == null ? "create" : generator.behavior();
            Optional<ConfigMap> existing = out.stream().filter(r -> r instanceof ConfigMap
                    && r.getMetadata().getName().equals(generator.name())).map(ConfigMap.class::cast).findFirst();
            switch (behavior) {
                case "create" -> {
                    if (existing.isPresent()) {
                        throw new IllegalArgumentException(dir + ": ConfigMap " + generator.name() + " exists");
                    }
                    out.add(new ConfigMapBuilder().withNewMetadata().withName(generator.name()).endMetadata()
                            .withData(literals).build());
                }
                case "merge" -> {
                    ConfigMap base = existing.orElseThrow(() -> new IllegalArgumentException(
                            dir + ": no ConfigMap " + generator.name() + " to merge into"));
                    Map<String, String> merged = new LinkedHashMap<>(base.getData());
                    merged.putAll(literals);
                    base.setData(merged);
                }
                default -> throw new IllegalArgumentException(dir + ": behavior " + behavior + " is not used here");
            }
        }
        for (HasMetadata resource : out) {
            if (k.namespace() != null) {
                resource.getMetadata().setNamespace(k.namespace());
            }
            for (Labels labels : k.labels()) {
                if (labels.includeSelectors()) {
                    throw new IllegalArgumentException(dir + ": labels with includeSelectors are not used here");
                }
                Map<String, String> merged = new LinkedHashMap<>();
                if (resource.getMetadata().getLabels() != null) {
                    merged.putAll(resource.getMetadata().getLabels());
                }
                merged.putAll(labels.pairs());
                resource.getMetadata().setLabels(merged);
            }
        }
        return out;
    }

    /** The files of {@code dir} (and below) that are manifests, listed or not. */
    static List<Path> manifestFiles(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> literals(Path dir, ConfigMapGenerator generator) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String literal : generator.literals()) {
            int eq = literal.indexOf('=');
            if (eq <= 0 || out.put(literal.substring(0, eq), literal.substring(eq + 1)) != null) {
                throw new IllegalArgumentException(dir + ": literal '" + literal + "' is not a new KEY=value");
            }
        }
        return out;
    }
}
