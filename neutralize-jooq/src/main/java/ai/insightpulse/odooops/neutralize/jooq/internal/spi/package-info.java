/**
 * What a target is made of: the {@link ai.insightpulse.odooops.neutralize.jooq.internal.spi.Target} interface,
 * its {@link ai.insightpulse.odooops.neutralize.jooq.internal.spi.Step}s, and the one schema probe that decides
 * which targets can run. Target implementations live in {@code …internal.targets}; the run in {@code …internal}.
 */
package ai.insightpulse.odooops.neutralize.jooq.internal.spi;
