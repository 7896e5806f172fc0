package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.jooq.ConnectionSource;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import java.util.Objects;

/**
 * Checks, read-only ({@code SET TRANSACTION READ ONLY}), that a database is neutralized per the contract. Writes
 * nothing, in any environment, prod included.
 *
 * <pre>{@code
 * VerifyResult result = Verify.of(config).run();
 * if (!result.neutralized()) { ... }
 * }</pre>
 */
public final class Verify {

    private final NeutralizeConfig config;
    private final ConnectionSource connections;

    private Verify(NeutralizeConfig config, ConnectionSource connections) {
        this.config = config;
        this.connections = connections;
    }

    /** A check of the database {@code config} names, through a new connection of the PostgreSQL driver. */
    public static Verify of(NeutralizeConfig config) {
        return using(config, ConnectionSource.driverManager());
    }

    /** A check of the database {@code config} names, through {@code connections} (a pool, a preopened one). */
    public static Verify using(NeutralizeConfig config, ConnectionSource connections) {
        return new Verify(Objects.requireNonNull(config, "config"), Objects.requireNonNull(connections, "connections"));
    }

    /** Runs the check; a database failure is returned in the result, never thrown. */
    public VerifyResult run() {
        return new VerifyResult(JooqNeutralizer.using(connections).inspect(config), config.requireCoverage());
    }
}
