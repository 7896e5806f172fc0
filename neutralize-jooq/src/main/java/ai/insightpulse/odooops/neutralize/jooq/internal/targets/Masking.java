package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CONFIG_PARAMETER;

import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TableRewrite;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The masking functions of the sanitize step, as SQL expressions, so every row is masked by one set-based
 * statement per table. One source address yields one masked address everywhere (partner, login, message author,
 * recipients): {@code test+<pseudonym>@example.com}, the pseudonym being a keyed 64-bit digest of the address
 * lower-cased (ASCII letters). The key is drawn by PostgreSQL for this copy (never prod's {@code database.secret})
 * and kept in the copy ({@value #KEY}), so later runs map the same way; it never passes through the JVM. A masked
 * value is recognisable (the {@code example.com} form, phones beginning {@code 999}), which makes runs 2..N change
 * nothing.
 *
 * <p>Every function here runs once per row of the largest tables a copy has ({@code mail_message},
 * {@code res_partner}), so each is written for what PostgreSQL evaluates cheaply (measured in docs/PERFORMANCE.md,
 * "Sanitize"): the digest is {@code hashtextextended} seeded with the key, not {@code md5} (~40x cheaper a row; the
 * pseudonyms are as long either way, and anyone holding the copy holds its key, so a cryptographic digest would
 * protect nothing more); lower-casing folds ASCII letters only (the database's collation folds others too, at ~5x
 * the cost); whether characters are all digits or hex digits is tested on the value's bytes, not its characters
 * ({@link #onlyBytesOf}); and a regular expression runs only where a {@code LIKE} or byte test cannot decide
 * exactly, behind that test. Cutting the address out of {@code "Name" <address>} stays a regular expression: the
 * string functions that would do it exactly cost as much or more ({@code translate} to rule out separators; in
 * session 10, {@code split_part} with a {@code to_json} test, 2.7 s, or with {@code btrim} on bytes, 2.07 s, against
 * the pattern's 2.3 s for 2,000,000 messages).
 */
public final class Masking {

    /** The {@code ir_config_parameter} holding this copy's masking key. */
    static final String KEY = "odooops.sanitize_key";
    /**
     * The transaction-local setting that holds the digest's seed during a table rewrite ({@link TableRewrite}),
     * where PostgreSQL allows no subquery in the expression.
     */
    static final String SEED_SETTING = "odooops.sanitize_seed";
    static final String MASKED_EMAIL_LIKE = "test+%@example.com";
    private static final String ADDRESS = "[^\\s<>\"',;()]+@[^\\s<>\"',;()]+";
    private static final String MASKED_ADDRESS = "test\\+[0-9a-f]+@example\\.com";
    private static final String MASKED_LIST = "^" + MASKED_ADDRESS + "(, " + MASKED_ADDRESS + ")*$";
    private static final String HEX = "0123456789abcdef";
    private static final String DIGITS = "0123456789";
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

    /**
     * The key's first 64 bits as the digest's seed, read and converted once per statement (an uncorrelated
     * subquery: PostgreSQL evaluates it once, before the first row).
     */
    static Field<Long> statementSeed() {
        return DSL.field(DSL.select(DSL.field("('x' || left({0}, 16))::bit(64)::bigint", Long.class,
                IR_CONFIG_PARAMETER.VALUE)).from(IR_CONFIG_PARAMETER).where(IR_CONFIG_PARAMETER.KEY.eq(KEY)));
    }

    /**
     * The seed as a table rewrite reads it: from {@link #SEED_SETTING}, which {@link #setSeed} sets first, once per
     * rewrite ({@link TableRewrite#setting}).
     */
    static Field<Long> settingSeed() {
        return DSL.field("{0}::bigint", Long.class, TableRewrite.setting(SEED_SETTING));
    }

    /** Sets {@link #SEED_SETTING} to the copy's seed for the rest of the transaction (PostgreSQL to PostgreSQL). */
    static Field<String> setSeed() {
        return DSL.function("set_config", String.class, DSL.inline(SEED_SETTING),
                statementSeed().cast(String.class), DSL.inline(true));
    }

    /** The keyed digest of a value, 16 hex digits. */
    private static Field<String> digest(Field<String> value, Field<Long> seed) {
        return DSL.field("lpad(to_hex(hashtextextended({0}, {1})), 16, '0')", String.class, value, seed);
    }

    /** The keyed digest as 19 decimal digits; {@code salt} gives another, independent one. */
    private static Field<String> decimalDigest(Field<String> value, int salt, Field<Long> seed) {
        return DSL.field("lpad((hashtextextended({0}, {1} # " + salt + ") & 9223372036854775807)::text, 19, '0')",
                String.class, value, seed);
    }

    /** The masked form of one address. */
    public static Field<String> maskedEmail(Field<String> address) {
        return maskedEmail(address, statementSeed());
    }

    /** As {@link #maskedEmail(Field)}, the digest seeded by {@code seed}. */
    static Field<String> maskedEmail(Field<String> address, Field<Long> seed) {
        // ASCII case folding: the database's collation would fold other letters too, at ~5x the cost a row
        Field<String> normal = DSL.field("lower(trim({0}) collate \"C\")", String.class, address);
        return DSL.inline("test+").concat(digest(normal, seed)).concat(DSL.inline("@example.com"));
    }

    /** An address column that holds an address not masked yet. */
    public static Condition unmaskedEmail(Field<String> column) {
        return column.isNotNull().and(column.ne(DSL.inline(""))).and(column.notLike(MASKED_EMAIL_LIKE));
    }

    /** The column with {@code masked} when it is an unmasked address, as it is otherwise. */
    public static Field<String> maskEmail(Field<String> column) {
        return maskEmail(column, statementSeed());
    }

    /** As {@link #maskEmail(Field)}, the digest seeded by {@code seed}. */
    static Field<String> maskEmail(Field<String> column, Field<Long> seed) {
        return DSL.when(unmaskedEmail(column), maskedEmail(column, seed)).otherwise(column);
    }

    /**
     * A free-text column ("Name" &lt;a@b&gt;, lists of recipients) not in the masked form yet: it holds an {@code @}
     * and is not exactly a list of masked addresses (what {@link #maskAddresses} writes). A value that does not
     * begin {@code test+} is decided by {@code LIKE} alone, a single address by string functions, and only a list
     * by the anchored pattern.
     */
    static Condition hasUnmaskedAddress(Field<String> column) {
        Condition listMasked = DSL.when(oneAt(column), maskedAddress(column))
                .otherwise(DSL.field(column.likeRegex(DSL.inline(MASKED_LIST)))).eq(DSL.inline(true));
        return column.like(DSL.inline("%@%")).and(DSL.not(column.like(DSL.inline("test+%")).and(listMasked)));
    }

    /** The column holds at most one {@code @} (at least one being known). */
    private static Condition oneAt(Field<String> column) {
        return column.notLike(DSL.inline("%@%@%"));
    }

    /**
     * Exactly one masked address: {@code test+}, hex digits, {@code @example.com} ({@link #MASKED_ADDRESS}), where
     * the column is known to hold one {@code @}: what comes before it is {@code test+} and hex digits.
     */
    private static Field<Boolean> maskedAddress(Field<String> column) {
        Field<String> local = DSL.field("split_part({0}, '@', 1)", String.class, column);
        return DSL.field(column.like(DSL.inline(MASKED_EMAIL_LIKE)).and(column.notLike(DSL.inline("test+@%")))
                .and(onlyBytesOf(local, 6, HEX)));
    }

    /**
     * The characters of {@code value} from position {@code from} on (ASCII before it) are all among {@code ascii},
     * a set of ASCII characters. Exactly what {@code ltrim(substring(value, from), ascii) = ''} says, at a fraction
     * of its cost a row: the test runs on the value's bytes (its {@code textsend}, the bytes stored, whatever the
     * database's encoding: every character outside ASCII is bytes of 0x80 and above, never in the set), where
     * {@code ltrim} and {@code substring} of text look up every character's length and compare it with each of the
     * set's (1.15 µs a 16-character value here, against 0.25 µs). Masked values are what the post-check and every
     * later run read: ~2 s of the post-check's CPU at 2,000,000 messages.
     */
    private static Condition onlyBytesOf(Field<String> value, int from, String ascii) {
        StringBuilder hex = new StringBuilder();
        ascii.chars().forEach(c -> hex.append(String.format("%02x", c)));
        Field<byte[]> bytes = DSL.field("textsend({0})", byte[].class, value);
        if (from > 1) {
            bytes = DSL.field("substr({0}, {1})", byte[].class, bytes, DSL.inline(from));
        }
        return DSL.condition("btrim({0}, decode({1}, 'hex')) = ''::bytea", bytes, DSL.inline(hex.toString()));
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
        return DSL.when(hasUnmaskedAddress(column), DSL.when(oneAt(column), oneAddress(column, statementSeed()))
                .otherwise(all)).otherwise(column);
    }

    /**
     * As {@link #maskAddresses}, for a table rewrite: a column with one {@code @} takes its masked address, a list
     * is left as it is (the list needs a subquery, which a rewrite's expression may not hold) for the
     * {@code UPDATE} that follows the rewrite.
     */
    static Field<String> maskSingleAddress(Field<String> column, Field<Long> seed) {
        return DSL.when(hasUnmaskedAddress(column).and(oneAt(column)), oneAddress(column, seed)).otherwise(column);
    }

    private static Field<String> oneAddress(Field<String> column, Field<Long> seed) {
        return maskedEmail(DSL.field("substring({0} from {1})", String.class, column, DSL.inline(ADDRESS)), seed);
    }

    /** A phone column holding a number not faked yet. */
    public static Condition realPhone(Field<String> column) {
        return column.isNotNull().and(column.ne(DSL.inline(""))).and(DSL.not(fakePhoneForm(column)));
    }

    /** {@code ^\\+?999[0-9]*$}: {@code 999}, after one optional {@code +}, then digits only. */
    private static Condition fakePhoneForm(Field<String> column) {
        return column.like(DSL.inline("999%")).and(onlyBytesOf(column, 1, DIGITS))
                .or(column.like(DSL.inline("+999%")).and(onlyBytesOf(column, 2, DIGITS)));
    }

    /**
     * A fake number of the same length class: the leading {@code +} kept, then {@code 999} (no country uses +999;
     * ITU keeps it spare) and digits from the keyed digest, as many digits in all as the original had (at least 4).
     */
    public static Field<String> fakePhone(Field<String> column) {
        return fakePhone(column, statementSeed());
    }

    /** As {@link #fakePhone(Field)}, the digest seeded by {@code seed}. */
    static Field<String> fakePhone(Field<String> column, Field<Long> seed) {
        // digits counted by translate (no regex per row); two digests give 38 digits, doubled for
        // longer numbers. A value of at most 22 characters has at most 22 digits, so it takes at most 19 from the
        // pool, all from its first digest: the second is computed only for longer values (the same fake either
        // way; ~0.4 s less a phone column per million rows)
        Field<Integer> digits = DSL.length(column).minus(DSL.length(DSL.translate(column, DSL.inline("0123456789"),
                DSL.inline(""))));
        Field<String> first = decimalDigest(column, 0, seed);
        Field<String> pool = DSL.when(DSL.charLength(column).le(DSL.inline(22)), first)
                .otherwise(DSL.repeat(first.concat(decimalDigest(column, 1, seed)), DSL.inline(2)));
        Field<String> plus = DSL.when(DSL.trim(column).like("+%"), DSL.inline("+")).otherwise(DSL.inline(""));
        Field<String> fake = plus.concat(DSL.inline("999"))
                .concat(DSL.substring(pool, DSL.inline(1), DSL.greatest(digits.minus(3), DSL.inline(1))));
        return DSL.when(realPhone(column), fake).otherwise(column);
    }

    /** A column holding a value not hashed yet. */
    public static Condition unhashed(Field<String> column) {
        // ^hash:[0-9a-f]{16}$
        Condition hashed = column.like(DSL.inline("hash:%")).and(DSL.charLength(column).eq(DSL.inline(21)))
                .and(onlyBytesOf(column, 6, HEX));
        return column.isNotNull().and(column.ne(DSL.inline(""))).and(DSL.not(hashed));
    }

    /** {@code hash:} and 16 hex digits of the keyed digest, where the value is not hashed yet. */
    public static Field<String> hash(Field<String> column) {
        return DSL.when(unhashed(column), DSL.inline("hash:").concat(digest(column, statementSeed())))
                .otherwise(column);
    }
}
