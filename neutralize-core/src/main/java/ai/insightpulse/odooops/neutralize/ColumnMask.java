package ai.insightpulse.odooops.neutralize;

import java.util.Objects;

/**
 * One column's masking in a declared rule.
 *
 * @param function the masking function
 * @param constant the value for {@link MaskFunction#CONSTANT} ({@link Boolean}, {@link Long} or {@link String});
 *                 {@code null} for every other function
 */
public record ColumnMask(MaskFunction function, Object constant) {

    /** Checks that only {@code constant} carries a value. */
    public ColumnMask {
        Objects.requireNonNull(function, "function");
        if (function == MaskFunction.CONSTANT ? constant == null : constant != null) {
            throw new IllegalArgumentException(function == MaskFunction.CONSTANT
                    ? "constant needs a value (use null to empty the column)" : "only constant takes a value");
        }
    }

    /** A function without a value. */
    public static ColumnMask of(MaskFunction function) {
        return new ColumnMask(function, null);
    }
}
