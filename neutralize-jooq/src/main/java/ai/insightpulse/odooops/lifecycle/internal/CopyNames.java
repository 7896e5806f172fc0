package ai.insightpulse.odooops.lifecycle.internal;

import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the databases a copy goes through. None of them is a name Odoo would ever serve: ENV_DB_MAP only
 * lets an Odoo container open {@code odoo_prod}, {@code odoo_stage} or {@code odoo_dev[_<suffix>]}, and all of
 * these start with {@code odooops_}.
 * <ul>
 *   <li>{@code odooops_tmp_<target>_<8 hex>}: the copy being made and neutralized;</li>
 *   <li>{@code odooops_prev_<target>_<8 hex>}: the previous target, renamed aside at publication, dropped once the
 *       new one is verified;</li>
 *   <li>{@code odooops_kept_<target>_<yyyyMMddHHmm>}: a previous target kept with {@code --keep-previous}; never
 *       cleaned automatically.</li>
 * </ul>
 * A {@code tmp} or {@code prev} database whose run is gone (its advisory lock is free) is an orphan; the next run
 * cleans it.
 */
public final class CopyNames {

    public static final String TMP = "odooops_tmp_";
    public static final String PREV = "odooops_prev_";
    public static final String KEPT = "odooops_kept_";
    /** The longest target name that leaves room for every prefix and suffix within PostgreSQL's 63 bytes. */
    public static final int MAX_TARGET_LENGTH = 63 - KEPT.length() - 13;

    private static final Pattern WORK_NAME = Pattern.compile("odooops_(tmp|prev)_([a-z0-9_]+)_[0-9a-f]{8}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private CopyNames() {
    }

    static String tmp(String target) {
        return TMP + target + "_" + random();
    }

    static String prev(String target) {
        return PREV + target + "_" + random();
    }

    static String kept(String target, ZonedDateTime now) {
        return KEPT + target + "_" + STAMP.format(now);
    }

    /** The kind ({@code tmp} or {@code prev}) and target of a work database name, if it is one. */
    static Optional<WorkDatabase> parse(String name) {
        Matcher m = WORK_NAME.matcher(name);
        return m.matches() ? Optional.of(new WorkDatabase(name, m.group(1).equals("tmp"), m.group(2)))
                : Optional.empty();
    }

    private static String random() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * A database left by a copy run.
     *
     * @param name   its name
     * @param isTmp  a copy in progress ({@code tmp}) rather than a previous target ({@code prev})
     * @param target the target it was made for
     */
    record WorkDatabase(String name, boolean isTmp, String target) {
    }
}
