package ai.insightpulse.odooops.neutralize;

import java.util.Locale;
import java.util.Optional;

/**
 * A masking function a declared rule may apply to a column ({@code mask:} in the rules file), the same functions
 * the sanitize profile uses on Odoo's own tables. Every one is idempotent: a masked value is recognisable, so runs
 * 2..N change nothing.
 */
public enum MaskFunction {
    /** An address becomes {@code test+<keyed pseudonym>@example.com}, the same one the partner with it gets. */
    EMAIL,
    /** A number becomes a fake one ({@code 999…}) with the same count of digits and the leading {@code +} kept. */
    PHONE,
    /** A value becomes {@code hash:<16 hex digits>}, a keyed digest: equal values stay equal, nothing else is kept. */
    HASH,
    /** A value becomes the rule's constant (bound, typed by the column like a {@code set} value). */
    CONSTANT,
    /** A value becomes NULL. */
    NULL;

    /** How the rules file spells it. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The function the rules file names, if any. */
    public static Optional<MaskFunction> fromWireName(String name) {
        for (MaskFunction f : values()) {
            if (f.wireName().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
