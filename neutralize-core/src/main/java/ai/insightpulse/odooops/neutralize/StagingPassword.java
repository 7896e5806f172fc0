package ai.insightpulse.odooops.neutralize;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The one password every user of a sanitized copy gets, stored as Odoo 16.0–19.0 store passwords: passlib's
 * {@code pbkdf2_sha512} format {@code $pbkdf2-sha512$<rounds>$<salt>$<checksum>} (salt and checksum in passlib's
 * "adapted base64": standard alphabet with {@code .} for {@code +}, no padding). Odoo verifies any round count
 * written in the hash; we use 600,000, the floor Odoo 17.0+ applies when it hashes a password itself.
 *
 * <p>The salt is derived from the password, so the same password always yields the same hash and a second run
 * on a copy changes nothing; every user shares the password anyway, so a per-user salt would hide nothing.
 */
public final class StagingPassword {

    /** Odoo's minimum rounds (res_users MIN_ROUNDS, 17.0+); 16.0 verifies any count. */
    public static final int ROUNDS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int CHECKSUM_BYTES = 64;

    private final String odooHash;

    private StagingPassword(String odooHash) {
        this.odooHash = odooHash;
    }

    /** Hashes {@code password} (non-empty) in Odoo's format; takes a fraction of a second (600,000 rounds). */
    public static StagingPassword of(Secret password) {
        if (password.isEmpty()) {
            throw new ConfigException("the staging password is empty");
        }
        try {
            byte[] seed = MessageDigest.getInstance("SHA-256").digest(
                    ("odooops staging salt:" + password.reveal()).getBytes(StandardCharsets.UTF_8));
            byte[] salt = Arrays.copyOf(seed, SALT_BYTES);
            return new StagingPassword(hash(password.reveal(), salt, ROUNDS));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is not available in this JDK", e);
        }
    }

    static String hash(String password, byte[] salt, int rounds) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, rounds, CHECKSUM_BYTES * 8);
        byte[] checksum = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        spec.clearPassword();
        return "$pbkdf2-sha512$" + rounds + "$" + adaptedBase64(salt) + "$" + adaptedBase64(checksum);
    }

    private static String adaptedBase64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes).replace('+', '.');
    }

    /** The value for {@code res_users.password}. */
    public String odooHash() {
        return odooHash;
    }

    @Override
    public String toString() {
        return "StagingPassword[***]";
    }
}
