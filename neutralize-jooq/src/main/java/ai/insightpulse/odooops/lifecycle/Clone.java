package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.lifecycle.internal.CopySource;
import ai.insightpulse.odooops.lifecycle.internal.StagedCopy;
import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.DatabaseNames;
import java.util.Objects;
import java.util.Optional;

/**
 * A neutralized copy of a database on the same server, published under the target name only once it is verified:
 * copied into a temporary database Odoo never serves ({@code CREATE DATABASE … TEMPLATE} when nobody is connected
 * to the source, {@code pg_dump | pg_restore} otherwise), neutralized and verified there, then renamed. On any
 * failure the copy is dropped and the target is left as it was.
 *
 * <pre>{@code
 * CopyResult result = Clone.of(config, "odoo_prod").run(LifecycleListener.NONE);
 * }</pre>
 */
public final class Clone {

    private final CopyConfig config;
    private final String source;

    private Clone(CopyConfig config, String source) {
        this.config = config;
        this.source = source;
    }

    /**
     * A clone of {@code source} as {@code config} says.
     *
     * @throws ConfigException when the source is refused ({@link #sourceRefusal})
     */
    public static Clone of(CopyConfig config, String source) {
        Objects.requireNonNull(config, "config");
        Optional<String> refusal = sourceRefusal(source, config.target());
        if (refusal.isPresent()) {
            throw new ConfigException(refusal.get());
        }
        return new Clone(config, source);
    }

    /** Why {@code source} cannot be cloned into {@code target}, checked before anything connects. */
    public static Optional<String> sourceRefusal(String source, String target) {
        if (!DatabaseNames.isSafeIdentifier(source)) {
            return Optional.of("--from '" + ConfigException.printable(source)
                    + "' is not a database name (a-z, 0-9 and _ only)");
        }
        if (source.equals(target)) {
            return Optional.of("--from and --to are both " + source);
        }
        if (source.startsWith("odooops_")) {
            return Optional.of("--from " + source + " is a work database of odooops, not a source");
        }
        return Optional.empty();
    }

    /** Copies, neutralizes, verifies and publishes; never throws for a database or copy failure. */
    public CopyResult run(LifecycleListener listener) {
        return StagedCopy.execute("clone", config, new CopySource.FromDatabase(source), listener);
    }
}
