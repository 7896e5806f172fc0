package ai.insightpulse.odooops.neutralize;

import java.util.Arrays;

/**
 * A value that must never be printed: a database password, a token. {@link #toString()} is redacted so that a
 * secret carried by a record or logged by mistake shows as {@code ******}.
 */
public final class Secret {

    private static final Secret EMPTY = new Secret("");
    private final char[] value;

    private Secret(String value) {
        this.value = value.toCharArray();
    }

    /** Wraps a value; {@code null} becomes the empty secret. */
    public static Secret of(String value) {
        return value == null || value.isEmpty() ? EMPTY : new Secret(value);
    }

    /** The empty secret (no password). */
    public static Secret empty() {
        return EMPTY;
    }

    /** The clear value, for handing to a driver. Never log it. */
    public String reveal() {
        return new String(value);
    }

    /** Whether there is no value. */
    public boolean isEmpty() {
        return value.length == 0;
    }

    /** Removes every occurrence of this secret from {@code text}. */
    public String redactFrom(String text) {
        if (text == null || isEmpty()) {
            return text;
        }
        return text.replace(reveal(), "******");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return isEmpty() ? "" : "******";
    }
}
