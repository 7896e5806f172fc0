package ai.insightpulse.odooops.cli.gate.input;

import ai.insightpulse.odooops.cli.gate.GateInputException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A docker compose file, composed with SnakeYAML's node API (the parser under jackson-dataformat-yaml) because the
 * gates need the line of every value and compose files use anchors, aliases and {@code <<} merge keys, which
 * Jackson's YAML token stream does not expand. Duplicate keys are refused, as docker compose refuses them.
 */
public final class ComposeFile {

    /**
     * A volume of a service: its source as written (a host path or a named volume), its target inside the
     * container, and the line.
     */
    public record Volume(String source, String target, int line) {

        /**
         * Whether the source is a host path (a bind mount): compose reads a source starting with {@code .},
         * {@code /} or {@code ~} as a path, anything else as a named volume.
         */
        public boolean isBindMount() {
            return source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
        }
    }

    /** One service: its name, line, image, environment, command, entrypoint and volumes. */
    public record Service(String name, int line, Optional<ConfigValue> image, Map<String, ConfigValue> environment,
                          Optional<ConfigValue> command, Optional<ConfigValue> entrypoint, List<Volume> volumes) {

        /** The command and the entrypoint, where set. */
        public List<ConfigValue> commandLines() {
            List<ConfigValue> lines = new ArrayList<>();
            command.ifPresent(lines::add);
            entrypoint.ifPresent(lines::add);
            return lines;
        }
    }

    private final String path;
    private final List<Service> services;

    private ComposeFile(String path, List<Service> services) {
        this.path = path;
        this.services = List.copyOf(services);
    }

