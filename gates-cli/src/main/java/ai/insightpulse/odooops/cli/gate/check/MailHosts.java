package ai.insightpulse.odooops.cli.gate.check;

import java.util.List;
import java.util.Locale;

/** Which SMTP hosts are mail sinks (nothing leaves the machine) rather than real relays. */
final class MailHosts {

    private MailHosts() {
    }

    /**
     * Whether {@code host} is a sink: a configured sink name, or a host whose first label is one
     * ({@code mailpit.internal}), or a name under {@code .invalid} (RFC 2606; Odoo's own neutralization uses host
     * {@code invalid}). Empty and Odoo's {@code False} mean "not set", for which Odoo uses localhost: a sink.
     */
    static boolean isSink(String host, List<String> sinkHosts) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.isEmpty() || h.equals("false")) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        int dot = h.indexOf('.');
        String first = dot > 0 && !Character.isDigit(h.charAt(0)) ? h.substring(0, dot) : h;
        return sinkHosts.contains(h) || sinkHosts.contains(first) || h.equals("invalid") || h.endsWith(".invalid");
    }
}
