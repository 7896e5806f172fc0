package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.targets.SanitizeColumns.has;
import static ai.insightpulse.odooops.neutralize.jooq.internal.targets.SanitizeColumns.table;
import static ai.insightpulse.odooops.neutralize.jooq.internal.targets.SanitizeColumns.text;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TableRewrite;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Target;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Mail: the unsent queue deleted (a copy must not send it, and it holds recipients), every address in messages and
 * the remaining mails replaced by its masked form (the same as the partner's), and tracked values of masked
 * fields emptied. One statement per table.
 */
public final class SanitizeMailTarget implements Target {

    private static final Table<?> MAIL = table("mail_mail");
    private static final Table<?> MESSAGE = table("mail_message");
    private static final Table<?> TRACKING = table("mail_tracking_value");
    private static final Table<?> FIELDS = table("ir_model_fields");
    private static final List<String> MESSAGE_ADDRESSES = List.of("email_from", "reply_to", "incoming_email_cc",
            "outgoing_email_to", "incoming_email_to");
    private static final List<String> MASKED_FIELDS = List.of("email", "email_normalized", "phone", "mobile",
            "phone_sanitized", "name", "street", "street2", "zip", "city", "vat", "website", "login");

    @Override
    public NeutralizationTarget id() {
        return NeutralizationTarget.SANITIZE_MAIL;
    }

    @Override
    public Set<Table<?>> tables() {
        return Set.of(MAIL, MESSAGE, TRACKING, FIELDS);
    }

    @Override
    public Optional<String> unavailableReason(ProbedSchema schema) {
        return SanitizeColumns.require(schema, MESSAGE, "id", "email_from");
    }

    @Override
    public List<Step> steps(RunContext context) {
        ProbedSchema schema = context.schema();
        List<Step> steps = new ArrayList<>();
        if (has(schema, MAIL, "state")) {
            Condition unsent = text(MAIL, "state").in("outgoing", "exception");
            steps.add(Step.deleteCounted(context.dsl(), MAIL, unsent));
            // the kept mails only: counting the unsent ones too would over-predict what the delete leaves
            steps.add(addresses(context, MAIL, List.of("email_to", "email_cc"), DSL.not(unsent).or(
                    text(MAIL, "state").isNull())));
        }
        steps.add(addresses(context, MESSAGE, MESSAGE_ADDRESSES, DSL.trueCondition()));
        String fieldColumn = has(schema, TRACKING, "field_id") ? "field_id" : "field";
        if (has(schema, TRACKING, fieldColumn) && has(schema, TRACKING, "old_value_char")
                && has(schema, FIELDS, "model") && has(schema, FIELDS, "name")) {
            Field<Integer> fieldId = DSL.field(DSL.name(FIELDS.getName(), "id"), Integer.class);
            Condition maskedField = DSL.field(DSL.name(TRACKING.getName(), fieldColumn), Integer.class)
                    .in(DSL.select(fieldId).from(FIELDS)
                            .where(text(FIELDS, "model").in("res.partner", "res.users"))
                            .and(text(FIELDS, "name").in(MASKED_FIELDS)));
            Field<String> oldValue = text(TRACKING, "old_value_char");
            Field<String> newValue = text(TRACKING, "new_value_char");
            Map<Field<?>, Field<?>> set = new LinkedHashMap<>();
            set.put(oldValue, DSL.inline((String) null));
            set.put(newValue, DSL.inline((String) null));
            Map<String, Condition> perColumn = new LinkedHashMap<>();
            perColumn.put("old_value_char", oldValue.isNotNull());
            perColumn.put("new_value_char", newValue.isNotNull());
            steps.add(Step.update(context.dsl(), TRACKING, set,
                    maskedField.and(oldValue.isNotNull().or(newValue.isNotNull())), perColumn));
        }
        return steps;
    }

    private static Step addresses(RunContext context, Table<?> table, List<String> columns, Condition scope) {
        Map<Field<?>, Field<?>> set = new LinkedHashMap<>();
        List<Condition> pending = new ArrayList<>();
        Map<String, Condition> perColumn = new LinkedHashMap<>();
        for (String c : columns) {
            if (has(context.schema(), table, c)) {
                set.put(text(table, c), Masking.maskAddresses(text(table, c)));
                pending.add(Masking.hasUnmaskedAddress(text(table, c)));
                perColumn.put(c, Masking.hasUnmaskedAddress(text(table, c)));
            }
        }
        Step step = Step.update(context.dsl(), table, set, scope.and(DSL.or(pending)), perColumn);
        if (!table.equals(MESSAGE)) {
            return step;
        }
        // messages are the largest table a copy has: rewritten when most of it is pending; lists of addresses need
        // a subquery, which a rewrite's expression may not hold, so the rows holding one are updated after it
        Map<String, Field<?>> rewritten = new LinkedHashMap<>();
        List<Condition> lists = new ArrayList<>();
        for (Field<?> column : set.keySet()) {
            Field<String> c = text(table, column.getName());
            rewritten.put(column.getName(), Masking.maskSingleAddress(c, Masking.settingSeed()));
            lists.add(c.like(DSL.inline("%@%@%")));
        }
        Query leftover = context.dsl().update(table).set(set).where(DSL.or(lists).and(scope.and(DSL.or(pending))));
        return step.withRewrite(new TableRewrite(table, rewritten, Masking.setSeed(), leftover));
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("sanitize (opt-in, `--sanitize`; no Odoo equivalent)",
                "mail_mail (state outgoing/exception deleted; email_to, email_cc); mail_message email_from, "
                        + "reply_to, incoming_email_cc/_to, outgoing_email_to; mail_tracking_value old/new_value_char "
                        + "of masked res.partner/res.users fields (via ir_model_fields)",
                "unsent mail (`mail_mail.state` outgoing/exception) deleted; every address in "
                        + "`mail_mail.email_to/email_cc` and `mail_message.email_from/reply_to` (19.0: "
                        + "`incoming_email_cc/_to`, `outgoing_email_to`) → its masked address, the partner's; "
                        + "`mail_tracking_value` char values of masked `res.partner`/`res.users` fields emptied",
                "16.0–19.0 (columns where they exist)");
    }
}