    /**
     * Parses {@code file}.
     *
     * @throws GateInputException on invalid YAML, a duplicate key, or a compose structure that is not a mapping of
     *         services
     */
    public static ComposeFile parse(TextFile file) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(50);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(String.join("\n", file.lines())));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new GateInputException(file.path(), line, "invalid YAML: " + firstLine(e.getProblem()));
        } catch (YAMLException e) {
            throw new GateInputException(file.path(), 0, "invalid YAML: " + firstLine(e.getMessage()));
        }
        if (root == null) {
            throw new GateInputException(file.path(), 0, "empty compose file");
        }
        Map<String, Node> top = mapping(file.path(), root, "the compose file");
        List<Service> services = new ArrayList<>();
        Node servicesNode = top.get("services");
        if (servicesNode != null && !isNull(servicesNode)) {
            Map<String, Integer> keyLines = new LinkedHashMap<>();
            for (NodeTuple tuple : ((MappingNode) servicesNode).getValue()) {
                keyLines.put(((ScalarNode) tuple.getKeyNode()).getValue(), line(tuple.getKeyNode()));
            }
            for (Map.Entry<String, Node> entry : mapping(file.path(), servicesNode, "services").entrySet()) {
                services.add(service(file.path(), entry.getKey(), keyLines.getOrDefault(entry.getKey(),
                        line(entry.getValue())), entry.getValue()));
            }
        }
        return new ComposeFile(file.path(), services);
    }

    private static Service service(String path, String name, int line, Node node) {
        Map<String, Node> fields = mapping(path, node, "service " + name);
        Map<String, ConfigValue> environment = new LinkedHashMap<>();
        Node env = fields.get("environment");
        if (env instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (!(item instanceof ScalarNode scalar)) {
                    throw new GateInputException(path, line(item), "environment entry of service " + name
                            + " is not a KEY=value string");
                }
                String text = scalar.getValue();
                int eq = text.indexOf('=');
                String key = eq < 0 ? text : text.substring(0, eq);
                environment.put(key, new ConfigValue(path, line(item), key, eq < 0 ? null : text.substring(eq + 1)));
            }
        } else if (env != null && !isNull(env)) {
            for (Map.Entry<String, Node> e : mapping(path, env, "environment of service " + name).entrySet()) {
                Node value = e.getValue();
                if (!(value instanceof ScalarNode scalar)) {
                    throw new GateInputException(path, line(value), "environment value " + e.getKey()
                            + " of service " + name + " is not a scalar");
                }
                environment.put(e.getKey(), new ConfigValue(path, line(value), e.getKey(),
                        isNull(value) ? null : scalar.getValue()));
            }
        }
        return new Service(name, line, text(path, fields.get("image"), "image"), environment,
                text(path, fields.get("command"), "command"), text(path, fields.get("entrypoint"), "entrypoint"),
                volumes(path, name, fields.get("volumes")));
    }

    /** Compose's short syntax ({@code SOURCE:TARGET[:MODE]}) and long syntax ({@code source:}, {@code target:}). */
    private static List<Volume> volumes(String path, String service, Node node) {
        List<Volume> volumes = new ArrayList<>();
        if (node == null || isNull(node)) {
            return volumes;
        }
        if (!(node instanceof SequenceNode seq)) {
            throw new GateInputException(path, line(node), "volumes of service " + service + " must be a list");
        }
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode scalar) {
                String[] parts = scalar.getValue().split(":");
                if (parts.length >= 2) {
                    volumes.add(new Volume(parts[0], parts[1], line(item)));
                }
            } else {
                Map<String, Node> fields = mapping(path, item, "a volume of service " + service);
                if (fields.get("source") instanceof ScalarNode source
                        && fields.get("target") instanceof ScalarNode target) {
                    volumes.add(new Volume(source.getValue(), target.getValue(), line(item)));
                }
            }
        }
        return volumes;
    }

    /** A scalar, or a list of scalars joined by spaces (compose's exec form). */
    private static Optional<ConfigValue> text(String path, Node node, String key) {
        if (node == null || isNull(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return Optional.of(new ConfigValue(path, line(node), key, scalar.getValue()));
        }
        if (node instanceof SequenceNode seq) {
            List<String> parts = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof ScalarNode s)) {
                    throw new GateInputException(path, line(item), key + " must be a string or a list of strings");
                }
                parts.add(s.getValue());
            }
            return Optional.of(new ConfigValue(path, line(node), key, String.join(" ", parts)));
        }
        throw new GateInputException(path, line(node), key + " must be a string or a list of strings");
    }

    /** The entries of a mapping node, with {@code <<} merge keys applied and duplicate keys refused. */
    private static Map<String, Node> mapping(String path, Node node, String what) {
        if (!(node instanceof MappingNode map)) {
            throw new GateInputException(path, line(node), what + " must be a mapping");
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        List<Node> merges = new ArrayList<>();
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new GateInputException(path, line(tuple.getKeyNode()), "a key in " + what + " is not a string");
            }
            if (Tag.MERGE.equals(key.getTag()) || "<<".equals(key.getValue())) {
                Node value = tuple.getValueNode();
                if (value instanceof SequenceNode seq) {
                    merges.addAll(seq.getValue());
                } else {
                    merges.add(value);
                }
                continue;
            }
            Integer first = keyLines.putIfAbsent(key.getValue(), line(key));
            if (first != null) {
                throw new GateInputException(path, line(key), "duplicate key '" + key.getValue() + "' in " + what
                        + " (first at line " + first + ")");
            }
            entries.put(key.getValue(), tuple.getValueNode());
        }
        for (Node merge : merges) {
            // explicit keys win over merged ones, as in YAML 1.1 merge semantics
            mapping(path, merge, "merged mapping").forEach(entries::putIfAbsent);
        }
        return entries;
    }

    private static boolean isNull(Node node) {
        return Tag.NULL.equals(node.getTag());
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String firstLine(String text) {
        return text == null ? "unreadable" : text.lines().findFirst().orElse("unreadable").strip();
    }

    /** The repository-relative path. */
    public String path() {
        return path;
    }

    /** The services, in file order. */
    public List<Service> services() {
        return services;
    }

    /**
     * The services that run Odoo: those named in {@code odooServices}, or if that is empty, every service whose
     * name or image contains "odoo".
     */
    public List<Service> odooServices(List<String> odooServices) {
        return services.stream().filter(s -> odooServices.isEmpty()
                ? s.name().toLowerCase(Locale.ROOT).contains("odoo")
                        || s.image().map(i -> i.value().toLowerCase(Locale.ROOT).contains("odoo")).orElse(false)
                : odooServices.contains(s.name())).toList();
    }
}
