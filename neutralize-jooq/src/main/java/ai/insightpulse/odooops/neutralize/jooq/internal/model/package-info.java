/**
 * What a target is made of: the {@link ai.insightpulse.odooops.neutralize.jooq.internal.model.Target} interface,
 * its {@link ai.insightpulse.odooops.neutralize.jooq.internal.model.Step}s, and the one schema probe that decides
 * which targets can run. Target implementations live in {@code …internal.targets}; the run in {@code …internal}.
 *
 * <p>Not a service-provider interface: every target is the engine's own, listed in {@code TargetCatalog}'s
 * exhaustive switch; nothing here is meant to be implemented outside this module.
 */
package ai.insightpulse.odooops.neutralize.jooq.internal.model;
