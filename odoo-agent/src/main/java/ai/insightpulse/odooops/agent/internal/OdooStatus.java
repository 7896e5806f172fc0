package ai.insightpulse.odooops.agent.internal;

import java.util.Optional;

/**
 * What the last probe of the Odoo server found.
 *
 * @param configured    whether an Odoo URL is configured at all
 * @param up            whether {@code /web/health} answered 2xx
 * @param serverVersion the {@code server_version} from {@code common.version}, when that call worked
 * @param jsonRpc       {@code ok}, {@code unavailable} (Odoo 19+ deprecates {@code /jsonrpc}; a proxy may hide it)
 *                      or {@code not_probed}
 * @param error         why the health probe failed, one line, when it did
 */
public record OdooStatus(boolean configured, boolean up, Optional<String> serverVersion, String jsonRpc,
                         Optional<String> error) {

    /** No URL configured: nothing to probe. */
    public static final OdooStatus NOT_CONFIGURED =
            new OdooStatus(false, false, Optional.empty(), "not_probed", Optional.empty());

    /** Configured but not probed yet. */
    public static final OdooStatus PENDING =
            new OdooStatus(true, false, Optional.empty(), "not_probed", Optional.of("not probed yet"));
}
