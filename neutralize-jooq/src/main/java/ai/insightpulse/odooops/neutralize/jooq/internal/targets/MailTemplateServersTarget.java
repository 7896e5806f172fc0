package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.MAIL_TEMPLATE;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.List;

/**
 * Unpins mail templates from a specific outgoing server (mail, 16.0–19.0), so every message goes through the
 * server selection that finds only the sink.
 */
public final class MailTemplateServersTarget extends RewriteTarget {

    /** The target. */
    public MailTemplateServersTarget() {
        super(NeutralizationTarget.MAIL_TEMPLATE_SERVERS);
    }


    @Override
    List<ColumnRewrite> rewrites() {
        return List.of(ColumnRewrite.of(MAIL_TEMPLATE).set(MAIL_TEMPLATE.MAIL_SERVER_ID, (Integer) null));
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("mail", "mail_template.mail_server_id", "server pin removed (NULL)", "16.0–19.0");
    }
}
