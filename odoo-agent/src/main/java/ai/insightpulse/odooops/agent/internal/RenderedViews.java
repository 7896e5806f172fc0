package ai.insightpulse.odooops.agent.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The cached bodies of {@code /status}, {@code /metrics} and {@code /}, rendered once per published snapshot. A
 * request only wraps the bytes of the current rendering: no JSON, text or HTML is built per request, which is how
 * the agent serves tens of thousands of requests a second from one I/O thread.
 */
public final class RenderedViews implements Consumer<StatusSnapshot> {

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
}
