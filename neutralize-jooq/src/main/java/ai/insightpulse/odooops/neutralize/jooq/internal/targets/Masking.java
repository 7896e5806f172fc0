package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CONFIG_PARAMETER;

import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The masking functions of the sanitize step, as SQL expressions, so every row is masked by one set-based
 * statement per table. One source address yields one masked address everywhere (partner, login, message author,
 * recipients): {@code test+<pseudonym>@example.com}, the pseudonym being a keyed digest of the lower-cased address.
 * The key is drawn by PostgreSQL for this copy (never prod's {@code database.secret}) and kept in the copy
 * ({@value #KEY}), so later runs map the same way; it never passes through the JVM. A masked value is
 * recognisable (the {@code example.com} form, phones beginning {@code 999}), which makes runs 2..N change nothing.
 */
public final class Masking {

    /** The {@code ir_config_parameter} holding this copy's masking key. */
    static final String KEY = "odooops.sanitize_key";
    static final String MASKED_EMAIL_LIKE = "test+%@example.com";
    private static final String ADDRESS = "[^\\s<>\"',;()]+@[^\\s<>\"',;()]+";
    private static final String MASKED_ADDRESS = "test\\+[0-9a-f]+@example\\.com";
    private static final String MASKED_LIST = "^" + MASKED_ADDRESS + "(, " + MASKED_ADDRESS + ")*$";
    private static final String FAKE_PHONE = "^\\+?999[0-9]*$";
    private static final String HASHED = "^hash:[0-9a-f]{16}$";

    private Masking() {
    }

    /** Draws the copy's key once; counts 1 only on the run that draws it. */
    static Step drawKey(RunContext context) {
        var p = IR_CONFIG_PARAMETER;
        Condition absent = DSL.notExists(DSL.selectOne().from(p).where(p.KEY.eq(KEY)));
        Field<String> fresh = DSL.function("md5", String.class,
                DSL.function("gen_random_uuid", Object.class).cast(String.class)
                        .concat(DSL.function("clock_timestamp", Object.class).cast(String.class)));
        var insert = context.dsl().insertInto(p, p.KEY, p.VALUE)
                .select(DSL.select(DSL.inline(KEY), fresh).where(absent))
                .onConflict(p.KEY).doNothing();
        Field<Integer> pending = DSL.when(absent, DSL.inline(1)).otherwise(DSL.inline(0));
        return new Step(pending, insert);
    }

    private static Field<String> key() {
        return DSL.field(DSL.select(IR_CONFIG_PARAMETER.VALUE).from(IR_CONFIG_PARAMETER)
                .where(IR_CONFIG_PARAMETER.KEY.eq(KEY)));
    }

    private static Field<String> digest(Field<String> value) {
        return DSL.function("md5", String.class, key().concat(DSL.inline(":")).concat(value));
    }

    /** The masked form of one address. */
    public static Field<String> maskedEmail(Field<String> address) {
        Field<String> normal = DSL.lower(DSL.trim(address));
        return DSL.inline("test+").concat(DSL.substring(digest(normal), 1, 16)).concat(DSL.inline("@example.com"));
    }

    /** An address column that holds an address not masked yet. */
    public static Condition unmaskedEmail(Field<String> column) {
        return column.isNotNull().and(column.ne(DSL.inline(""))).and(column.notLike(MASKED_EMAIL_LIKE));
    }

    /** The column with {@code masked} when it is an unmasked address, as it is otherwise. */
    public static Field<String> maskEmail(Field<String> column) {
        return DSL.when(unmaskedEmail(column), maskedEmail(column)).otherwise(column);
    }

    /**
     * A free-text column ("Name" &lt;a@b&gt;, lists of recipients) not in the masked form yet: it holds an {@code @}
     * and is not exactly a list of masked addresses (what {@link #maskAddresses} writes). One anchored match per row.
     */
    static Condition hasUnmaskedAddress(Field<String> column) {
        return column.like(DSL.inline("%@%")).and(column.notLikeRegex(DSL.inline(MASKED_LIST)));
    }

    /**
     * Every address in the column replaced by its masked form, names dropped: {@code a@b, "C" <c@d>} becomes
     * {@code test+…@example.com, test+…@example.com}. A column with one {@code @} (the usual author or recipient)
     * takes its one address without a per-row subquery; lists go through {@code regexp_matches}.
     */
    static Field<String> maskAddresses(Field<String> column) {
        Field<String[]> match = DSL.field(DSL.name("found", "m"), String[].class);
        Field<String> each = DSL.field("{0}[1]", String.class, match);
        Field<String> all = DSL.field(DSL.select(DSL.function("string_agg", String.class, maskedEmail(each),
                DSL.inline(", "))).from(DSL.table("regexp_matches({0}, {1}, 'g')", column,
                DSL.inline("(" + ADDRESS + ")")).as("found", "m")));
        Field<String> one = maskedEmail(DSL.field("substring({0} from {1})", String.class, column,
                DSL.inline(ADDRESS)));
        return DSL.when(hasUnmaskedAddress(column),
                DSL.when(column.likeRegex(DSL.inline("^[^@]*@[^@]*$")), one).otherwise(all)).otherwise(column);
    }

    /** A phone column holding a number not faked yet. */
    public static Condition realPhone(Field<String> column) {
        return column.isNotNull().and(column.ne(DSL.inline(""))).and(column.notLikeRegex(FAKE_PHONE));
    }

    /**
     * A fake number of the same length class: the leading {@code +} kept, then {@code 999} (no country uses +999;
     * ITU keeps it spare) and digits from the keyed digest, as many digits in all as the original had (at least 4).
     */
    public static Field<String> fakePhone(Field<String> column) {
        // digits counted by translate (no regex per row); one digest gives 32 hex digits, doubled for longer numbers
        Field<Integer> digits = DSL.length(column).minus(DSL.length(DSL.translate(column, DSL.inline("0123456789"),
                DSL.inline(""))));
        Field<String> pool = DSL.translate(DSL.repeat(digest(column), DSL.inline(2)),
                DSL.inline("abcdef"), DSL.inline("012345"));
        Field<String> plus = DSL.when(DSL.trim(column).like("+%"), DSL.inline("+")).otherwise(DSL.inline(""));
        Field<String> fake = plus.concat(DSL.inline("999"))
                .concat(DSL.substring(pool, DSL.inline(1), DSL.greatest(digits.minus(3), DSL.inline(1))));
        return DSL.when(realPhone(column), fake).otherwise(column);
    }

    /** A column holding a value not hashed yet. */
    public static Condition unhashed(Field<String> column) {
        return column.isNotNull().and(column.ne(DSL.inline(""))).and(column.notLikeRegex(DSL.inline(HASHED)));
    }

    /** {@code hash:} and 16 hex digits of the keyed digest, where the value is not hashed yet. */
    public static Field<String> hash(Field<String> column) {
        return DSL.when(unhashed(column), DSL.inline("hash:").concat(DSL.substring(digest(column), 1, 16)))
                .otherwise(column);
    }
}
