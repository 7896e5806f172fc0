package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.GOOGLE_CALENDAR_CREDENTIALS;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.MICROSOFT_CALENDAR_CREDENTIALS;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.RES_USERS;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.RES_USERS_SETTINGS;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Drops Google and Microsoft calendar OAuth tokens and stops synchronization (google_calendar,
 * microsoft_calendar). The tokens moved between series, so each place is rewritten where the probe finds it:
 * <ul>
 *   <li>16.0/17.0: {@code google_calendar_credentials} (tokens, stopped flag);</li>
 *   <li>16.0: Microsoft tokens and stopped flag on {@code res_users};</li>
 *   <li>17.0: Microsoft tokens on {@code res_users}, sync state in {@code microsoft_calendar_credentials};</li>
 *   <li>18.0+: Google and Microsoft sync state on {@code res_users_settings}, Microsoft tokens on
 *       {@code res_users}.</li>
 * </ul>
 */
public final class CalendarTokensTarget extends RewriteTarget {

    /** The target. */
    public CalendarTokensTarget() {
        super(NeutralizationTarget.CALENDAR_TOKENS);
    }


    @Override
    List<ColumnRewrite> rewrites() {
        var g = GOOGLE_CALENDAR_CREDENTIALS;
        var m = MICROSOFT_CALENDAR_CREDENTIALS;
        var u = RES_USERS;
        var s = RES_USERS_SETTINGS;
        return List.of(
                ColumnRewrite.of(g).set(g.CALENDAR_TOKEN, (String) null).set(g.CALENDAR_RTOKEN, (String) null)
                        .set(g.SYNCHRONIZATION_STOPPED, true),
                ColumnRewrite.of(m).set(m.CALENDAR_SYNC_TOKEN, (String) null).set(m.SYNCHRONIZATION_STOPPED, true)
                        .set(m.LAST_SYNC_DATE, (LocalDateTime) null),
                ColumnRewrite.of(u).set(u.MICROSOFT_CALENDAR_TOKEN, (String) null)
                        .set(u.MICROSOFT_CALENDAR_RTOKEN, (String) null)
                        .set(u.MICROSOFT_SYNCHRONIZATION_STOPPED, true),
                ColumnRewrite.of(s).set(s.GOOGLE_CALENDAR_TOKEN, (String) null)
                        .set(s.GOOGLE_CALENDAR_RTOKEN, (String) null).set(s.GOOGLE_SYNCHRONIZATION_STOPPED, true)
                        .set(s.MICROSOFT_CALENDAR_SYNC_TOKEN, (String) null)
                        .set(s.MICROSOFT_SYNCHRONIZATION_STOPPED, true)
                        .set(s.MICROSOFT_LAST_SYNC_DATE, (LocalDateTime) null));
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("google_calendar, microsoft_calendar",
                "google_calendar_credentials (16.0–17.0); microsoft_calendar_credentials (17.0); res_users "
                        + "`microsoft_calendar_token`, `_rtoken` (+ `microsoft_synchronization_stopped` in 16.0); "
                        + "res_users_settings `google_*`/`microsoft_*` (18.0+)",
                "access/refresh tokens and Microsoft sync token/date NULL; synchronization stopped",
                "16.0–19.0 (each series' own tables, probed)");
    }
}
