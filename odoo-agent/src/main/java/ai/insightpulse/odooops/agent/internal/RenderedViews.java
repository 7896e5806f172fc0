package ai.insightpulse.odooops.agent.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The cached bodies of {@code /status}, {@code /metrics} and {@code /}, rendered once per published snapshot. A
 * request only wraps the bytes of the current rendering: no JSON, text or HTML is built per request, which is how
 * the agent serves tens of thousands of requests a second from one I/O thread.
 */
public final class RenderedViews implements Consumer<StatusSnapshot>, ServedViews {

    private final long refreshSeconds;
    private volatile Views current;

    /** @param interval the check interval, which is also the status page's refresh */
    public RenderedViews(Duration interval) {
        this.refreshSeconds = Math.max(1, interval.toSeconds());
    }

    /** The bodies of one snapshot. */
    public record Views(StatusSnapshot snapshot, byte[] status, byte[] metrics, byte[] page) {
    }

    @Override
    public void accept(StatusSnapshot s) {
        current = new Views(s,
                JsonTrees.write(StatusDocuments.status(s)),
                MetricsExposition.render(s).getBytes(StandardCharsets.UTF_8),
                StatusPage.render(s, refreshSeconds).getBytes(StandardCharsets.UTF_8));
    }

    /** The current bodies. */
    public Views current() {
        return current;
    }

    @Override
    public byte[] page() {
        return current.page();
    }

    @Override
    public byte[] status() {
        return current.status();
    }

    /** The one database's status when {@code database} names it. */
    @Override
    public Optional<byte[]> status(String database) {
        Views v = current;
        return v.snapshot().database().equals(database) ? Optional.of(v.status()) : Optional.empty();
    }

    @Override
    public byte[] metrics() {
        return current.metrics();
    }

    @Override
    public StatusDocuments.Readiness readiness(Instant now, Duration freshness) {
        return StatusDocuments.readiness(current.snapshot(), now, freshness);
    }
}
