package ai.insightpulse.odooops.cli.demo;

import ai.insightpulse.odooops.lifecycle.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * What a person looks at to see whether an Odoo database can reach the outside world: active mail servers, active
 * crons (and which), the neutralized flag and the banner. Read with plain names: the demo's schema is fixed (18.0).
 *
 * @param activeMailServers active {@code ir_mail_server} rows
 * @param activeCrons       active {@code ir_cron} rows
 * @param crons             all {@code ir_cron} rows
 * @param activeCronIds     xml ids of the active crons that have one
 * @param flag              the value of {@code database.is_neutralized}, or null
 * @param banner            whether the {@code web.neutralize_banner} view is active
 */
record StateFacts(int activeMailServers, int activeCrons, int crons, List<String> activeCronIds, String flag,
                  boolean banner) {

    private static final Table<?> MAIL = DSL.table(DSL.name("ir_mail_server"));
    private static final Table<?> CRON = DSL.table(DSL.name("ir_cron"));
    private static final Table<?> DATA = DSL.table(DSL.name("ir_model_data"));
    private static final Table<?> PARAM = DSL.table(DSL.name("ir_config_parameter"));
    private static final Table<?> VIEW = DSL.table(DSL.name("ir_ui_view"));
    private static final Field<Boolean> ACTIVE = DSL.field(DSL.name("active"), Boolean.class);

    static StateFacts read(PostgresServer server, String database) throws SQLException {
        try (Connection c = server.connect(database)) {
            DSLContext dsl = PostgresServer.dsl(c);
            Field<Integer> mail = DSL.field(DSL.selectCount().from(MAIL).where(ACTIVE.isTrue()));
            Field<Integer> activeCrons = DSL.field(DSL.selectCount().from(CRON).where(ACTIVE.isTrue()));
            Field<Integer> crons = DSL.field(DSL.selectCount().from(CRON));
            Field<String> flag = DSL.field(DSL.select(DSL.field(DSL.name("value"), String.class)).from(PARAM)
                    .where(DSL.field(DSL.name("key"), String.class).eq("database.is_neutralized")));
            Field<Boolean> banner = DSL.field(DSL.exists(DSL.selectOne().from(VIEW)
                    .where(DSL.field(DSL.name("key"), String.class).eq("web.neutralize_banner"))
                    .and(ACTIVE.isTrue())));
            Record r = dsl.select(mail, activeCrons, crons, flag, banner).fetchOne();

            Field<String> xmlId = DSL.field(DSL.name("d", "module"), String.class).concat(".")
                    .concat(DSL.field(DSL.name("d", "name"), String.class));
            List<String> ids = dsl.select(xmlId).from(DATA.as("d"))
                    .join(CRON.as("c")).on(DSL.field(DSL.name("c", "id"), Integer.class)
                            .eq(DSL.field(DSL.name("d", "res_id"), Integer.class)))
                    .where(DSL.field(DSL.name("d", "model"), String.class).eq("ir.cron"))
                    .and(DSL.field(DSL.name("c", "active"), Boolean.class).isTrue())
                    .orderBy(xmlId)
                    .fetch(xmlId);
            return new StateFacts(r.get(mail), r.get(activeCrons), r.get(crons), ids, r.get(flag),
                    Boolean.TRUE.equals(r.get(banner)));
        }
    }

    /** One line for the state of a freshly built demo database. */
    String describe() {
        return activeMailServers + " outgoing mail servers active, " + activeCrons + " of " + crons
                + " crons active, banner " + (banner ? "on" : "off") + ", database.is_neutralized "
                + (flag == null ? "unset" : flag);
    }

    /** The before/after table. */
    static String beforeAfter(StateFacts before, StateFacts after) {
        String[][] rows = {
            {"what", "before", "after"},
            {"active outgoing mail servers", Integer.toString(before.activeMailServers),
                after.activeMailServers + (after.activeMailServers == 1 ? " (the sink, invalid:1025)" : "")},
            {"active crons", before.activeCrons + " of " + before.crons,
                after.activeCrons + " of " + after.crons
                        + (after.activeCronIds.isEmpty() ? "" : " (" + String.join(", ", after.activeCronIds) + ")")},
            {"database.is_neutralized", before.flag == null ? "unset" : before.flag,
                after.flag == null ? "unset" : after.flag},
            {"\"neutralized\" banner", before.banner ? "on" : "off", after.banner ? "on" : "off"},
        };
        int w0 = 0;
        int w1 = 0;
        for (String[] row : rows) {
            w0 = Math.max(w0, row[0].length());
            w1 = Math.max(w1, row[1].length());
        }
        StringBuilder b = new StringBuilder();
        for (String[] row : rows) {
            b.append(String.format("%-" + w0 + "s  %-" + w1 + "s  %s%n", row[0], row[1], row[2]));
        }
        return b.toString();
    }
}
