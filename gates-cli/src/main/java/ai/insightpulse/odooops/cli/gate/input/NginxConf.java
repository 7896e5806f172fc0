package ai.insightpulse.odooops.cli.gate.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An nginx configuration file as the gates need it: its {@code server} blocks (where each starts, its
 * {@code server_name}s, its {@code client_max_body_size} directives at any depth, whether it proxies requests) and
 * the {@code client_max_body_size} stated outside any server block (in the {@code http} context a
 * {@code conf.d} file is included into, it applies to every server of the file).
 *
 * <p>Read by brace depth, after removing {@code #} comments and quoted strings; not a full nginx parser, and it
 * does not need to be: a file without a {@code server} block is not a reverse-proxy configuration to the gates.
 */
public final class NginxConf {

    /** One {@code server { … }} block. */
    public record ServerBlock(int line, List<String> serverNames, List<ConfigValue> bodySizes, boolean proxies) {

        /** Immutable copies. */
        public ServerBlock {
            serverNames = List.copyOf(serverNames);
            bodySizes = List.copyOf(bodySizes);
        }
    }

    private static final Pattern SERVER_OPEN = Pattern.compile("(?:^|[;{}\\s])server\\s*\\{");
    private static final Pattern DIRECTIVE = Pattern.compile("(?:^|[;{}\\s])(server_name|client_max_body_size"
            + "|proxy_pass|fastcgi_pass|uwsgi_pass|grpc_pass)\\s+([^;{}]*);");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");

    private final String path;
    private final List<ServerBlock> servers;
    private final List<ConfigValue> fileBodySizes;

    private NginxConf(String path, List<ServerBlock> servers, List<ConfigValue> fileBodySizes) {
        this.path = path;
        this.servers = List.copyOf(servers);
        this.fileBodySizes = List.copyOf(fileBodySizes);
    }

    /** Reads {@code file}; a file with no server block yields no {@link #servers()}. */
    public static NginxConf parse(TextFile file) {
        List<ServerBlock> servers = new ArrayList<>();
        List<ConfigValue> fileBodySizes = new ArrayList<>();
        int depth = 0;
        int serverDepth = -1;
        int serverLine = 0;
        List<String> names = new ArrayList<>();
        List<ConfigValue> sizes = new ArrayList<>();
        boolean proxies = false;
        List<String> lines = file.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String code = QUOTED.matcher(hash >= 0 ? line.substring(0, hash) : line).replaceAll("\"\"");
            if (serverDepth < 0 && SERVER_OPEN.matcher(code).find()) {
                serverDepth = depth;
                serverLine = i + 1;
                names = new ArrayList<>();
                sizes = new ArrayList<>();
                proxies = false;
            }
            Matcher d = DIRECTIVE.matcher(code);
            while (d.find()) {
                String value = d.group(2).strip();
                switch (d.group(1)) {
                    case "server_name" -> {
                        if (serverDepth >= 0) {
                            names.addAll(List.of(value.split("\\s+")));
                        }
                    }
                    case "client_max_body_size" -> (serverDepth >= 0 ? sizes : fileBodySizes)
                            .add(new ConfigValue(file.path(), i + 1, "client_max_body_size", value));
                    default -> proxies |= serverDepth >= 0;
                }
            }
            for (char c : code.toCharArray()) {
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                    if (serverDepth >= 0 && depth == serverDepth) {
                        servers.add(new ServerBlock(serverLine, names, sizes, proxies));
                        serverDepth = -1;
                    }
                }
            }
        }
        return new NginxConf(file.path(), servers, fileBodySizes);
    }

    /** The repository-relative path. */
    public String path() {
        return path;
    }

    /** The server blocks, in file order. */
    public List<ServerBlock> servers() {
        return servers;
    }

    /** {@code client_max_body_size} directives outside every server block. */
    public List<ConfigValue> fileBodySizes() {
        return fileBodySizes;
    }
}
