package ai.insightpulse.odooops.neutralize.jooq.internal.modules;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The modules whose {@code data/neutralize.sql} the built-in targets mirror, per Odoo series: their files are
 * never run (running them too would, for one, insert a second sink mail server on every run, as Odoo's own
 * {@code base} file does). Facts: the community trees of odoo/odoo 16.0–19.0 (36, 43, 47 and 67 files; see
 * {@code docs/TARGETS.md} for which target mirrors which file), plus OCA server-auth's {@code auth_api_key}, whose
 * file the {@code auth_api_keys} target mirrors. Enterprise modules' files are not mirrored: they run.
 *
 * <p>{@link #coveredByBuiltIn} adds OCA {@code queue_job}, which the {@code queue_jobs} target covers (its 16.0–18.0
 * branches ship no file; a later one does, and the target mirrors it): such a module's file never runs, and the
 * module is never "uncovered".
 */
public final class MirroredModules {

    /** In all four series (16.0–19.0). */
    private static final Set<String> EVERY_SERIES = Set.of("auth_oauth", "payment", "payment_adyen", "payment_aps",
            "payment_authorize", "payment_buckaroo", "payment_flutterwave", "payment_mercado_pago", "payment_mollie",
            "payment_stripe", "pos_adyen", "l10n_eg_edi_eta", "l10n_ke_edi_tremol", "l10n_sa_edi", "web",
            "website_sale_autocomplete", "base", "mail", "google_calendar", "microsoft_calendar", "website",
            "delivery", "iap", "account_edi_proxy_client", "payment_paypal", "payment_asiapay", "l10n_es_edi_sii",
            "l10n_in_edi", "payment_razorpay", "auth_api_key");
    /** 16.0 and 17.0 only (the providers were removed in 18.0). */
    private static final Set<String> UNTIL_17 = Set.of("payment_alipay", "payment_ogone", "payment_payulatam",
            "payment_payumoney", "payment_sips");
    /** 16.0–18.0 (gone in 19.0). */
    private static final Set<String> UNTIL_18 = Set.of("l10n_in_edi_ewaybill", "website_event_jitsi");
    /** From 17.0. */
    private static final Set<String> FROM_17 = Set.of("delivery_mondialrelay", "l10n_hu_edi", "payment_xendit",
            "pos_mercado_pago", "pos_razorpay");
    /** 17.0–18.0. */
    private static final Set<String> ONLY_17_18 = Set.of("pos_paytm", "pos_viva_wallet");
    /** From 18.0. */
    private static final Set<String> FROM_18 = Set.of("certificate", "cloud_storage", "cloud_storage_azure",
            "cloud_storage_google", "l10n_es_edi_tbai", "l10n_my_edi", "l10n_ro_edi", "l10n_vn_edi_viettel",
            "payment_worldline");
    /** New in 19.0. */
    private static final Set<String> FROM_19 = Set.of("account_peppol", "l10n_dk_nemhandel", "google_recaptcha",
            "website_cf_turnstile", "google_address_autocomplete", "l10n_in", "l10n_in_ewaybill", "l10n_it_edi",
            "l10n_es_edi_verifactu", "l10n_gr_edi", "l10n_jo_edi", "l10n_rs_edi", "l10n_tr_nilvera", "sale_gelato",
            "sms_twilio", "payment_dpo", "payment_iyzico", "payment_nuvei", "payment_paymob", "payment_redsys",
            "pos_glory_cash", "pos_pine_labs", "pos_qfpay", "pos_viva_com");

    /** OCA modules a built-in target covers whether or not they ship a file. */
    private static final Set<String> OCA_WITHOUT_FILE = Set.of("queue_job");

    private static final Map<String, Set<String>> BY_SERIES = Map.of(
            "16.0", union(EVERY_SERIES, UNTIL_17, UNTIL_18),
            "17.0", union(EVERY_SERIES, UNTIL_17, UNTIL_18, FROM_17, ONLY_17_18),
            "18.0", union(EVERY_SERIES, UNTIL_18, FROM_17, ONLY_17_18, FROM_18),
            "19.0", union(EVERY_SERIES, FROM_17, FROM_18, FROM_19));

    private static final Set<String> ANY_SERIES = union(EVERY_SERIES, UNTIL_17, UNTIL_18, FROM_17, ONLY_17_18,
            FROM_18, FROM_19);

    private MirroredModules() {
    }

    /**
     * The mirrored modules of {@code series}. An unknown series (a {@code saas~} build, a series after 19.0)
     * gets the union of all: a file a built-in target mirrors in any series never runs twice.
     */
    public static Set<String> of(Optional<String> series) {
        return series.map(BY_SERIES::get).orElse(ANY_SERIES);
    }

    /** The series the table knows. */
    public static Set<String> series() {
        return new TreeSet<>(BY_SERIES.keySet());
    }

    /** Whether a built-in target covers {@code module} in {@code series} (its file mirrored, or an OCA target). */
    public static boolean coveredByBuiltIn(String module, Optional<String> series) {
        return of(series).contains(module) || OCA_WITHOUT_FILE.contains(module);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new TreeSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }
}
