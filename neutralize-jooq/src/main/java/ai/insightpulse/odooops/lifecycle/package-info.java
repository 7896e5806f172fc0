/**
 * The database lifecycle as a library: {@link ai.insightpulse.odooops.lifecycle.Clone} and
 * {@link ai.insightpulse.odooops.lifecycle.Restore} make a neutralized, verified copy and publish it under the target
 * name; {@link ai.insightpulse.odooops.lifecycle.Verify} checks, read-only, that a database is neutralized. Each is
 * configured by a validated immutable value ({@link ai.insightpulse.odooops.lifecycle.CopyConfig},
 * {@link ai.insightpulse.odooops.neutralize.NeutralizeConfig}), returns a result object and reports progress
 * through a {@link ai.insightpulse.odooops.lifecycle.LifecycleListener}. Everything under {@code .internal} may
 * change without notice.
 */
package ai.insightpulse.odooops.lifecycle;
