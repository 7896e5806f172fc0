package ai.insightpulse.odooops.deploy;

import static ai.insightpulse.odooops.deploy.RenderedOverlay.HOME;

import ai.insightpulse.odooops.agent.AgentConfig;
import ai.insightpulse.odooops.cli.OdooOpsCli;
import ai.insightpulse.odooops.neutralize.ConfigVariables;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the image and the launchers are, read from the repository itself: the Dockerfile and the config classes. */
final class Launchers {

    /** The image the manifests run: docker/odoo/Dockerfile, tagged as its comment and the compose example say. */
    static final String IMAGE = "odooops/odoo:18.0";

    private Launchers() {
    }

    /** The Dockerfile's {@code COPY source destination} lines, by source. */
    static Map<String, String> dockerfileCopies() {
        try {
            String dockerfile = Files.readString(HOME.resolve("docker/odoo/Dockerfile"));
            Map<String, String> copies = new LinkedHashMap<>();
            Matcher copy = Pattern.compile("(?m)^COPY (\\S+) (\\S+)$").matcher(dockerfile);
            while (copy.find()) {
                copies.put(copy.group(1), copy.group(2));
            }
            return copies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the image puts a file of the repository, e.g. {@code bin/odooops}. */
    static String inImage(String source) {
        String destination = dockerfileCopies().get(source);
        if (destination == null) {
            throw new AssertionError("docker/odoo/Dockerfile does not copy " + source);
        }
        return destination;
    }

    /** The variables {@code odooops} reads (ConfigVariables' names). */
    static Set<String> cliVariables() {
        return constants(ConfigVariables.class);
    }

    /** The variables {@code odooops-agent} reads: the CLI's plus its own. */
    static Set<String> agentVariables() {
        Set<String> all = new TreeSet<>(cliVariables());
        all.addAll(constants(AgentConfig.class));
        return all;
    }

    /** The {@code -XmxNm} of a launcher script, in MiB. */
    static int maxHeapMib(String launcher) {
        try {
            Matcher m = Pattern.compile("-Xmx(\\d+)m").matcher(Files.readString(HOME.resolve(launcher)));
            if (!m.find()) {
                throw new AssertionError(launcher + " sets no -Xmx");
            }
            return Integer.parseInt(m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code odooops} in process with these arguments and variables. */
    static CliRun runCli(List<String> args, Map<String, String> environment) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OdooOpsCli.run(args.toArray(String[]::new), environment, new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** One in-process run of the CLI. */
    record CliRun(int exitCode, String stdout, String stderr) {
    }

    /** {@code environment} pointed at a local port nobody listens on: a run gets as far as connecting, no further. */
    static Map<String, String> atAClosedPort(Map<String, String> environment) {
        Map<String, String> out = new HashMap<>(environment);
        try (ServerSocket socket = new ServerSocket(0)) {
            out.put(ConfigVariables.DB_HOST, "127.0.0.1");
            out.put(ConfigVariables.DB_PORT, Integer.toString(socket.getLocalPort()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.put(ConfigVariables.DB_CONNECT_TIMEOUT, "2s");
        return out;
    }

    private static Set<String> constants(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Field field : type.getFields()) {
            int m = field.getModifiers();
            if (Modifier.isStatic(m) && Modifier.isFinal(m) && field.getType() == String.class) {
                try {
                    String value = (String) field.get(null);
                    if (value.matches("[A-Z][A-Z0-9_]+")) {
                        names.add(value);
                    }
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return names;
    }

    static List<String> tail(List<String> command) {
        return command.subList(1, command.size());
    }

    static List<String> list(String... items) {
        return Arrays.asList(items);
    }
}
