package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CONFIG_PARAMETER;
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
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Partners' personal data masked in one statement: every partner's email and phones; individuals' name, address,
 * VAT, website and notes. Companies keep their name and address by default: a company's name and address are
 * published business data (on every invoice it sends), invoices and reports of a staging copy stay readable, and
 * the people behind them are the individuals, whose data is masked.
 */
public final class SanitizePartnersTarget implements Target {

    static final Table<?> PARTNER = table("res_partner");
    private static final List<String> EMAILS = List.of("email", "email_normalized");
    private static final List<String> PHONES = List.of("phone", "mobile", "phone_sanitized");
    private static final List<String> IDENTITY = List.of("street", "street2", "zip", "city", "vat", "website",
            "comment");
    /** Signup tokens lived on res_partner up to 17.0 (18.0 derives them; only signup_type is left). */
    private static final List<String> SIGNUP = List.of("signup_token", "signup_type", "signup_expiration");

    @Override
    public NeutralizationTarget id() {
        return NeutralizationTarget.SANITIZE_PARTNERS;
    }

    @Override
    public Set<Table<?>> tables() {
        return Set.of(PARTNER, IR_CONFIG_PARAMETER);
    }

    @Override
    public Optional<String> unavailableReason(ProbedSchema schema) {
        return SanitizeColumns.require(schema, PARTNER, "id", "email", "name");
    }

    @Override
    public List<Step> steps(RunContext context) {
        ProbedSchema schema = context.schema();
        Map<Field<?>, Field<?>> set = new LinkedHashMap<>();
        // the same values for a table rewrite, the digest's seed read from a setting (no subquery there); every
        // expression here leaves a row that is not pending as it is, which a rewrite needs
        Map<String, Field<?>> rewritten = new LinkedHashMap<>();
        List<Condition> pending = new ArrayList<>();
        Map<String, Condition> perColumn = new LinkedHashMap<>();
        for (String c : EMAILS) {
            if (has(schema, PARTNER, c)) {
                set.put(text(PARTNER, c), Masking.maskEmail(text(PARTNER, c)));
                rewritten.put(c, Masking.maskEmail(text(PARTNER, c), Masking.settingSeed()));
                pending.add(Masking.unmaskedEmail(text(PARTNER, c)));
                perColumn.put(c, Masking.unmaskedEmail(text(PARTNER, c)));
            }
        }
        for (String c : PHONES) {
            if (has(schema, PARTNER, c)) {
                set.put(text(PARTNER, c), Masking.fakePhone(text(PARTNER, c)));
                rewritten.put(c, Masking.fakePhone(text(PARTNER, c), Masking.settingSeed()));
                pending.add(Masking.realPhone(text(PARTNER, c)));
                perColumn.put(c, Masking.realPhone(text(PARTNER, c)));
            }
        }
        for (String c : SIGNUP) {
            if (has(schema, PARTNER, c)) {
                Field<Object> f = DSL.field(DSL.name(PARTNER.getName(), c));
                set.put(f, DSL.inline((Object) null));
                pending.add(f.isNotNull());
                perColumn.put(c, f.isNotNull());
            }
        }
        Condition individual = context.sanitization().maskCompanies() || !has(schema, PARTNER, "is_company")
                ? DSL.trueCondition()
                : DSL.coalesce(DSL.field(DSL.name(PARTNER.getName(), "is_company"), Boolean.class),
                        DSL.inline(false)).isFalse();
        Field<String> maskedName = DSL.inline("Contact ").concat(DSL.field(DSL.name(PARTNER.getName(), "id"),
                Integer.class).cast(String.class));
        List<Condition> identityPending = new ArrayList<>();
        for (String c : List.of("name", "complete_name", "display_name")) {
            if (has(schema, PARTNER, c)) {
                Field<String> f = text(PARTNER, c);
                set.put(f, DSL.when(individual.and(f.isNotNull()), maskedName).otherwise(f));
                identityPending.add(f.isNotNull().and(f.ne(maskedName)));
                perColumn.put(c, individual.and(f.isNotNull()).and(f.ne(maskedName)));
            }
        }
        for (String c : IDENTITY) {
            if (has(schema, PARTNER, c)) {
                Field<String> f = text(PARTNER, c);
                set.put(f, DSL.when(individual, DSL.inline((String) null)).otherwise(f));
                identityPending.add(f.isNotNull());
                perColumn.put(c, individual.and(f.isNotNull()));
            }
        }
        pending.add(individual.and(DSL.or(identityPending)));
        set.forEach((column, value) -> rewritten.putIfAbsent(column.getName(), value));
        Step mask = Step.update(context.dsl(), PARTNER, set, DSL.or(pending), perColumn)
                .withRewrite(new TableRewrite(PARTNER, rewritten, Masking.setSeed(), null));
        return List.of(Masking.drawKey(context), mask);
    }

    @Override
    public Set<String> configParameterKeys() {
        return Set.of(Masking.KEY);
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("sanitize (opt-in, `--sanitize`; no Odoo equivalent)",
                "res_partner email, email_normalized, phone, mobile, phone_sanitized, signup_*; individuals' name, "
                        + "complete_name/display_name, street, street2, zip, city, vat, website, comment; "
                        + "ir_config_parameter `" + Masking.KEY + "`",
                "every partner's `email`/`email_normalized` → `test+<keyed pseudonym>@example.com`; `phone`/"
                        + "`mobile`/`phone_sanitized` → a fake number with the same number of digits and the leading "
                        + "`+` kept, beginning `999` (+999 is a spare ITU code); signup token/type/expiration "
                        + "emptied (16.0/17.0 keep them on `res_partner`; 18.0+ only `signup_type`); individuals "
                        + "(`is_company` false): name → `Contact <id>` (also `complete_name`/`display_name`), street, "
                        + "street2, zip, city, vat, website, comment emptied; companies keep name and address",
                "16.0–19.0 (columns used where they exist)");
    }
}
