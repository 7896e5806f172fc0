/** Renderings of a {@link ai.insightpulse.odooops.neutralize.NeutralizationResult} for CI logs and evidence. */
package ai.insightpulse.odooops.neutralize.summary;
