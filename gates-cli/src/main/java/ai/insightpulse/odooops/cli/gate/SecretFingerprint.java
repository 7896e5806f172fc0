package ai.insightpulse.odooops.cli.gate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a finding may show of a secret: the first 8 hex digits of its SHA-256, enough to tell two values apart or
 * to find the same value elsewhere, never enough to read it.
 */
public final class SecretFingerprint {

    private SecretFingerprint() {
    }

    /** {@code sha256:1a2b3c4d} for {@code value}. */
    public static String of(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
