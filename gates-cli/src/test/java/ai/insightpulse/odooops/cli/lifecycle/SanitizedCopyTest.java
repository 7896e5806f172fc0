package ai.insightpulse.odooops.cli.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clone --sanitize} and {@code restore --sanitize} (issue 17): the copy is sanitized in the same transaction
 * as its neutralization, before it is published, so no unsanitized copy is ever visible under the target name.
 */
class SanitizedCopyTest {

    private static final String ALICE = "alice@acme-customer.be";

    private final TestServer server = new TestServer();

    @TempDir
    Path dir;

    @AfterEach
    void dropWhatTheTestMade() {
        server.close();
    }

    /** A prod-like source with the personal-data tables of a real 18.0 and one customer who is also a user. */
    private String sourceWithPersonalData() throws IOException {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        try (InputStream in = SanitizedCopyTest.class.getResourceAsStream("/odoo/18.0/sanitize-tables-18.0.sql")) {
            TestServer.execute(source, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        TestServer.execute(source, "INSERT INTO res_partner (id, name, email, phone, is_company, type, autopost_bills)"
                + " VALUES (900001, 'Alice Martens', '" + ALICE + "', '+32 475 12 34 56', false, 'contact', 'ask');"
                + "INSERT INTO res_users (login, partner_id, company_id, password, notification_type) SELECT '"
                + ALICE + "', 900001, min(id), 'prod-hash', 'email' FROM res_company");
        return source;
    }

    @Test
    void cloneSanitizepublishesASanitizedCopyAndLeavesTheSourceAlone() throws Exception {
        String source = sourceWithPersonalData();
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));

        CliRun run = CliRun.of(TestServer.variables(), "clone", "--from=" + source, "--to=" + target, "--yes",
                "--sanitize");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).singleElement().asString().contains("\"sanitize_partners\":{\"outcome\":\"changed\"");
        assertThat(run.out() + run.err()).doesNotContain(ALICE).doesNotContain("475 12 34 56");
        // the seeded number, not any "475": the fake number's digits come from a keyed digest and may hold it
        assertThat(TestServer.scalar(target, "SELECT count(*) FROM res_partner WHERE email ILIKE '%acme-customer%'"
                + " OR regexp_replace(phone, '[^0-9]', '', 'g') LIKE '%32475123456%'")).isEqualTo(0L);
        assertThat((String) TestServer.scalar(target, "SELECT phone FROM res_partner WHERE id = 900001"))
                .startsWith("+999");
        assertThat((String) TestServer.scalar(target, "SELECT login FROM res_users WHERE partner_id = 900001"))
                .matches("test\\+[0-9a-f]{16}@example\\.com");
        assertThat(TestServer.scalar(source, "SELECT email FROM res_partner WHERE id = 900001")).isEqualTo(ALICE);
        assertThat(TestServer.workDatabases(target)).isEmpty();
    }

    @Test
    void aSanitizeThatFailsPublishesNothingUnderTheTargetName() throws Exception {
        String source = sourceWithPersonalData();
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        // a constraint the masked address breaks: the sanitize statement fails on the temporary copy
        TestServer.execute(source, "ALTER TABLE res_partner ADD CONSTRAINT no_test_addresses "
                + "CHECK (email NOT LIKE 'test+%')");

        CliRun run = CliRun.of(TestServer.variables(), "clone", "--from=" + source, "--to=" + target, "--yes",
                "--sanitize");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.out() + run.err()).doesNotContain(ALICE);
        assertThat(TestServer.exists(target)).isFalse();
        assertThat(TestServer.workDatabases(target)).isEmpty();
    }

    @Test
    void restoreSanitizePublishesASanitizedCopy() throws Exception {
        String source = sourceWithPersonalData();
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        Path dump = RestoreCommandTest.pgDump(source, "--format=custom", dir.resolve("prod.dump"));

        CliRun run = CliRun.of(TestServer.variables(), List.of("restore", "--dump", dump.toString(), "--to", target,
                "--yes", "--sanitize").toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(TestServer.scalar(target, "SELECT count(*) FROM res_partner WHERE email ILIKE '%acme-customer%'"))
                .isEqualTo(0L);
        assertThat(TestServer.scalar(target, "SELECT count(*) FROM res_users WHERE password = 'prod-hash'"))
                .isEqualTo(0L);
        assertThat(TestServer.workDatabases(target)).isEmpty();
    }
}
