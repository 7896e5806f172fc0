package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.DELIVERY_CARRIER;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.List;

/**
 * Takes every carrier out of production mode and archives the carriers linked to an outside provider (delivery,
 * 17.0+); Mondial Relay's brand becomes its test brand.
 *
 * <p>Odoo 16.0 archives <em>every</em> carrier, fixed-price and rule-based ones included, which breaks checkout
 * on the copy without making anything safer (those carriers never call out). We apply the 17.0+ rule on every
 * series, deliberately.
 */
public final class DeliveryCarriersTarget extends RewriteTarget {

    /** Carrier types that compute prices locally and never call a provider. */
    static final List<String> LOCAL_TYPES = List.of("fixed", "base_on_rule");
    /** delivery_mondialrelay's test brand: BDTEST followed by two spaces. */
    static final String MONDIALRELAY_TEST_BRAND = "BDTEST  ";

    /** The target. */
    public DeliveryCarriersTarget() {
        super(NeutralizationTarget.DELIVERY_CARRIERS);
    }


    @Override
    List<ColumnRewrite> rewrites() {
        return List.of(ColumnRewrite.of(DELIVERY_CARRIER)
                .set(DELIVERY_CARRIER.PROD_ENVIRONMENT, false)
                .setWhere(DELIVERY_CARRIER.ACTIVE, false,
                        DELIVERY_CARRIER.DELIVERY_TYPE.notIn(LOCAL_TYPES).or(DELIVERY_CARRIER.DELIVERY_TYPE.isNull()),
                        DELIVERY_CARRIER.DELIVERY_TYPE)
                .set(DELIVERY_CARRIER.MONDIALRELAY_BRAND, MONDIALRELAY_TEST_BRAND));
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("delivery, delivery_mondialrelay",
                "delivery_carrier.prod_environment, .active, .mondialrelay_brand",
                "`prod_environment` false; carriers other than `fixed`/`base_on_rule` archived; Mondial Relay "
                        + "brand `BDTEST  `",
                "16.0–19.0; the 17.0+ rule everywhere (16.0's Odoo archives all carriers, we keep local ones)");
    }
}
