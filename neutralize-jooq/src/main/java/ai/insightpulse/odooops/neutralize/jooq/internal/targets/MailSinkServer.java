package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MAIL_SERVER;

import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.schema.tables.IrMailServer;
import ai.insightpulse.odooops.neutralize.MailSink;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * What makes an {@code ir_mail_server} row a harmless sink rather than a real server.
 *
 * <p>With no active server record Odoo (16.0–19.0) falls back to the SMTP server of its config file or command
 * line, localhost:25 by default. Odoo's own neutralization therefore inserts an active server on host
 * {@code invalid} (a reserved TLD: the name never resolves, so every send fails before a socket opens). We
 * recognise any such row, Odoo's included, as the sink, except:
 * <ul>
 *   <li>{@code smtp_authentication = 'cli'} (17.0+) sends through the config-file SMTP whatever the host says,
 *       so it is a live server;</li>
 *   <li>a personal server ({@code owner_user_id}, 19.0+) is only ever used for its owner's address, so it cannot
 *       serve as the shared fallback.</li>
 * </ul>
 * With {@code IPAI_MAIL_CATCHER} the sink points at a mail catcher instead (see {@link MailSink}); it is the same
 * one row, recognised by the same rule.
 */
final class MailSinkServer {

    static final String HOST = "invalid";
    static final int PORT = 1025;
    static final String ENCRYPTION = "none";
    static final String AUTHENTICATION = "login";
    /** The name Odoo's own neutralize.sql gives its row; we give ours the same. */
    static final String NAME = "neutralization - disable emails";

    private MailSinkServer() {
    }

    /**
     * The condition "this row is a sink", for table (or alias) {@code t}, when the run's sink is {@code sink}. A
     * row is a sink when it points at {@code invalid} (Odoo's row and ours), at the configured catcher, or — named
     * as our row — at any catcher host: so a row an earlier run pointed at a catcher stays the sink when the
     * catcher is switched off (and is pointed back at {@code invalid}), never becoming a second, "real" server.
     * Without an {@code smtp_host} column (OCA {@code mail_environment} takes server settings from the environment
     * instead) no row can be a sink.
     */
    static Condition isSink(IrMailServer t, ProbedSchema schema, MailSink sink) {
        if (!schema.has(IR_MAIL_SERVER.SMTP_HOST)) {
            return DSL.falseCondition();
        }
        Field<String> host = DSL.lower(t.SMTP_HOST);
        Condition catcherHost = host.in(MailSink.CATCHER_NAMES).or(host.in(sink.listedHosts()))
                .or(host.like("%.invalid")).or(host.likeRegex("^127(\\.[0-9]{1,3}){3}$"))
                .or(DSL.splitPart(host, DSL.inline("."), DSL.inline(1)).in(MailSink.CATCHER_NAMES));
        Condition pointsAtASink = t.SMTP_HOST.eq(HOST)
                .or(host.eq(sink.host()).and(schema.has(IR_MAIL_SERVER.SMTP_PORT)
                        ? t.SMTP_PORT.eq(sink.port()) : DSL.falseCondition()))
                .or(schema.has(IR_MAIL_SERVER.NAME) ? t.NAME.eq(NAME).and(catcherHost) : DSL.falseCondition());
        Condition result = pointsAtASink;
        if (schema.has(IR_MAIL_SERVER.SMTP_AUTHENTICATION)) {
            result = result.and(t.SMTP_AUTHENTICATION.isDistinctFrom("cli"));
        }
        if (schema.has(IR_MAIL_SERVER.OWNER_USER_ID)) {
            result = result.and(t.OWNER_USER_ID.isNull());
        }
        return result;
    }
}
