package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.POS_PAYMENT_METHOD;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import ai.insightpulse.odooops.neutralize.jooq.internal.schema.tables.PosPaymentMethod;
import java.util.List;

/**
 * Puts every point-of-sale payment terminal in test mode and replaces its keys with Odoo's dummy values, as the
 * {@code pos_<terminal>} modules' files do (adyen 16.0+; mercado_pago, paytm, razorpay, viva_wallet 17.0/18.0+;
 * glory_cash, pine_labs, qfpay, viva_com 19.0). Each terminal's columns exist only with its module.
 */
public final class PosTerminalsTarget extends RewriteTarget {

    private static final PosPaymentMethod M = POS_PAYMENT_METHOD;
    /** The dummy key Odoo writes for Paytm and Razorpay. */
    static final String DUMMY_KEY = "dummykey00012345";

    /** The target. */
    public PosTerminalsTarget() {
        super(NeutralizationTarget.POS_TERMINALS);
    }


    @Override
    List<ColumnRewrite> rewrites() {
        return List.of(ColumnRewrite.of(M)
                .set(M.ADYEN_TEST_MODE, true)
                // pos_mercado_pago only rewrites methods that have a token
                .setWhere(M.MP_BEARER_TOKEN, "dummy_value", M.MP_BEARER_TOKEN.isNotNull())
                .setWhere(M.MP_WEBHOOK_SECRET_KEY, "dummy_value", M.MP_BEARER_TOKEN.isNotNull(), M.MP_BEARER_TOKEN)
                .set(M.PAYTM_TEST_MODE, true).set(M.PAYTM_MERCHANT_KEY, DUMMY_KEY)
                .set(M.RAZORPAY_TEST_MODE, true).set(M.RAZORPAY_API_KEY, DUMMY_KEY)
                .set(M.VIVA_WALLET_TEST_MODE, true)
                .set(M.VIVA_COM_TEST_MODE, true)
                .set(M.GLORY_WEBSOCKET_ADDRESS, "0.0.0.0")
                .set(M.PINE_LABS_TEST_MODE, true).set(M.PINE_LABS_MERCHANT, "dummymerchant")
                .set(M.PINE_LABS_SECURITY_TOKEN, "dummy123456")
                .set(M.QFPAY_POS_KEY, "dummy").set(M.QFPAY_NOTIFICATION_KEY, "dummy"));
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("pos_adyen, pos_mercado_pago, pos_paytm, pos_razorpay, pos_viva_wallet, pos_viva_com, "
                + "pos_glory_cash, pos_pine_labs, pos_qfpay",
                "pos_payment_method terminal columns present (`*_test_mode`, keys, tokens, glory websocket address)",
                "every terminal in test mode; keys and tokens replaced by Odoo's dummy values",
                "16.0–19.0 when a terminal module is installed (columns probed; none in the bare fixtures)");
    }
}
