package ai.insightpulse.odooops.neutralize;

import java.util.Optional;
import java.util.Set;

/**
 * The opt-in sanitize step: personal data, passwords and API keys out of a copy, in the same transaction as its
 * neutralization and never without it.
 *
 * @param enabled          whether the copy is sanitized at all
 * @param stagingPassword  the password every user gets; empty disables every password (Odoo refuses an empty hash)
 * @param keptLogins       logins left as they are besides {@code admin}
 * @param maskCompanies    whether companies' names and addresses are masked too (individuals' always are)
 */
public record Sanitization(boolean enabled, Optional<StagingPassword> stagingPassword, Set<String> keptLogins,
                           boolean maskCompanies) {

    /** The login Odoo creates for its administrator; always kept. */
    public static final String ADMIN_LOGIN = "admin";

    /** Copies the sets. */
    public Sanitization {
        keptLogins = Set.copyOf(keptLogins);
    }

    /** No sanitization (the default). */
    public static Sanitization off() {
        return new Sanitization(false, Optional.empty(), Set.of(), false);
    }

    /** Sanitization with the given staging password (or none: passwords disabled) and kept logins. */
    public static Sanitization on(Optional<StagingPassword> stagingPassword, Set<String> keptLogins) {
        return new Sanitization(true, stagingPassword, keptLogins, false);
    }
}
