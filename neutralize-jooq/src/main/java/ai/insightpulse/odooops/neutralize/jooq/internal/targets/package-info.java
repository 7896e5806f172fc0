/**
 * The engine's targets, in three shapes:
 * <ul>
 *   <li>targets that are only data — "set these columns on these rows", "delete or empty these system
 *       parameters" — are one {@code RewriteTarget} each, listed in {@link
 *       ai.insightpulse.odooops.neutralize.jooq.internal.targets.RewriteTargets} as a few lines of
 *       {@code ColumnRewrite}s and {@code ParameterRewrite}s; their tables, skip reason and owned keys follow from
 *       those rewrites;</li>
 *   <li>targets with logic of their own that need a fixed set of columns extend {@code RequiredColumnsTarget},
 *       whose tables and skip reason follow from that list;</li>
 *   <li>the rest (web push, EDI proxy users, the sanitize step) implement
 *       {@link ai.insightpulse.odooops.neutralize.jooq.internal.model.Target} directly.</li>
 * </ul>
 * Each target's one description is the catalog's {@code NeutralizationTarget#description()}; a target's
 * {@code TargetInfo} holds only the engine's facts about it.
 */
package ai.insightpulse.odooops.neutralize.jooq.internal.targets;
