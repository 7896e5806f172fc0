package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.ACCOUNT_EDI_PROXY_CLIENT_USER;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CONFIG_PARAMETER;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MODULE_MODULE;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Target;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import ai.insightpulse.odooops.neutralize.jooq.internal.schema.tables.AccountEdiProxyClientUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Takes the EDI proxy users (e-invoicing through Odoo's IAP proxy) out of production, following each series' own
 * rule (account_edi_proxy_client, l10n_my_edi, account_peppol, l10n_dk_nemhandel). What the probe finds decides:
 * <ul>
 *   <li>{@code edi_mode} and {@code proxy_type} present (17.0+), by the series of the {@code base} module
 *       (read in the statement itself, so count and update agree):
 *     <ul>
 *       <li>17.0/18.0: Italian users go to {@code demo}, every other user, Peppol and Malaysian included, to
 *           {@code test}, as account_edi_proxy_client's file does;</li>
 *       <li>19.0 and later (or no readable series): Italian, Peppol, Nemhandel (and the later {@code pdp}) users
 *           to {@code demo}; Malaysian users keep their mode; all others to {@code test}.</li>
 *     </ul>
 *     On every series Malaysian users are archived when l10n_my_edi is installed (state {@code installed},
 *     {@code to upgrade} or {@code to remove}, as Odoo picks modules), as that module's file does; without a
 *     readable module list they are archived.</li>
 *   <li>no {@code edi_mode} (16.0): the config parameter {@code account_edi_proxy_client.demo} is set to
 *       {@code true}, as 16.0's file does.</li>
 *   <li>19.0's {@code account_peppol.edi.mode} / {@code l10n_dk_nemhandel.edi.mode} parameters become
 *       {@code test} where they exist.</li>
 * </ul>
 */
public final class EdiProxyTarget implements Target {

    /** Proxy types Odoo 19.0 puts in demo mode ({@code pdp} comes after 19.0; no row has it before). */
    static final List<String> DEMO_TYPES = List.of("l10n_it_edi", "peppol", "nemhandel", "pdp");
    /** The one proxy type Odoo 17.0/18.0 put in demo mode. */
    static final String ITALIAN = "l10n_it_edi";
    /** The Malaysian proxy type, archived by l10n_my_edi. */
    static final String MALAYSIAN = "l10n_my_edi";
    /** The module that archives Malaysian users. */
    static final String MALAYSIAN_MODULE = "l10n_my_edi";
    /** The module states Odoo's neutralization picks. */
    static final List<String> INSTALLED_STATES = List.of("installed", "to upgrade", "to remove");
    /** 16.0's switch. */
    public static final String DEMO_PARAMETER_16 = "account_edi_proxy_client.demo";
    /** 19.0's per-network mode parameters. */
    static final List<String> MODE_PARAMETERS = List.of("account_peppol.edi.mode", "l10n_dk_nemhandel.edi.mode");

    @Override
    public NeutralizationTarget id() {
        return NeutralizationTarget.EDI_PROXY;
    }

    @Override
    public Set<Table<?>> tables() {
        return Set.of(ACCOUNT_EDI_PROXY_CLIENT_USER, IR_CONFIG_PARAMETER, IR_MODULE_MODULE);
    }

    @Override
    public Optional<String> unavailableReason(ProbedSchema schema) {
        Optional<String> missing = Target.require(schema, ACCOUNT_EDI_PROXY_CLIENT_USER.ID);
        return missing.isPresent() ? missing : ConfigParameters.unavailableReason(schema);
    }

    @Override
    public List<Step> steps(RunContext context) {
        var u = ACCOUNT_EDI_PROXY_CLIENT_USER;
        ProbedSchema schema = context.schema();
        List<Step> steps = new ArrayList<>();
        if (schema.has(u.EDI_MODE)) {
            Condition rule19 = seriesAtLeast19(schema);
            Condition demo = demo(u, rule19);
            Condition keepsMode = keepsMode(u, rule19);
            Condition archived = u.PROXY_TYPE.eq(MALAYSIAN).and(malaysianModuleInstalled(schema));
            if (schema.has(u.COMPANY_ID) && schema.has(u.EDI_IDENTIFICATION)) {
                archived = archived.or(losesItsSlot(rule19));
            }
            steps.addAll(ColumnRewrite.of(u)
                    .setWhere(u.EDI_MODE, "demo", demo, u.PROXY_TYPE)
                    .setWhere(u.EDI_MODE, "test", demo.not().and(keepsMode.not()), u.PROXY_TYPE)
                    .setWhere(u.ACTIVE, false, archived, u.PROXY_TYPE)
                    .steps(context));
        } else {
            steps.add(ConfigParameters.upsert(context, DEMO_PARAMETER_16, "true"));
        }
        steps.add(ConfigParameters.setExisting(context, MODE_PARAMETERS, "test"));
        return steps;
    }

    private static Condition demo(AccountEdiProxyClientUser t, Condition rule19) {
        return rule19.and(t.PROXY_TYPE.in(DEMO_TYPES)).or(rule19.not().and(t.PROXY_TYPE.eq(ITALIAN)));
    }

    private static Condition keepsMode(AccountEdiProxyClientUser t, Condition rule19) {
        return rule19.and(t.PROXY_TYPE.eq(MALAYSIAN));
    }

    /** The mode the rule leaves a row in. */
    private static Field<String> modeAfter(AccountEdiProxyClientUser t, Condition rule19) {
        return DSL.when(demo(t, rule19), DSL.inline("demo"))
                .when(keepsMode(t, rule19), t.EDI_MODE)
                .otherwise(DSL.inline("test"));
    }

    /**
     * Odoo allows one active user per company, proxy type and mode, and per identification, proxy type and mode
     * (two unique indexes, 17.0+). A company with an active user in production and another already in the mode the
     * rule moves it to would make the move violate them (Odoo's own statement fails there, and its Malaysian file
     * says so). Of two active users of one proxy type that end in the same mode and share a company or an
     * identification, the one already in that mode (else the older) keeps the slot; the other is archived, its
     * mode moved too. Every such pair loses its less preferred user, so no pair is left to collide.
     */
    private static Condition losesItsSlot(Condition rule19) {
        var u = ACCOUNT_EDI_PROXY_CLIENT_USER;
        AccountEdiProxyClientUser other = ACCOUNT_EDI_PROXY_CLIENT_USER.as("slot_holder");
        Condition uThere = u.EDI_MODE.isNotDistinctFrom(modeAfter(u, rule19));
        Condition otherThere = other.EDI_MODE.isNotDistinctFrom(modeAfter(other, rule19));
        return u.ACTIVE.isTrue().and(DSL.exists(DSL.selectOne().from(other)
                .where(other.ID.ne(u.ID))
                .and(other.ACTIVE.isTrue())
                .and(other.COMPANY_ID.eq(u.COMPANY_ID).or(other.EDI_IDENTIFICATION.eq(u.EDI_IDENTIFICATION)))
                .and(other.PROXY_TYPE.eq(u.PROXY_TYPE))
                .and(modeAfter(other, rule19).eq(modeAfter(u, rule19)))
                .and(otherThere.and(uThere.not())
                        .or(otherThere.eq(uThere).and(other.ID.lt(u.ID))))));
    }

    /**
     * Whether base's version says 19.0 or later ({@code 19.0.1.3}, {@code saas~19.1.…}); also true when no version
     * can be read, so that an unknown database gets the rule that sends nothing anywhere.
     */
    private static Condition seriesAtLeast19(ProbedSchema schema) {
        if (schema.missing(IR_MODULE_MODULE.NAME, IR_MODULE_MODULE.LATEST_VERSION).isPresent()) {
            return DSL.trueCondition();
        }
        // substring(text, pattern) is PostgreSQL's regular-expression form: the first group, or NULL
        Field<Integer> major = DSL.field(DSL.select(
                DSL.function("substring", String.class, IR_MODULE_MODULE.LATEST_VERSION,
                        DSL.inline("^(?:saas~)?([0-9]+)[.]")).cast(Integer.class))
                .from(IR_MODULE_MODULE).where(IR_MODULE_MODULE.NAME.eq("base")).limit(1));
        return DSL.coalesce(major, DSL.inline(19)).ge(DSL.inline(19));
    }

    /** Whether l10n_my_edi is installed; true when the module list cannot be read. */
    private static Condition malaysianModuleInstalled(ProbedSchema schema) {
        if (schema.missing(IR_MODULE_MODULE.NAME, IR_MODULE_MODULE.STATE).isPresent()) {
            return DSL.trueCondition();
        }
        return DSL.exists(DSL.selectOne().from(IR_MODULE_MODULE)
                .where(IR_MODULE_MODULE.NAME.eq(MALAYSIAN_MODULE))
                .and(IR_MODULE_MODULE.STATE.in(INSTALLED_STATES)));
    }

    @Override
    public Set<String> configParameterKeys() {
        Set<String> keys = new java.util.TreeSet<>(MODE_PARAMETERS);
        keys.add(DEMO_PARAMETER_16);
        return keys;
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("account_edi_proxy_client, l10n_my_edi, account_peppol, l10n_dk_nemhandel",
                "account_edi_proxy_client_user.edi_mode, .active (by proxy_type); ir_module_module (base's series, "
                        + "l10n_my_edi installed); ir_config_parameter `" + DEMO_PARAMETER_16
                        + "` (16.0), `account_peppol.edi.mode`, `l10n_dk_nemhandel.edi.mode`",
                "each series' rule: 17.0/18.0 Italian users `demo`, all others (Peppol, Malaysian) `test`; 19.0+ "
                        + "Italian/Peppol/Nemhandel `demo`, Malaysian mode kept, others `test`; Malaysian users "
                        + "archived where l10n_my_edi is installed; a user whose move would break Odoo's one-active-user-per-mode "
                        + "index archived instead; 16.0: `" + DEMO_PARAMETER_16
                        + "` = `true`; 19.0 mode parameters `test`",
                "16.0–19.0 (edi_mode probed; the series read from base's version in the statement)");
    }
}
