package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.FETCHMAIL_SERVER;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MAIL_SERVER;

import ai.insightpulse.odooops.neutralize.MailSink;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Target;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Table;

/**
 * Clears the credentials of every real mail server, outgoing and incoming. Odoo 19.0 (odoo/odoo#284960,
 * backported in #285221) clears {@code smtp_user} and {@code smtp_pass} in the statement that archives the
 * outgoing servers: an archived server's password still authenticates against the real relay, and it travels with
 * every dump of the copy. We do the same on every series 16.0–19.0, for incoming servers ({@code user},
 * {@code password}) too, and write a placeholder login instead of none: a module that ignores {@code active}
 * and connects anyway then fails at AUTH, where an empty login would send unauthenticated through a relay that
 * trusts prod's address.
 *
 * <p>The rows are every real server, not "the archived ones": the servers target archives every active one in
 * the same transaction, and a condition that does not depend on that step's effect keeps the dry-run count
 * equal to the live count. The sink (and so Odoo's own {@code invalid} row) is left alone.
 */
public final class MailCredentialsTarget implements Target {

    /** The login a cleared server is left with. */
    public static final String LOGIN = "neutralized";

    @Override
    public NeutralizationTarget id() {
        return NeutralizationTarget.MAIL_CREDENTIALS;
    }

    @Override
    public Set<Table<?>> tables() {
        return Set.of(IR_MAIL_SERVER, FETCHMAIL_SERVER);
    }

    private static List<ColumnRewrite> rewrites(ProbedSchema schema, MailSink sink) {
        return List.of(
                ColumnRewrite.of(IR_MAIL_SERVER)
                        .onlyRows(MailSinkServer.isSink(IR_MAIL_SERVER, schema, sink).not())
                        .set(IR_MAIL_SERVER.SMTP_USER, LOGIN)
                        .set(IR_MAIL_SERVER.SMTP_PASS, (String) null),
                ColumnRewrite.of(FETCHMAIL_SERVER)
                        .set(FETCHMAIL_SERVER.USER, LOGIN)
                        .set(FETCHMAIL_SERVER.PASSWORD, (String) null));
    }

    @Override
    public Optional<String> unavailableReason(ProbedSchema schema) {
        List<ColumnRewrite> rewrites = rewrites(schema, MailSink.VOID);
        if (rewrites.stream().anyMatch(r -> r.applicable(schema))) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        rewrites.forEach(r -> missing.add(r.missing(schema)));
        return Optional.of("missing " + String.join(", ", missing));
    }

    @Override
    public List<Step> steps(RunContext context) {
        List<Step> steps = new ArrayList<>();
        for (ColumnRewrite r : rewrites(context.schema(), context.mailSink())) {
            r.step(context).ifPresent(steps::add);
        }
        return steps;
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("base, mail (19.0's rule, odoo/odoo#284960)",
                "ir_mail_server.smtp_user, .smtp_pass; fetchmail_server.user, .password",
                "every real server (archived by `mail_servers`/`incoming_mail`): password NULL, login `" + LOGIN
                        + "`; the sink is left alone",
                "16.0–19.0 (Odoo clears them from 19.0; we do on every series)");
    }
}
