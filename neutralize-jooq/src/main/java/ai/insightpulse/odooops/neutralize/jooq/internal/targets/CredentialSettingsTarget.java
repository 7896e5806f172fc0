package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CONFIG_PARAMETER;

import ai.insightpulse.odooops.neutralize.CredentialParameters;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Empties the system parameters shaped like credentials that no other target owns: API keys, tokens, passwords
 * and webhook URLs of modules we know nothing about (the seeds' customer's Zoho and Mailgun bridges keep theirs
 * there). What "shaped like a credential" means is {@link CredentialParameters} (its words, its keep-list, secret
 * URLs), configured per run; keys another target writes or deletes are left to it, or the two would undo each
 * other on every run. Values become the empty string (the column is NOT NULL), which Odoo reads as unset.
 *
 * <p>The key is cut into words in SQL exactly as {@link CredentialParameters#normalizedKey} does in Java, so the
 * match, its count and the statement are one condition evaluated by PostgreSQL: no value is read into the JVM,
 * and the summary counts keys, never shows them.
 */
public final class CredentialSettingsTarget extends RequiredColumnsTarget {

    private final Supplier<Set<String>> keysOwnedElsewhere;

    /** @param keysOwnedElsewhere the keys other targets write or delete, asked for when a run is planned */
    public CredentialSettingsTarget(Supplier<Set<String>> keysOwnedElsewhere) {
        super(NeutralizationTarget.CREDENTIAL_SETTINGS, IR_CONFIG_PARAMETER.KEY, IR_CONFIG_PARAMETER.VALUE);
        this.keysOwnedElsewhere = keysOwnedElsewhere;
    }

    @Override
    public List<Step> steps(RunContext context) {
        return List.of(Step.update(context.dsl(), IR_CONFIG_PARAMETER, Map.of(IR_CONFIG_PARAMETER.VALUE, ""),
                isCredential(context.credentialParameters(), keysOwnedElsewhere.get())
                        .and(IR_CONFIG_PARAMETER.VALUE.ne(""))));
    }

    /** The condition "this parameter is a credential to empty", for {@code rules}, leaving {@code owned} alone. */
    static Condition isCredential(CredentialParameters rules, Set<String> owned) {
        Field<String> words = normalizedKey(IR_CONFIG_PARAMETER.KEY);
        Condition named = DSL.falseCondition();
        for (String word : rules.words()) {
            named = named.or(DSL.position(words, DSL.val(CredentialParameters.normalizedWord(word))).gt(0));
        }
        Condition secretUrl = IR_CONFIG_PARAMETER.VALUE.likeRegex("(?i)" + CredentialParameters.SECRET_URL);
        Condition kept = IR_CONFIG_PARAMETER.KEY.in(rules.keptKeys());
        for (String prefix : rules.keptPrefixes()) {
            kept = kept.or(DSL.left(IR_CONFIG_PARAMETER.KEY, prefix.length()).eq(prefix));
        }
        Condition ownedElsewhere = owned.isEmpty() ? DSL.falseCondition() : IR_CONFIG_PARAMETER.KEY.in(owned);
        return named.or(secretUrl).andNot(kept).andNot(ownedElsewhere);
    }

    /** {@link CredentialParameters#normalizedKey} in SQL. */
    static Field<String> normalizedKey(Field<String> key) {
        Field<String> camelSplit = DSL.function("regexp_replace", String.class, key, DSL.val("([a-z0-9])([A-Z])"),
                DSL.val("\\1_\\2"), DSL.val("g"));
        Field<String> separated = DSL.function("regexp_replace", String.class, DSL.lower(camelSplit),
                DSL.val("[^a-z0-9]+"), DSL.val("_"), DSL.val("g"));
        return DSL.val("_").concat(separated).concat(DSL.val("_"));
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("none (modules without a neutralization: the customer's Zoho/Mailgun bridges, ...)",
                "ir_config_parameter keys made of a credential word ("
                        + String.join(", ", CredentialParameters.DEFAULT_WORDS.stream().map(w -> "`" + w + "`")
                                .toList())
                        + "), or holding a URL with a password or a webhook URL",
                "value emptied (`''`); keys on the keep-list (" + String.join(", ",
                        CredentialParameters.DEFAULT_KEEP.stream().map(w -> "`" + w + "`").toList())
                        + ", `IPAI_CREDENTIAL_KEEP`) and keys other targets own are left; the summary counts keys",
                "16.0–19.0 (keep-list checked against fresh 16.0–19.0 parameter sets)");
    }
}
