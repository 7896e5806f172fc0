package ai.insightpulse.odooops.agent.internal;

import ai.insightpulse.odooops.neutralize.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Checks an {@code Authorization: Bearer …} header against the configured token in constant time
 * ({@link MessageDigest#isEqual} compares every byte whatever the first mismatch), so response timing does not
 * leak how much of a guess was right.
 */
public final class BearerToken {

    private static final String PREFIX = "bearer ";

    private final byte[] expected;

    /** @param token the configured token; empty means no call can be authorized */
    public BearerToken(Secret token) {
        this.expected = token.isEmpty() ? new byte[0] : token.reveal().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether a token is configured at all. */
    public boolean configured() {
        return expected.length > 0;
    }

    /** Whether {@code authorization} (the header value, if any) carries the configured token. */
    public boolean accepts(Optional<String> authorization) {
        if (!configured() || authorization.isEmpty()) {
            return false;
        }
        String header = authorization.get();
        if (header.length() < PREFIX.length() || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] presented = header.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, presented);
    }
}
