package ai.insightpulse.odooops.agent.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the HTTP server sends for its cached routes: pre-rendered bytes of the sidecar's one database
 * ({@link RenderedViews}) or of a fleet ({@link FleetViews}).
 */
public interface ServedViews {

    /** The status page ({@code GET /}). */
    byte[] page();

    /** {@code GET /status}. */
    byte[] status();

    /** {@code GET /status?db=NAME}: that database's status; empty when the agent does not watch it. */
    Optional<byte[]> status(String database);

    /** {@code GET /metrics}. */
    byte[] metrics();

    /** {@code GET /readyz} at {@code now}, given how old the last success may be. */
    StatusDocuments.Readiness readiness(Instant now, Duration freshness);
}
