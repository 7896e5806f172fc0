package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The masking conditions decide without regular expressions where string functions can (they run once per row of
 * the largest tables); this checks, on a real PostgreSQL, that each decides exactly as the anchored pattern it
 * stands for, on values chosen to sit on every edge of those patterns.
 */
class MaskingFormsTest {

    private static final DSLContext SQL = DSL.using(SQLDialect.POSTGRES);
    private static OdooDatabase db;

    @BeforeAll
    static void database() {
        db = OdooDatabase.createDev("18.0");
        db.execute("INSERT INTO ir_config_parameter (key, value) VALUES ('" + Masking.KEY + "', md5('test'))");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static final List<String> ADDRESSES = List.of("a@b.c", "\"Name\" <a@b.c>", "A@B.C", " a@b.c ",
            "test+0123456789abcdef@example.com", "test+@example.com", "test+0123456789ABCDEF@example.com",
            "test+12g4@example.com", "test+1234@example.com.evil", "xtest+1234@example.com",
            "test+12@example.com, test+34@example.com", "test+12@example.com, a@b.c", "test+12@example.com,test+34@example.com",
            "a@b.c, \"C\" <c@d.e>", "test+12@example.com\n", "test+1_2@example.com", "test+1%2@example.com",
            "no address", "@", "a@", "@b", "a@@b", "test+ab@example.com@x", "test+ab@exampleXcom");

    private static final List<String> PHONES = List.of("+32 475 12 34 56", "999", "9991234", "+9991234", "++9991234",
            "+999", "999 123", "999a", "+999-1", "99", "+99912x", "0999", "+ 999", "999\n", "９９９1");

    private static final List<String> HASHES = List.of("hash:0123456789abcdef", "hash:0123456789abcde",
            "hash:0123456789abcdef0", "hash:0123456789ABCDEF", "hash:0123456789abcdeg", "xhash:0123456789abcdef",
            "hash:", "secret");

    @Test
    void anAddressIsTakenForMaskedExactlyWhenTheMaskedListPatternMatches() {
        Field<String> v = DSL.field("v", String.class);
        Condition pattern = v.like("%@%").and(v.notLikeRegex(
                "^test\\+[0-9a-f]+@example\\.com(, test\\+[0-9a-f]+@example\\.com)*$"));
        assertSameDecisions(ADDRESSES, Masking.hasUnmaskedAddress(v), pattern);
    }

    @Test
    void aPhoneIsTakenForFakeExactlyWhenTheFakePhonePatternMatches() {
        Field<String> v = DSL.field("v", String.class);
        Condition pattern = v.isNotNull().and(v.ne("")).and(v.notLikeRegex("^\\+?999[0-9]*$"));
        assertSameDecisions(PHONES, Masking.realPhone(v), pattern);
    }

    @Test
    void aValueIsTakenForHashedExactlyWhenTheHashPatternMatches() {
        Field<String> v = DSL.field("v", String.class);
        Condition pattern = v.isNotNull().and(v.ne("")).and(v.notLikeRegex("^hash:[0-9a-f]{16}$"));
        assertSameDecisions(HASHES, Masking.unhashed(v), pattern);
    }

    @Test
    void masksAreInTheFormsTheirConditionsRecogniseSoASecondRunChangesNothing() {
        Field<String> v = DSL.field("v", String.class);
        for (String address : List.of("a@b.c", "\"Name\" <a@b.c>", "a@b.c, \"C\" <c@d.e>")) {
            String masked = (String) db.scalar("SELECT " + SQL.renderInlined(Masking.maskAddresses(v))
                    + " FROM (SELECT " + SQL.renderInlined(DSL.inline(address)) + "::varchar AS v) t");
            assertEquals(false, db.scalar("SELECT " + SQL.renderInlined(DSL.field(Masking.hasUnmaskedAddress(v)))
                    + " FROM (SELECT " + SQL.renderInlined(DSL.inline(masked)) + "::varchar AS v) t"), masked);
        }
        String phone = (String) db.scalar("SELECT " + SQL.renderInlined(Masking.fakePhone(v))
                + " FROM (SELECT '+32 475 12 34 56'::varchar AS v) t");
        assertEquals("+999", phone.substring(0, 4));
        assertEquals(11, phone.length() - 1, phone);
        String hashed = (String) db.scalar("SELECT " + SQL.renderInlined(Masking.hash(v))
                + " FROM (SELECT 'secret'::varchar AS v) t");
        assertEquals(false, db.scalar("SELECT " + SQL.renderInlined(DSL.field(Masking.unhashed(v)))
                + " FROM (SELECT " + SQL.renderInlined(DSL.inline(hashed)) + "::varchar AS v) t"), hashed);
    }

    @Test
    void aFakePhoneKeepsTheDigitCountOfShortAndLongNumbersAlike() {
        // up to 22 characters the fake's digits come from one digest, beyond from both: either way as many digits
        // as the original, with the leading + kept
        Field<String> v = DSL.field("v", String.class);
        for (String number : List.of("0475 12 34 56", "+32 475 12 34 56 78 90", "+32 475 12 34 56 78 901",
                "+1 234 567 890 123 456 789 012 345 678 901 234 567")) {
            String fake = (String) db.scalar("SELECT " + SQL.renderInlined(Masking.fakePhone(v))
                    + " FROM (SELECT " + SQL.renderInlined(DSL.inline(number)) + "::varchar AS v) t");
            assertEquals(number.startsWith("+") ? "+999" : "999", fake.substring(0, number.startsWith("+") ? 4 : 3),
                    fake);
            assertEquals(number.replaceAll("[^0-9]", "").length(), fake.replaceAll("[^0-9]", "").length(), fake);
        }
    }

    @Test
    void oneAddressGetsOnePseudonymWhateverItsCaseAndSurroundings() {
        Field<String> v = DSL.field("v", String.class);
        List<Object> masked = new ArrayList<>();
        for (String address : List.of("a@b.c", "\"Name\" <A@B.C>", " a@b.c ")) {
            masked.add(db.scalar("SELECT " + SQL.renderInlined(Masking.maskAddresses(v))
                    + " FROM (SELECT " + SQL.renderInlined(DSL.inline(address)) + "::varchar AS v) t"));
        }
        masked.add(db.scalar("SELECT " + SQL.renderInlined(Masking.maskEmail(v)) + " FROM (SELECT 'A@b.C'::varchar AS v) t"));
        assertEquals(1, masked.stream().distinct().count(), masked.toString());
    }

    private static void assertSameDecisions(List<String> values, Condition ours, Condition pattern) {
        for (String value : values) {
            String from = " FROM (SELECT " + SQL.renderInlined(DSL.inline(value)) + "::varchar AS v) t";
            Object expected = db.scalar("SELECT " + SQL.renderInlined(DSL.field(pattern)) + from);
            Object actual = db.scalar("SELECT " + SQL.renderInlined(DSL.field(ours)) + from);
            assertEquals(expected, actual, "for " + value.replace("\n", "\\n"));
        }
    }
}
