/**
 * The neutralization contract: what a run is asked to do ({@link ai.insightpulse.odooops.neutralize.NeutralizeConfig}),
 * who does it ({@link ai.insightpulse.odooops.neutralize.Neutralizer}) and what it reports
 * ({@link ai.insightpulse.odooops.neutralize.NeutralizationResult}).
 *
 * <p>This package is pure: it depends on the JDK, Jackson and the SLF4J API only, so a tool that only wants to
 * validate configuration can embed it without a database driver. Engines live in other modules.
 */
package ai.insightpulse.odooops.neutralize;
