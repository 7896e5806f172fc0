package ai.insightpulse.odooops.neutralize.jooq.internal.modules;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CONFIG_PARAMETER;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MODEL_DATA;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MODEL_FIELDS;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MODULE_MODULE;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MODULE_MODULE_DEPENDENCY;

import ai.insightpulse.odooops.neutralize.CredentialParameters;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.schema.tables.IrConfigParameter;
import ai.insightpulse.odooops.neutralize.jooq.internal.schema.tables.IrModelData;
import ai.insightpulse.odooops.neutralize.jooq.internal.schema.tables.IrModelFields;
import ai.insightpulse.odooops.neutralize.jooq.internal.schema.tables.IrModuleModule;
import ai.insightpulse.odooops.neutralize.jooq.internal.schema.tables.IrModuleModuleDependency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record6;
import org.jooq.Result;
import org.jooq.impl.DSL;

/**
 * The modules Odoo counts as installed ({@code state} in {@code installed}, {@code to upgrade}, {@code to remove},
 * as Odoo's {@code neutralize} command selects them), read as one field of the run's facts select (no round trip of
 * its own): each with its dependencies, the checksum of its {@code neutralize.sql} last run on this copy, and whether
 * it owns data shaped like a credential, URL or host.
 *
 * <p>Ownership is what Odoo records: {@code ir_model_data} ties the fields a module created
 * ({@code ir.model.fields}) and the system parameters it ships ({@code ir.config_parameter}) to the module; a
 * parameter whose key starts with {@code <module>.} is the module's too (Odoo's own convention). A database whose
 * {@code ir_model_fields} the run cannot see has every non-core module counted as owning such data: fail closed.
 */
public final class InstalledModules {

    /** Prefix of the {@code ir_config_parameter} key recording the sha256 of a module's file last run. */
    public static final String RECORD_PREFIX = "odooops.neutralize_sql.";

    /** Module states Odoo's {@code neutralize} command treats as installed. */
    public static final Set<String> INSTALLED_STATES = Set.of("installed", "to upgrade", "to remove");

    /** Words besides the credential ones that make a field or parameter name a place for an endpoint. */
    private static final List<String> ENDPOINT_WORDS = List.of("url", "uri", "host", "hostname", "endpoint",
            "dsn");

    /**
     * One installed module.
     *
     * @param name             technical name
     * @param depends          the names of the modules it depends on
     * @param recordedSha256   the checksum recorded when its file last ran here
     * @param core             shipped by Odoo S.A. (license and author, see {@link #isCore})
     * @param ownsShapedData   owns a field or parameter named like a credential, URL or host
     */
    public record Module(String name, List<String> depends, Optional<String> recordedSha256, boolean core,
                         boolean ownsShapedData) {
    }

    private InstalledModules() {
    }

    /** The field of the facts select. */
    public static Field<Result<Record6<String, String, String, String, String, Boolean>>> field(ProbedSchema schema) {
        IrModuleModule m = IR_MODULE_MODULE.as("installed_module");
        IrModuleModuleDependency d = IR_MODULE_MODULE_DEPENDENCY.as("module_dependency");
        IrConfigParameter p = IR_CONFIG_PARAMETER.as("module_record");
        Field<String> author = schema.has(IR_MODULE_MODULE.AUTHOR) ? m.AUTHOR : DSL.castNull(String.class);
        Field<String> license = schema.has(IR_MODULE_MODULE.LICENSE) ? m.LICENSE : DSL.castNull(String.class);
        Field<String> depends = schema.has(IR_MODULE_MODULE_DEPENDENCY) && schema.has(IR_MODULE_MODULE_DEPENDENCY.NAME)
                ? DSL.field(DSL.select(DSL.groupConcat(d.NAME).separator(",")).from(d).where(d.MODULE_ID.eq(m.ID)))
                : DSL.castNull(String.class);
        Field<String> recorded = DSL.field(DSL.select(p.VALUE).from(p)
                .where(p.KEY.eq(DSL.inline(RECORD_PREFIX).concat(m.NAME))));
        Field<Boolean> shaped = DSL.when(isCore(m.NAME, author, license), DSL.inline(false))
                .otherwise(DSL.field(ownsShapedData(schema, m.NAME)));
        return DSL.multiset(DSL.select(m.NAME, author, license, depends, recorded, shaped)
                .from(m).where(m.STATE.in(INSTALLED_STATES)).orderBy(m.NAME));
    }

