package ai.insightpulse.odooops.neutralize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hard stops of seed §8 and the rest of configuration validation: all before any connection. */
class ConfigVariablesTest {

    private static Map<String, String> vars(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String reason(Map<String, String> vars, boolean dryRun) {
        try {
            ConfigVariables.read(vars, dryRun);
        } catch (ConfigException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a ConfigException");
    }

    @Test
    void stageWithItsDatabaseAndConfirmationIsAccepted() {
        NeutralizeConfig c = ConfigVariables.read(vars("IPAI_ENV", "stage", "DB_NAME", "odoo_stage",
                "IPAI_NEUTRALIZE_CONFIRM", "YES", "DB_HOST", "db", "DB_PORT", "6543", "DB_USER", "odoo",
                "DB_PASSWORD", "pw"), false);
        assertThat(c.environment()).isEqualTo(Environment.STAGE);
        assertThat(c.database().host()).isEqualTo("db");
        assertThat(c.database().port()).isEqualTo(6543);
        assertThat(c.database().password().reveal()).isEqualTo("pw");
        assertThat(c.cronAllowlist()).isEqualTo(CronAllowlist.defaults());
        assertThat(c.targets()).containsExactlyInAnyOrder(java.util.Arrays.stream(NeutralizationTarget.values())
                .filter(t -> !t.isSanitize()).toArray(NeutralizationTarget[]::new));
    }

    @Test
    void defaultsAreLocalhost5432AndRoleOdoo() {
        NeutralizeConfig c = ConfigVariables.read(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev"), true);
        assertThat(c.database()).isEqualTo(new DatabaseEndpoint("localhost", 5432, "odoo", Secret.empty(), "odoo_dev"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"odoo_dev", "odoo_dev_alice", "odoo_dev_pr_123", "odoo_dev_a1_b2"})
    void devAcceptsOdooDevAndSuffixes(String db) {
        assertThat(ConfigVariables.read(vars("IPAI_ENV", "dev", "DB_NAME", db), true).database().database())
                .isEqualTo(db);
    }

    @ParameterizedTest
    @CsvSource({
        "stage, odoo_prod", "stage, odoo_stage2", "stage, odoo_dev", "dev, odoo_stage", "dev, odoo_devx",
        "dev, odoo_dev_", "dev, odoo_prod", "prod, odoo_stage", "prod, odoo_dev_x", "prod, odoo_production"})
    void databaseNameMismatchIsAHardStop(String env, String db) {
        assertThat(reason(vars("IPAI_ENV", env, "DB_NAME", db), true))
                .startsWith("IPAI_ENV=" + env + " requires DB_NAME=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"odoo_stage; DROP TABLE x", "Odoo_Stage", "odoo-stage", "odoo stage", "1odoo", "odoo_dev_\u00e9"})
    void unsafeDatabaseNamesAreRejectedBeforeTheEnvironmentMap(String db) {
        assertThat(reason(vars("IPAI_ENV", "stage", "DB_NAME", db), true)).contains("is not a database name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "PROD", "Stage", "production", " dev", "staging"})
    void unknownEnvironmentIsAHardStop(String env) {
        assertThat(reason(vars("IPAI_ENV", env, "DB_NAME", "odoo_dev"), true)).contains("is not one of prod, stage, dev");
    }

    @Test
    void missingEnvironmentIsAHardStop() {
        assertThat(reason(vars("DB_NAME", "odoo_dev"), true)).isEqualTo("IPAI_ENV is not set (expected prod, stage or dev)");
    }

    @Test
    void odooStageAloneNamesTheEnvironment() {
        assertThat(ConfigVariables.read(vars("ODOO_STAGE", "staging", "DB_NAME", "odoo_stage"), true).environment())
                .isEqualTo(Environment.STAGE);
    }

    @Test
    void odooStageAgreeingWithIpaiEnvIsAccepted() {
        assertThat(ConfigVariables.read(vars("IPAI_ENV", "dev", "ODOO_STAGE", "development", "DB_NAME", "odoo_dev"),
                true).environment()).isEqualTo(Environment.DEV);
    }

    @Test
    void odooStageDisagreeingWithIpaiEnvIsAHardStop() {
        assertThat(reason(vars("IPAI_ENV", "stage", "ODOO_STAGE", "production", "DB_NAME", "odoo_stage"), true))
                .isEqualTo("IPAI_ENV=stage and ODOO_STAGE=production disagree");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stage", "dev"})
    void liveNonProdRunWithoutConfirmationIsAHardStop(String env) {
        String db = env.equals("stage") ? "odoo_stage" : "odoo_dev";
        assertThat(reason(vars("IPAI_ENV", env, "DB_NAME", db), false)).contains("needs IPAI_NEUTRALIZE_CONFIRM=YES");
        assertThat(reason(vars("IPAI_ENV", env, "DB_NAME", db, "IPAI_NEUTRALIZE_CONFIRM", "yes"), false))
                .as("the confirmation is exact").contains("needs IPAI_NEUTRALIZE_CONFIRM=YES");
    }

    @Test
    void dryRunAndProdNeedNoConfirmation() {
        assertThat(ConfigVariables.read(vars("IPAI_ENV", "stage", "DB_NAME", "odoo_stage"), true).dryRun()).isTrue();
        assertThat(ConfigVariables.read(vars("IPAI_ENV", "prod", "DB_NAME", "odoo_prod"), false).environment())
                .isEqualTo(Environment.PROD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "65536", "-1", "5432x", "99999999999"})
    void nonNumericOrOutOfRangePortIsAHardStop(String port) {
        assertThat(reason(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "DB_PORT", port), true))
                .contains("is not a port number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"IPAI_ENV", "DB_NAME", "DB_HOST", "DB_PORT", "DB_USER", "IPAI_CRON_ALLOWLIST"})
    void emptyValuesAreHardStops(String variable) {
        Map<String, String> v = vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev");
        v.put(variable, "");
        assertThat(reason(v, true)).contains(variable).contains("empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "base.", ".autovacuum_job", "base.auto vacuum", "Base.x", "base.x,;drop", "a.b c.d e"})
    void malformedAllowlistIsAHardStop(String allowlist) {
        assertThat(reason(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "IPAI_CRON_ALLOWLIST", allowlist), true))
                .startsWith("IPAI_CRON_ALLOWLIST entry '");
    }

    @Test
    void allowlistReplacesTheDefault() {
        NeutralizeConfig c = ConfigVariables.read(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev",
                "IPAI_CRON_ALLOWLIST", "base.autovacuum_job, custom_mod.nightly_export"), true);
        assertThat(c.cronAllowlist().entries()).containsExactly(new XmlId("base", "autovacuum_job"),
                new XmlId("custom_mod", "nightly_export"));
    }

    @Test
    void allowlistNoneKeepsNoCron() {
        assertThat(ConfigVariables.read(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "IPAI_CRON_ALLOWLIST", "none"),
                true).cronAllowlist().isEmpty()).isTrue();
    }

    @Test
    void passwordComesFromAFileWithoutItsTrailingNewline(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, "fr0m-file\n");
        NeutralizeConfig c = ConfigVariables.read(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev",
                "DB_PASSWORD_FILE", file.toString()), true);
        assertThat(c.database().password().reveal()).isEqualTo("fr0m-file");
    }

    @Test
    void passwordAndPasswordFileTogetherAreAHardStop(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, "x");
        assertThat(reason(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "DB_PASSWORD", "y",
                "DB_PASSWORD_FILE", file.toString()), true)).isEqualTo("set DB_PASSWORD or DB_PASSWORD_FILE, not both");
    }

    @Test
    void unreadablePasswordFileIsAHardStopThatNamesTheFileOnly(@TempDir Path dir) {
        String missing = dir.resolve("nope").toString();
        assertThat(reason(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "DB_PASSWORD_FILE", missing), true))
                .isEqualTo("DB_PASSWORD_FILE=" + missing + " is not a readable file");
    }

    @Test
    void noMessageEverContainsThePassword() {
        String secret = "Sup3r-S3cret-pw";
        for (Map<String, String> bad : new Map[] {
                vars("IPAI_ENV", "nope", "DB_NAME", "odoo_dev", "DB_PASSWORD", secret),
                vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "DB_PORT", "x", "DB_PASSWORD", secret),
                vars("IPAI_ENV", "stage", "DB_NAME", "odoo_stage", "DB_PASSWORD", secret)}) {
            assertThat(reason(bad, false)).doesNotContain(secret);
        }
        NeutralizeConfig ok = ConfigVariables.read(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "DB_PASSWORD", secret), true);
        assertThat(ok.toString()).doesNotContain(secret);
        assertThat(ok.database().toString()).doesNotContain(secret);
    }

    @Test
    void targetsCanBeLimitedButTheContractTargetsStay() {
        NeutralizeConfig c = ConfigVariables.read(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev",
                "IPAI_NEUTRALIZE_TARGETS", "web_banner"), true);
        assertThat(c.targets()).contains(NeutralizationTarget.WEB_BANNER, NeutralizationTarget.MAIL_SERVERS,
                NeutralizationTarget.MAIL_SINK, NeutralizationTarget.CRONS)
                .doesNotContain(NeutralizationTarget.NEUTRALIZED_FLAG);
    }

    @Test
    void contractTargetsCannotBeSkipped() {
        assertThat(reason(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "IPAI_NEUTRALIZE_SKIP_TARGETS", "crons"), true))
                .contains("'crons', which is part of the contract");
    }

