/**
 * The jOOQ engine behind {@link ai.insightpulse.odooops.neutralize.Neutralizer}: start at
 * {@link ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer}. Everything under {@code .internal} may change
 * without notice.
 */
package ai.insightpulse.odooops.neutralize.jooq;
