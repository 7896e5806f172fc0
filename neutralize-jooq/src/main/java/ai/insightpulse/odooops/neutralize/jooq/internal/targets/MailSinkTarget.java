package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MAIL_SERVER;

import ai.insightpulse.odooops.neutralize.MailSink;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import ai.insightpulse.odooops.neutralize.jooq.internal.schema.tables.IrMailServer;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Leaves exactly one active sink server. Odoo's own command inserts a new sink on every run (a second run leaves
 * two rows); we reuse any sink row that exists — Odoo's included — and insert only when there is none.
 *
 * <p>Three statements, each touching rows only when needed, in this order:
 * <ol>
 *   <li>no active sink but an inactive one: reactivate the oldest;</li>
 *   <li>several active sinks: archive all but the oldest;</li>
 *   <li>no sink row at all: insert one.</li>
 * </ol>
 * Each condition also holds on the state before the run, so the dry-run counts equal the live counts.
 */
public final class MailSinkTarget extends RequiredColumnsTarget {

    /** The target. */
    public MailSinkTarget() {
        super(NeutralizationTarget.MAIL_SINK, IR_MAIL_SERVER.ID, IR_MAIL_SERVER.ACTIVE, IR_MAIL_SERVER.NAME,
                IR_MAIL_SERVER.SMTP_HOST, IR_MAIL_SERVER.SMTP_PORT, IR_MAIL_SERVER.SMTP_ENCRYPTION,
                IR_MAIL_SERVER.SMTP_AUTHENTICATION);
    }

    @Override
    public List<Step> steps(RunContext context) {
        DSLContext dsl = context.dsl();
        ProbedSchema schema = context.schema();
        MailSink sink = context.mailSink();
        IrMailServer any = IR_MAIL_SERVER.as("any_sink");
        IrMailServer active = IR_MAIL_SERVER.as("active_sink");
        Condition isSink = MailSinkServer.isSink(IR_MAIL_SERVER, schema, sink);

        Field<Integer> oldestSink = DSL.field(DSL.select(DSL.min(any.ID)).from(any)
                .where(MailSinkServer.isSink(any, schema, sink)));
        Condition noActiveSink = DSL.notExists(DSL.selectOne().from(active)
                .where(MailSinkServer.isSink(active, schema, sink)).and(active.ACTIVE.isTrue()));
        Step reactivate = Step.update(dsl, IR_MAIL_SERVER, Map.of(IR_MAIL_SERVER.ACTIVE, true),
                IR_MAIL_SERVER.ID.eq(oldestSink).and(IR_MAIL_SERVER.ACTIVE.isDistinctFrom(true)).and(noActiveSink));

        Field<Integer> oldestActiveSink = DSL.field(DSL.select(DSL.min(active.ID)).from(active)
                .where(MailSinkServer.isSink(active, schema, sink)).and(active.ACTIVE.isTrue()));
        Step deduplicate = Step.update(dsl, IR_MAIL_SERVER, Map.of(IR_MAIL_SERVER.ACTIVE, false),
                isSink.and(IR_MAIL_SERVER.ACTIVE.isTrue()).and(IR_MAIL_SERVER.ID.gt(oldestActiveSink)));

        Condition noSinkAtAll = DSL.notExists(DSL.selectOne().from(any).where(MailSinkServer.isSink(any, schema, sink)));
        Field<Integer> insertPending = DSL.when(noSinkAtAll, DSL.inline(1)).otherwise(DSL.inline(0));
        var insert = dsl.insertInto(IR_MAIL_SERVER,
                        IR_MAIL_SERVER.NAME, IR_MAIL_SERVER.SMTP_HOST, IR_MAIL_SERVER.SMTP_PORT,
                        IR_MAIL_SERVER.SMTP_ENCRYPTION, IR_MAIL_SERVER.SMTP_AUTHENTICATION, IR_MAIL_SERVER.ACTIVE)
                .select(DSL.select(DSL.val(MailSinkServer.NAME), DSL.val(sink.host()),
                                DSL.val(sink.port()), DSL.val(MailSinkServer.ENCRYPTION),
                                DSL.val(MailSinkServer.AUTHENTICATION), DSL.val(true))
                        .where(noSinkAtAll));

        // every sink row points where the run's sink does: a catcher switched on, off or moved. Retargeted rows
        // stay sinks (the configured catcher, or invalid), so the steps above count the same rows before and
        // after this one. Without a catcher, Odoo's own rows on host invalid are left as they are (whatever port)
        Condition elsewhere = sink.isVoid() ? IR_MAIL_SERVER.SMTP_HOST.ne(MailSinkServer.HOST)
                : DSL.lower(IR_MAIL_SERVER.SMTP_HOST).ne(sink.host()).or(IR_MAIL_SERVER.SMTP_PORT.ne(sink.port()));
        Map<Field<?>, Object> target = new java.util.LinkedHashMap<>();
        target.put(IR_MAIL_SERVER.SMTP_HOST, sink.host());
        target.put(IR_MAIL_SERVER.SMTP_PORT, sink.port());
        target.put(IR_MAIL_SERVER.SMTP_ENCRYPTION, MailSinkServer.ENCRYPTION);
        // a catcher accepts mail without a login; a leftover login would make Odoo attempt AUTH and fail
        if (schema.has(IR_MAIL_SERVER.SMTP_USER)) {
            target.put(IR_MAIL_SERVER.SMTP_USER, null);
        }
        if (schema.has(IR_MAIL_SERVER.SMTP_PASS)) {
            target.put(IR_MAIL_SERVER.SMTP_PASS, null);
        }
        Step retarget = Step.update(dsl, IR_MAIL_SERVER, target, isSink.and(elsewhere));
        return List.of(reactivate, deduplicate, new Step(insertPending, insert), retarget);
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("base", "ir_mail_server (name, smtp_host, smtp_port, smtp_encryption, smtp_authentication, active)",
                "exactly one active sink server `invalid:1025` (or the mail catcher of `IPAI_MAIL_CATCHER`), reusing Odoo's own row; never a second one",
                "16.0–19.0");
    }
}