    @Test
    void unknownTargetIsAHardStop() {
        assertThat(reason(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "IPAI_NEUTRALIZE_TARGETS", "everything"), true))
                .contains("'everything', which is not a target");
    }

    @ParameterizedTest
    @CsvSource({"5s, 5000", "500ms, 500", "12, 12000"})
    void lockTimeoutAcceptsSecondsAndMilliseconds(String value, long millis) {
        assertThat(ConfigVariables.read(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev",
                "IPAI_NEUTRALIZE_LOCK_TIMEOUT", value), true).lockTimeout()).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "5m", "-1s", "soon"})
    void badLockTimeoutIsAHardStop(String value) {
        assertThat(reason(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "IPAI_NEUTRALIZE_LOCK_TIMEOUT", value), true))
                .contains("IPAI_NEUTRALIZE_LOCK_TIMEOUT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999999", "121s", "120001ms"})
    void aLockTimeoutLongerThanTheStatementCapIsAHardStop(String value) {
        assertThat(reason(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "IPAI_NEUTRALIZE_LOCK_TIMEOUT", value), true))
                .isEqualTo("IPAI_NEUTRALIZE_LOCK_TIMEOUT='" + value + "' is longer than the maximum of 120s (the "
                        + "statement cap, which would cut a longer wait anyway)");
    }

    @Test
    void theLongestLockTimeoutIsTheStatementCap() {
        assertThat(ConfigVariables.read(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev",
                "IPAI_NEUTRALIZE_LOCK_TIMEOUT", "120s"), true).lockTimeout())
                .isEqualTo(NeutralizeConfig.DEFAULT_STATEMENT_TIMEOUT);
        assertThatThrownBy(() -> NeutralizeConfig.builder().environment(Environment.DEV).dryRun(true)
                .database(new DatabaseEndpoint("db", 5432, "odoo", Secret.empty(), "odoo_dev"))
                .lockTimeout(Duration.ofDays(200)).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("longer than the maximum of 120s");
    }

    @ParameterizedTest
    @ValueSource(strings = {"db", "db.internal.example.com", "odoo_db_1", "db-2.", "10.0.0.5", "::1", "[::1]",
        "2001:db8::5", "::ffff:10.0.0.5"})
    void aHostNameOrAnIpLiteralIsAHost(String host) {
        assertThat(ConfigVariables.read(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "DB_HOST", host), true)
                .database().host()).isEqualTo(host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/var/run/postgresql", "db%2Fx", "fe80::1%eth0", "db host", "db;rm", "-db", "db..x",
        "db:5432", "odoo@db", "http://db", "[db]"})
    void anythingElseInDbHostIsAHardStop(String host) {
        assertThat(reason(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "DB_HOST", host), true))
                .contains("is not a host name or IP address");
    }

    @Test
    void aSocketDirectoryInDbHostIsRefusedWithTheReason() {
        assertThat(reason(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "DB_HOST", "/run/postgresql"), true))
                .isEqualTo("DB_HOST='/run/postgresql' is not a host name or IP address (a unix-socket directory is "
                        + "not supported: give the server's name or address)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "odoo:S3cret-pw@db                      | DB_HOST='******@db'",
        "postgres://odoo:S3cret-pw@db:5432/x    | DB_HOST='postgres://******@db:5432/x'",
        "db?password=S3cret-pw                  | DB_HOST='db?password=******'",
        "db?sslpassword=S3cret-pw&token=S3cret-pw | DB_HOST='db?sslpassword=******&token=******'"})
    void aRefusalNeverEchoesACredentialTheValueCarries(String host, String echo) {
        String reason = reason(vars("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "DB_HOST", host), true);

        assertThat(reason).startsWith(echo).doesNotContain("S3cret-pw");
    }

    @Test
    void echoedValuesAreCutAndFreeOfControlCharacters() {
        String hostile = "x".repeat(500) + "\n\u001b[31m";
        String reason = reason(vars("IPAI_ENV", hostile, "DB_NAME", "odoo_dev"), true);
        assertThat(reason).doesNotContain("\n").doesNotContain("\u001b").hasSizeLessThan(200);
    }

    @Test
    void builderRejectsAMissingEnvironment() {
        assertThatThrownBy(() -> NeutralizeConfig.builder().build()).isInstanceOf(ConfigException.class)
                .hasMessage("IPAI_ENV is not set (expected prod, stage or dev)");
    }
}
