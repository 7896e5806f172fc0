package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.ACCOUNT_EDI_PROXY_CLIENT_USER;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CONFIG_PARAMETER;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.Target;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.TargetInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Table;

/**
 * Takes the EDI proxy users (e-invoicing through Odoo's IAP proxy) out of production (account_edi_proxy_client,
 * l10n_my_edi, account_peppol, l10n_dk_nemhandel). What the probe finds decides:
 * <ul>
 *   <li>{@code edi_mode} and {@code proxy_type} present (17.0+): Italian, Peppol and Nemhandel users go to
 *       {@code demo} (no call leaves Odoo), all others to {@code test}; Malaysian users are archived and their
 *       mode left, as l10n_my_edi does. Odoo 17.0/18.0 put Peppol in {@code test}; we use 19.0's {@code demo}
 *       on every series, the mode that sends nothing anywhere.</li>
 *   <li>no {@code edi_mode} (16.0): the config parameter {@code account_edi_proxy_client.demo} is set to
 *       {@code true}, as 16.0's file does.</li>
 *   <li>19.0's {@code account_peppol.edi.mode} / {@code l10n_dk_nemhandel.edi.mode} parameters become
 *       {@code test} where they exist.</li>
 * </ul>
 */
public final class EdiProxyTarget implements Target {

    /** Proxy types Odoo 19.0 puts in demo mode. */
    static final List<String> DEMO_TYPES = List.of("l10n_it_edi", "peppol", "nemhandel");
    /** The Malaysian proxy type, archived instead. */
    static final String MALAYSIAN = "l10n_my_edi";
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
        return Set.of(ACCOUNT_EDI_PROXY_CLIENT_USER, IR_CONFIG_PARAMETER);
    }

    @Override
    public Optional<String> unavailableReason(ProbedSchema schema) {
        Optional<String> missing = Target.require(schema, ACCOUNT_EDI_PROXY_CLIENT_USER.ID);
        return missing.isPresent() ? missing : ConfigParameters.unavailableReason(schema);
    }

    @Override
    public List<Step> steps(RunContext context) {
        var u = ACCOUNT_EDI_PROXY_CLIENT_USER;
        List<Step> steps = new ArrayList<>();
        if (context.schema().has(u.EDI_MODE)) {
            var notMalaysian = u.PROXY_TYPE.isDistinctFrom(MALAYSIAN);
            steps.addAll(ColumnRewrite.of(u)
                    .setWhere(u.EDI_MODE, "demo", u.PROXY_TYPE.in(DEMO_TYPES), u.PROXY_TYPE)
                    .setWhere(u.EDI_MODE, "test", u.PROXY_TYPE.notIn(DEMO_TYPES).and(notMalaysian), u.PROXY_TYPE)
                    .setWhere(u.ACTIVE, false, u.PROXY_TYPE.eq(MALAYSIAN), u.PROXY_TYPE)
                    .steps(context));
        } else {
            steps.add(ConfigParameters.upsert(context, DEMO_PARAMETER_16, "true"));
        }
        steps.add(ConfigParameters.setExisting(context, MODE_PARAMETERS, "test"));
        return steps;
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("account_edi_proxy_client, l10n_my_edi, account_peppol, l10n_dk_nemhandel",
                "account_edi_proxy_client_user.edi_mode, .active (by proxy_type); ir_config_parameter `"
                        + DEMO_PARAMETER_16 + "` (16.0), `account_peppol.edi.mode`, `l10n_dk_nemhandel.edi.mode`",
                "Italian/Peppol/Nemhandel users `demo`, others `test`, Malaysian users archived; 16.0: `"
                        + DEMO_PARAMETER_16 + "` = `true`; 19.0 mode parameters `test`",
                "16.0–19.0 (edi_mode probed; 19.0's demo set for Peppol on every series)");
    }
}
