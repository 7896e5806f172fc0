package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.lifecycle.internal.CopySource;
import ai.insightpulse.odooops.lifecycle.internal.StagedCopy;
import ai.insightpulse.odooops.neutralize.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Restores a {@code pg_dump} dump (plain SQL, or custom, tar, directory through {@code pg_restore}) into a temporary
 * database Odoo never serves, neutralizes and verifies it there, and only then publishes it under the target name.
 * A dump is data: it runs as a temporary role that owns only the copy, never through psql; meta-commands,
 * statements on other databases, COPY from programs or server files, roles and server settings are refused.
 */
public final class Restore {

    private final CopyConfig config;
    private final Path dump;

    private Restore(CopyConfig config, Path dump) {
        this.config = config;
        this.dump = dump;
    }

    /**
     * A restore of {@code dump} as {@code config} says.
     *
     * @throws ConfigException when the dump cannot be read
     */
    public static Restore of(CopyConfig config, Path dump) {
        Objects.requireNonNull(config, "config");
        Optional<String> refusal = dumpRefusal(dump);
        if (refusal.isPresent()) {
            throw new ConfigException(refusal.get());
        }
        return new Restore(config, dump);
    }

    /** Why {@code dump} cannot be restored, checked before anything connects. */
    public static Optional<String> dumpRefusal(Path dump) {
        if (!Files.isReadable(dump)) {
            return Optional.of("--dump " + ConfigException.printable(dump.toString()) + " is not a readable file");
        }
        return Optional.empty();
    }

    /** Restores, neutralizes, verifies and publishes; never throws for a database, dump or copy failure. */
    public CopyResult run(LifecycleListener listener) {
        return StagedCopy.execute("restore", config, new CopySource.FromDump(dump), listener);
    }
}
