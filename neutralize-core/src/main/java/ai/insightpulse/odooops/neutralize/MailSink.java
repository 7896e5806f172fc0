package ai.insightpulse.odooops.neutralize;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the one active sink server of a neutralized copy points: Odoo's own void ({@code invalid:1025}, a name
 * that never resolves, so every send fails before a socket opens), or a mail catcher people can read (Mailpit,
 * MailHog, smtp4dev) as Odoo.sh does for its staging branches ({@code IPAI_MAIL_CATCHER=host:port}).
 *
 * <p>Only catcher hosts are accepted, so that a typo or a copied relay name can never turn the sink into a real
 * relay: loopback, {@code invalid} and names under {@code .invalid} (RFC 2606), the names the repository gates
 * take for sinks ({@link #CATCHER_NAMES}, also as the first label of a name: {@code mailpit.internal}), and the
 * hosts an operator lists in {@code IPAI_MAIL_CATCHER_HOSTS}.
 *
 * @param host         the sink's {@code smtp_host}, lower case
 * @param port         its {@code smtp_port}
 * @param listedHosts  the hosts listed as catchers besides the built-in ones, lower case
 */
public record MailSink(String host, int port, List<String> listedHosts) {

    /** The sink of Odoo's own neutralization (16.0–19.0): host {@code invalid}, port 1025. */
    public static final MailSink VOID = new MailSink("invalid", 1025, List.of());

    /** Mail catchers and local names: the repository gates' default sink hosts (GATES.md). */
    public static final List<String> CATCHER_NAMES = List.of("localhost", "127.0.0.1", "::1", "invalid", "mailhog",
            "mailpit", "maildev", "smtp4dev", "mailcatcher");

    private static final Pattern HOST_PORT = Pattern.compile("([A-Za-z0-9_.\\-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]):(\\d{1,5})");
    private static final Pattern HOST = Pattern.compile("[a-z0-9_]([a-z0-9_.\\-]{0,251}[a-z0-9_])?");

    /** Checks the parts: a catcher host, a port. */
    public MailSink {
        Objects.requireNonNull(host, "host");
        host = host.toLowerCase(Locale.ROOT);
        listedHosts = listedHosts == null ? List.of() : listedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .toList();
        if (port < 1 || port > 65535) {
            throw new ConfigException("the mail catcher's port " + port + " is not a port number (1-65535)");
        }
        if (!isCatcherHost(host, listedHosts)) {
            throw new ConfigException("refusing the mail catcher host " + ConfigException.printable(host)
                    + ": only loopback, *.invalid, " + String.join(", ", CATCHER_NAMES)
                    + " or a host listed in IPAI_MAIL_CATCHER_HOSTS may receive a neutralized copy's mail");
        }
    }

    /**
     * Reads {@code IPAI_MAIL_CATCHER} ({@code host:port}) with the hosts of {@code IPAI_MAIL_CATCHER_HOSTS}
     * (comma separated).
     *
     * @throws ConfigException for a malformed value or a host that is not a catcher
     */
    public static MailSink catcher(String hostPort, String listedHosts) {
        List<String> listed = List.of();
        if (listedHosts != null && !listedHosts.isBlank()) {
            listed = List.of(listedHosts.split(",")).stream().map(String::strip).filter(h -> !h.isEmpty()).toList();
            for (String h : listed) {
                if (!HOST.matcher(h.toLowerCase(Locale.ROOT)).matches()) {
                    throw new ConfigException("IPAI_MAIL_CATCHER_HOSTS: '" + ConfigException.printable(h)
                            + "' is not a host name");
                }
            }
        }
        Matcher m = HOST_PORT.matcher(hostPort == null ? "" : hostPort.strip());
        if (!m.matches()) {
            throw new ConfigException("IPAI_MAIL_CATCHER='" + ConfigException.printable(String.valueOf(hostPort))
                    + "' is not host:port (e.g. mailpit:1025)");
        }
        String host = m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
        return new MailSink(host, Integer.parseInt(m.group(2)), listed);
    }

    /** Whether this is Odoo's void rather than a catcher. */
    public boolean isVoid() {
        return host.equals(VOID.host) && port == VOID.port;
    }

    /** Whether {@code host} may receive a neutralized copy's mail. */
    public static boolean isCatcherHost(String host, List<String> listedHosts) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("invalid") || h.endsWith(".invalid") || h.matches("127(\\.\\d{1,3}){3}")
                || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || listedHosts.contains(h)) {
            return true;
        }
        int dot = h.indexOf('.');
        String first = dot > 0 && !Character.isDigit(h.charAt(0)) ? h.substring(0, dot) : h;
        return CATCHER_NAMES.contains(h) || CATCHER_NAMES.contains(first);
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
