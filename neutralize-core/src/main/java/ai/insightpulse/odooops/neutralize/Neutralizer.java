package ai.insightpulse.odooops.neutralize;

/**
 * The port: something that makes a database match the contract. {@code neutralize-jooq} provides the engine;
 * tests and other tools may provide their own.
 *
 * <p>Implementations never throw for database or runtime failures: they return a result with
 * {@link RunStatus#ERROR} and a {@link Failure}, after rolling back everything the run did. Outside prod a live run
 * is one transaction; a dry run and any run against prod use a READ ONLY transaction.
 */
public interface Neutralizer {

    /**
     * Runs (or, with {@link NeutralizeConfig#dryRun()}, plans) neutralization of the configured database.
     * For {@link Environment#PROD} it is a no-op that does not connect.
     *
     * @param config a validated configuration
     * @return the outcome, never {@code null}
     */
    NeutralizationResult neutralize(NeutralizeConfig config);
}
