package ai.insightpulse.odooops.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent's configuration: defaults, flags over variables, and a one-line reason for every bad value. */
class AgentConfigTest {

    private static Map<String, String> stage() {
        Map<String, String> vars = new HashMap<>();
        vars.put("ODOO_STAGE", "staging");
        vars.put("DB_NAME", "odoo_stage");
        vars.put("DB_PASSWORD", "pw-secret-123");
        return vars;
    }

    @Test
    void defaultsNeedNoConfirmationAndBindToLoopback() {
        AgentConfig c = AgentConfig.read(stage(), List.of());
        assertThat(c.environment()).isEqualTo(Environment.STAGE);
        assertThat(c.bind()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isEqualTo(AgentConfig.DEFAULT_PORT);
        assertThat(c.interval()).isEqualTo(AgentConfig.DEFAULT_INTERVAL);
        assertThat(c.enforce()).isFalse();
        assertThat(c.token().isEmpty()).isTrue();
        assertThat(c.odooUrl()).isEmpty();
        assertThat(c.inspection().dryRun()).isTrue();
        assertThat(c.application()).hasValueSatisfying(a -> assertThat(a.dryRun()).isFalse());
    }

    @Test
    void flagsWinOverVariables() {
        Map<String, String> vars = stage();
        vars.put(AgentConfig.PORT, "9100");
        vars.put(AgentConfig.INTERVAL, "30s");
        AgentConfig c = AgentConfig.read(vars, List.of("--port=9200", "--interval", "500ms", "--enforce",
                "--bind=0.0.0.0", "--odoo-url=http://odoo:8069/", "--token=abcdefghijklmnop1234", "--max-body=4096"));
        assertThat(c.port()).isEqualTo(9200);
        assertThat(c.interval()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.enforce()).isTrue();
        assertThat(c.bind()).isEqualTo("0.0.0.0");
        assertThat(c.odooUrl()).hasValueSatisfying(u -> assertThat(u.toString()).isEqualTo("http://odoo:8069"));
        assertThat(c.token().reveal()).isEqualTo("abcdefghijklmnop1234");
        assertThat(c.maxBodyBytes()).isEqualTo(4096);
        assertThat(AgentConfig.read(vars, List.of("--enforce", "--no-enforce")).enforce()).isFalse();
    }

    @Test
    void prodHasNoLiveConfiguration() {
        Map<String, String> vars = new HashMap<>();
        vars.put("IPAI_ENV", "prod");
        vars.put("DB_NAME", "odoo_prod");
        AgentConfig c = AgentConfig.read(vars, List.of());
        assertThat(c.application()).isEmpty();
        assertThat(c.inspection().dryRun()).isTrue();
    }

    @Test
    void toStringHidesTheTokenAndThePassword() {
        AgentConfig c = AgentConfig.read(stage(), List.of("--token=abcdefghijklmnop1234"));
        assertThat(c.toString()).doesNotContain("abcdefghijklmnop1234").doesNotContain("pw-secret-123")
                .contains("token=set");
    }

    @Test
    void badValuesAreRefusedWithOneLine() {
        Map<String, List<String>> cases = Map.of(
                "ODOOOPS_AGENT_PORT='70000' is not a number between 0 and 65535", List.of("--port=70000"),
                "ODOOOPS_AGENT_INTERVAL='soon' is not a duration (e.g. 15s, 500ms, 1m)", List.of("--interval=soon"),
                "ODOOOPS_AGENT_INTERVAL must be between 100ms and 1h", List.of("--interval=10ms"),
                "ODOOOPS_AGENT_TOKEN is shorter than 16 characters", List.of("--token=short"),
                "unknown flag --frobnicate (see --help)", List.of("--frobnicate=1"),
                "ODOOOPS_AGENT_ENFORCE='maybe' is not true or false", List.of("--enforce=maybe"),
                "ODOOOPS_AGENT_ODOO_URL='ftp://x' is not an http(s) base URL without credentials, query or fragment",
                List.of("--odoo-url=ftp://x"),
                "unexpected argument 'serve' (flags look like --port=9069)", List.of("serve"),
                "--port needs a value", List.of("--port"));
        cases.forEach((reason, args) -> assertThatThrownBy(() -> AgentConfig.read(stage(), args))
                .isInstanceOf(ConfigException.class).hasMessage(reason));
    }

    @Test
    void timeoutsDefaultToTenAndSixtySecondsAndTakeFlagsAndVariables() {
        AgentConfig defaults = AgentConfig.read(stage(), List.of());
        assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.idleTimeout()).isEqualTo(Duration.ofSeconds(60));
        Map<String, String> vars = stage();
        vars.put(AgentConfig.IDLE_TIMEOUT, "2m");
        AgentConfig c = AgentConfig.read(vars, List.of("--read-timeout=1500ms"));
        assertThat(c.readTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(c.idleTimeout()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void timeoutsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> AgentConfig.read(stage(), List.of("--read-timeout=0ms")))
                .isInstanceOf(ConfigException.class).hasMessage("ODOOOPS_AGENT_READ_TIMEOUT must be between 100ms and 5m");
        assertThatThrownBy(() -> AgentConfig.read(stage(), List.of("--read-timeout=10m")))
                .isInstanceOf(ConfigException.class).hasMessage("ODOOOPS_AGENT_READ_TIMEOUT must be between 100ms and 5m");
        assertThatThrownBy(() -> AgentConfig.read(stage(), List.of("--idle-timeout=61m")))
                .isInstanceOf(ConfigException.class).hasMessage("ODOOOPS_AGENT_IDLE_TIMEOUT must be between 100ms and 1h");
        assertThatThrownBy(() -> AgentConfig.read(stage(), List.of("--idle-timeout=later")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("ODOOOPS_AGENT_IDLE_TIMEOUT='later' is not a duration (e.g. 15s, 500ms, 1m)");
    }

    @Test
    void aCredentialInTheOdooUrlIsRefusedWithoutBeingPrintedBack() {
        Map<String, String> refusals = Map.of(
                "http://admin:hunter2-s3cret@odoo:8069",
                "ODOOOPS_AGENT_ODOO_URL='http://***@odoo:8069' is not an http(s) base URL without credentials, "
                        + "query or fragment",
                "https://odoo:8069/web/login?login=admin&password=hunter2-s3cret",
                "ODOOOPS_AGENT_ODOO_URL='https://odoo:8069/***?***' is not an http(s) base URL without credentials, "
                        + "query or fragment",
                "http://odoo:8069/#token=hunter2-s3cret",
                "ODOOOPS_AGENT_ODOO_URL='http://odoo:8069/#***' is not an http(s) base URL without credentials, "
                        + "query or fragment",
                "http://admin:hunter2 s3cret@odoo:8069/",
                "ODOOOPS_AGENT_ODOO_URL='http://***@odoo:8069/' is not a URL",
                "admin:hunter2-s3cret@odoo",
                "ODOOOPS_AGENT_ODOO_URL='***@odoo' is not an http(s) base URL without credentials, query or fragment",
                "http://odoo:8069/hunter2-s3cret/x y",
                "ODOOOPS_AGENT_ODOO_URL='http://odoo:8069/***' is not a URL");
        refusals.forEach((url, reason) -> {
            Map<String, String> vars = stage();
            vars.put(AgentConfig.ODOO_URL, url);
            assertThatThrownBy(() -> AgentConfig.read(vars, List.of())).isInstanceOf(ConfigException.class)
                    .hasMessage(reason);
            assertThatThrownBy(() -> AgentConfig.read(stage(), List.of("--odoo-url", url)))
                    .isInstanceOf(ConfigException.class).hasMessage(reason);
        });
    }

    @Test
    void aMistypedFlagNeverPrintsItsValue() {
        assertThatThrownBy(() -> AgentConfig.read(stage(), List.of("-token=hunter2-s3cret-0123456789")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unexpected argument '-token=***' (flags look like --port=9069)");
        assertThatThrownBy(() -> AgentConfig.read(stage(), List.of("--tokn=hunter2-s3cret-0123456789")))
                .isInstanceOf(ConfigException.class).hasMessage("unknown flag --tokn (see --help)");
        assertThatThrownBy(() -> AgentConfig.read(stage(), List.of("--odoo-url:http://admin:hunter2@odoo")))
                .isInstanceOf(ConfigException.class).hasMessage("unknown flag --odoo-url:http://***@odoo (see --help)");
        assertThatThrownBy(() -> AgentConfig.read(stage(), List.of("--enforce", "hunter2s3cret0123456789")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unexpected argument '***' (flags look like --port=9069)");
        assertThatThrownBy(() -> AgentConfig.read(stage(), List.of("--bind=admin:hunter2@0.0.0.0")))
                .isInstanceOf(ConfigException.class).hasMessage("ODOOOPS_AGENT_BIND='***@0.0.0.0' is not an address");
    }

    @Test
    void theCliVariablesAreValidatedTheSameWay() {
        Map<String, String> vars = stage();
        vars.put("DB_NAME", "odoo_prod");
        assertThatThrownBy(() -> AgentConfig.read(vars, List.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("DB_NAME='odoo_prod'");
        Map<String, String> noEnv = stage();
        noEnv.remove("ODOO_STAGE");
        assertThatThrownBy(() -> AgentConfig.read(noEnv, List.of())).isInstanceOf(ConfigException.class)
                .hasMessage("IPAI_ENV is not set (expected prod, stage or dev)");
    }

    @Test
    void theTokenComesFromAFileWithoutItsTrailingNewline(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("agent-token");
        Files.writeString(file, "t0ken-from-a-secret-file\n");
        Map<String, String> vars = stage();
        vars.put(AgentConfig.TOKEN_FILE, file.toString());
        assertThat(AgentConfig.read(vars, List.of()).token().reveal()).isEqualTo("t0ken-from-a-secret-file");
        assertThat(AgentConfig.read(stage(), List.of("--token-file=" + file)).token().reveal())
                .isEqualTo("t0ken-from-a-secret-file");
        assertThat(AgentConfig.read(vars, List.of()).toString()).contains("token=set")
                .doesNotContain("t0ken-from-a-secret-file");
    }

    @Test
    void theTokenAndATokenFileTogetherAreAHardStop(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("agent-token");
        Files.writeString(file, "t0ken-from-a-secret-file");
        Map<String, String> vars = stage();
        vars.put(AgentConfig.TOKEN_FILE, file.toString());
        assertThatThrownBy(() -> AgentConfig.read(vars, List.of("--token=abcdefghijklmnop1234")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("set ODOOOPS_AGENT_TOKEN or ODOOOPS_AGENT_TOKEN_FILE, not both");
    }

    @Test
    void aBadTokenFileIsRefusedWithOneLineThatNamesTheFileNeverTheToken(@TempDir Path dir) throws Exception {
        String shortToken = "sh0rt-s3cret";
        String spacedToken = "a token with spaces in it";
        Path tooShort = Files.writeString(dir.resolve("short"), shortToken + "\n");
        Path spaced = Files.writeString(dir.resolve("spaced"), spacedToken);
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        Path huge = Files.writeString(dir.resolve("huge"), "x".repeat(5000));
        Path missing = dir.resolve("missing");
        Map<String, Path> cases = new LinkedHashMap<>();
        cases.put("the token in ODOOOPS_AGENT_TOKEN_FILE=" + tooShort + " is shorter than 16 characters", tooShort);
        cases.put("the token in ODOOOPS_AGENT_TOKEN_FILE=" + spaced + " must be printable ASCII without spaces",
                spaced);
        cases.put("ODOOOPS_AGENT_TOKEN_FILE=" + empty + " is empty; it should hold the token", empty);
        cases.put("ODOOOPS_AGENT_TOKEN_FILE=" + huge + " is larger than 4 KiB; it should hold only the token", huge);
        cases.put("ODOOOPS_AGENT_TOKEN_FILE=" + missing + " is not a readable file", missing);
        cases.put("ODOOOPS_AGENT_TOKEN_FILE=" + dir + " is not a readable file", dir);
        cases.forEach((reason, file) -> {
            Map<String, String> vars = stage();
            vars.put(AgentConfig.TOKEN_FILE, file.toString());
            assertThatThrownBy(() -> AgentConfig.read(vars, List.of())).isInstanceOf(ConfigException.class)
                    .hasMessage(reason)
                    .message().doesNotContain(shortToken).doesNotContain(spacedToken).doesNotContain("\n");
        });
        Map<String, String> blank = stage();
        blank.put(AgentConfig.TOKEN_FILE, "");
        assertThatThrownBy(() -> AgentConfig.read(blank, List.of())).isInstanceOf(ConfigException.class)
                .hasMessage("ODOOOPS_AGENT_TOKEN_FILE is set but empty");
    }

    @Test
    void theTimingsDerivedFromTheIntervalAreComputedOnceHere() {
        AgentConfig slow = AgentConfig.read(stage(), List.of("--interval=1m"));
        AgentConfig fast = AgentConfig.read(stage(), List.of("--interval=500ms"));

        assertThat(slow.interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(slow.connectionWait()).isEqualTo(slow.inspection().connectTimeout());
        assertThat(slow.readinessFreshness()).isEqualTo(Duration.ofSeconds(121));
        assertThat(slow.odooProbeTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(fast.connectionWait()).isEqualTo(Duration.ofMillis(250));
        assertThat(fast.readinessFreshness()).isEqualTo(Duration.ofMillis(2000));
        assertThat(fast.odooProbeTimeout()).isEqualTo(Duration.ofMillis(500));
    }
}
