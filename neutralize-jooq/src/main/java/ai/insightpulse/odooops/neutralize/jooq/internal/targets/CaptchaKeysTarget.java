package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.List;
import java.util.Set;

/**
 * Empties the reCAPTCHA and Cloudflare Turnstile keys (google_recaptcha, website_cf_turnstile; 19.0 files), so a
 * copy does not spend prod's quota or verify against prod's site. Keys that are absent stay absent.
 */
public final class CaptchaKeysTarget extends ConfigParameterTarget {

    /** The config parameters this target empties. */
    public static final List<String> KEYS = List.of("recaptcha_public_key", "recaptcha_private_key",
            "cf.turnstile_site_key", "cf.turnstile_secret_key");

    /** The target. */
    public CaptchaKeysTarget() {
        super(NeutralizationTarget.CAPTCHA_KEYS);
    }

    @Override
    public List<Step> steps(RunContext context) {
        return List.of(ConfigParameters.setExisting(context, KEYS, ""));
    }

    @Override
    public Set<String> configParameterKeys() {
        return Set.copyOf(KEYS);
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("google_recaptcha, website_cf_turnstile", "ir_config_parameter `recaptcha_public_key`, `recaptcha_private_key`, `cf.turnstile_site_key`, `cf.turnstile_secret_key`",
                "existing keys emptied",
                "19.0 (no-op where the keys are absent)");
    }
}
