package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CONFIG_PARAMETER;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.WEBSITE;

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
 * Replaces the Google Places API key with Odoo's {@code dummy}: on websites (website_sale_autocomplete,
 * 16.0+) and in the 19.0 config parameter of google_address_autocomplete, so a copy does not bill prod's Google
 * account for address completion.
 */
public final class GooglePlacesTarget implements Target {

    /** The value Odoo writes. */
    public static final String DUMMY = "dummy";
    /** The 19.0 config parameter. */
    public static final String PARAMETER = "google_address_autocomplete.google_places_api_key";

    @Override
    public NeutralizationTarget id() {
        return NeutralizationTarget.GOOGLE_PLACES;
    }

    @Override
    public Set<Table<?>> tables() {
        return Set.of(WEBSITE, IR_CONFIG_PARAMETER);
    }

    @Override
    public Optional<String> unavailableReason(ProbedSchema schema) {
        return ConfigParameters.unavailableReason(schema);
    }

    @Override
    public List<Step> steps(RunContext context) {
        // every website, NULL keys included, as website_sale_autocomplete's file does (16.0–19.0)
        List<Step> steps = new ArrayList<>(ColumnRewrite.of(WEBSITE)
                .set(WEBSITE.GOOGLE_PLACES_API_KEY, DUMMY).steps(context));
        steps.add(ConfigParameters.setExisting(context, List.of(PARAMETER), DUMMY));
        return steps;
    }

    @Override
    public Set<String> configParameterKeys() {
        return Set.of(PARAMETER);
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("website_sale_autocomplete, google_address_autocomplete",
                "website.google_places_api_key; ir_config_parameter `" + PARAMETER + "`",
                "API key set to `dummy` on every website (NULL ones included, as Odoo does); the parameter where it "
                        + "exists",
                "16.0–19.0 when the module is installed (column/key probed)");
    }
}
