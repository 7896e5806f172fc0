package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MAIL_SERVER;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.List;
import java.util.Map;

/**
 * Archives every real outgoing mail server: shared, personal (19.0) and {@code cli} (17.0+) servers alike. The
 * sink is left to {@link MailSinkTarget}; the seeds' {@code mail_servers_changed} counts real servers only.
 */
public final class MailServersTarget extends RequiredColumnsTarget {

    /** The target. */
    public MailServersTarget() {
        // only id and active: where a module removed the SMTP columns every active row is a real server
        super(NeutralizationTarget.MAIL_SERVERS, IR_MAIL_SERVER.ID, IR_MAIL_SERVER.ACTIVE);
    }

    @Override
    public List<Step> steps(RunContext context) {
        return List.of(Step.update(context.dsl(), IR_MAIL_SERVER,
                Map.of(IR_MAIL_SERVER.ACTIVE, false),
                IR_MAIL_SERVER.ACTIVE.isTrue().andNot(MailSinkServer.isSink(IR_MAIL_SERVER, context.schema(), context.mailSink()))));
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("base", "ir_mail_server.active",
                "every active real outgoing server archived (shared, personal, `cli`); the sink is left alone",
                "16.0–19.0 (personal servers 19.0+, `cli` 17.0+)");
    }
}