    /** The modules of the facts select's field. */
    public static List<Module> read(Result<Record6<String, String, String, String, String, Boolean>> rows) {
        List<Module> modules = new ArrayList<>();
        if (rows == null) {
            // the build's training stand-in answers no modules (a real server answers an empty result)
            return modules;
        }
        for (Record6<String, String, String, String, String, Boolean> r : rows) {
            List<String> depends = r.value4() == null ? List.of()
                    : Arrays.stream(r.value4().split(",")).filter(s -> !s.isBlank()).collect(Collectors.toList());
            modules.add(new Module(r.value1(), depends, Optional.ofNullable(r.value5()),
                    isCore(r.value1(), r.value2(), r.value3()), Boolean.TRUE.equals(r.value6())));
        }
        return modules;
    }

    /**
     * Shipped by Odoo S.A. in odoo/odoo or its enterprise package: license LGPL-3, OEEL-1 or OPL-1, and an author
     * naming Odoo (not the Odoo Community Association) or a localization module ({@code l10n_*}, written by
     * partners but shipped by Odoo). Checked against the manifests of every module of 18.0 and 19.0
     * ({@code InstalledModulesTest}).
     */
    public static boolean isCore(String name, String author, String license) {
        if (license == null || !Set.of("LGPL-3", "OEEL-1", "OPL-1").contains(license)) {
            return false;
        }
        String a = author == null ? "" : author.toLowerCase(java.util.Locale.ROOT);
        if (a.contains("community association")) {
            return false;
        }
        return a.contains("odoo") || name.startsWith("l10n_");
    }

    private static Condition isCore(Field<String> name, Field<String> author, Field<String> license) {
        return license.in("LGPL-3", "OEEL-1", "OPL-1")
                .and(DSL.coalesce(author, DSL.inline("")).likeIgnoreCase("%community association%").not())
                .and(DSL.coalesce(author, DSL.inline("")).likeIgnoreCase("%odoo%")
                        .or(DSL.left(name, 5).eq(DSL.inline("l10n_"))));
    }

    private static Condition ownsShapedData(ProbedSchema schema, Field<String> module) {
        String shape = shapeRegex();
        IrModelData fieldData = IR_MODEL_DATA.as("field_data");
        IrModelData paramData = IR_MODEL_DATA.as("param_data");
        IrModelFields f = IR_MODEL_FIELDS.as("module_field");
        IrConfigParameter p = IR_CONFIG_PARAMETER.as("module_param");
        IrConfigParameter prefixed = IR_CONFIG_PARAMETER.as("module_prefixed_param");
        Condition fields = schema.has(IR_MODEL_FIELDS) && schema.has(IR_MODEL_FIELDS.NAME)
                ? DSL.exists(DSL.selectOne().from(fieldData).join(f).on(f.ID.eq(fieldData.RES_ID))
                        .where(fieldData.MODULE.eq(module)).and(fieldData.MODEL.eq(DSL.inline("ir.model.fields")))
                        .and(DSL.lower(f.NAME).likeRegex(shape)))
                // the run cannot see which fields the module created: count it as owning some (fail closed)
                : DSL.trueCondition();
        Condition params = DSL.exists(DSL.selectOne().from(paramData).join(p).on(p.ID.eq(paramData.RES_ID))
                .where(paramData.MODULE.eq(module)).and(paramData.MODEL.eq(DSL.inline("ir.config_parameter")))
                .and(DSL.lower(p.KEY).likeRegex(shape)));
        Condition prefixedParams = DSL.exists(DSL.selectOne().from(prefixed)
                .where(DSL.left(prefixed.KEY, DSL.length(module).plus(1)).eq(module.concat(DSL.inline("."))))
                .and(DSL.lower(prefixed.KEY).likeRegex(shape)));
        return fields.or(params).or(prefixedParams);
    }

    /**
     * A name made of words (split at anything not a letter or digit) among which a credential word
     * ({@link CredentialParameters#DEFAULT_WORDS}) or an endpoint word appears, e.g. {@code zoho_api_key},
     * {@code ipai_mailgun.webhook_url}, {@code smtp_host}.
     */
    static String shapeRegex() {
        List<String> words = new ArrayList<>(CredentialParameters.DEFAULT_WORDS);
        words.addAll(ENDPOINT_WORDS);
        String alternatives = words.stream().map(w -> w.replace("_", "[^a-z0-9]*")).collect(Collectors.joining("|"));
        return "(^|[^a-z0-9])(" + alternatives + ")([^a-z0-9]|$)";
    }

}
