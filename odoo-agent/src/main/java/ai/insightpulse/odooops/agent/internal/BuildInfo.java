package ai.insightpulse.odooops.agent.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The agent's version, stamped into the jar at build time. */
public final class BuildInfo {

    /** The Maven version of this build, or {@code unknown} when run from classes without resources. */
    public static final String VERSION = load();

    private BuildInfo() {
    }

    private static String load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/odooops-agent.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
