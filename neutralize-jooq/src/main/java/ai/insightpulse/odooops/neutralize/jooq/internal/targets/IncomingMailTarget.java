package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.FETCHMAIL_SERVER;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.List;

/**
 * Archives every incoming mail server, as mail's {@code neutralize.sql} does in 16.0–19.0: a copy that still
 * polls prod's mailbox steals (and, with "delete after fetch", deletes) customers' mail. Only {@code active} is
 * needed, so OCA {@code mail_environment}, which drops the connection columns, does not stop it.
 */
public final class IncomingMailTarget extends RewriteTarget {

    /** The target. */
    public IncomingMailTarget() {
        super(NeutralizationTarget.INCOMING_MAIL);
    }


    @Override
    List<ColumnRewrite> rewrites() {
        return List.of(ColumnRewrite.of(FETCHMAIL_SERVER).set(FETCHMAIL_SERVER.ACTIVE, false));
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("mail", "fetchmail_server.active", "every incoming mail server archived",
                "16.0–19.0");
    }
}
