package ai.insightpulse.odooops.neutralize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sanitize step's settings: off unless asked, refused where it must be, its secret never printed. */
class SanitizeConfigTest {

    private static Map<String, String> dev(String... kv) {
        Map<String, String> m = new HashMap<>(Map.of("IPAI_ENV", "dev", "DB_NAME", "odoo_dev",
                "IPAI_NEUTRALIZE_CONFIRM", "YES"));
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void sanitizeIsOffByDefaultAndItsTargetsAreNotSelected() {
        NeutralizeConfig c = ConfigVariables.read(dev(), false);

        assertThat(c.sanitization().enabled()).isFalse();
        assertThat(c.targets()).noneMatch(NeutralizationTarget::isSanitize);
    }

    @Test
    void ipaiSanitizeYesSelectsTheSanitizeTargetsBesideNeutralization() {
        NeutralizeConfig c = ConfigVariables.read(dev("IPAI_SANITIZE", "YES"), false);

        assertThat(c.sanitization().enabled()).isTrue();
        assertThat(c.sanitization().stagingPassword()).isEmpty();
        assertThat(c.targets()).contains(NeutralizationTarget.SANITIZE_PARTNERS, NeutralizationTarget.SANITIZE_USERS,
                NeutralizationTarget.SANITIZE_MAIL, NeutralizationTarget.MAIL_SERVERS, NeutralizationTarget.CRONS);
    }

    @Test
    void sanitizeIsRefusedInProd() {
        assertThatThrownBy(() -> ConfigVariables.read(Map.of("IPAI_ENV", "prod", "DB_NAME", "odoo_prod",
                "IPAI_SANITIZE", "YES"), false))
                .isInstanceOf(ConfigException.class).hasMessageContaining("refused on prod");
    }

    @Test
    void aSanitizeOnlyRunIsAConfigError() {
        assertThatThrownBy(() -> ConfigVariables.read(dev("IPAI_SANITIZE", "YES",
                "IPAI_NEUTRALIZE_TARGETS", "sanitize_users"), false))
                .isInstanceOf(ConfigException.class).hasMessageContaining("only together with neutralization");
    }

    @Test
    void sanitizeTargetsWithoutSanitizeAreAConfigError() {
        assertThatThrownBy(() -> ConfigVariables.read(dev("IPAI_NEUTRALIZE_TARGETS", "mail_servers,sanitize_mail"),
                false)).isInstanceOf(ConfigException.class).hasMessageContaining("need --sanitize");
    }

    @Test
    void aStagingPasswordWithoutSanitizeIsAConfigError() {
        assertThatThrownBy(() -> ConfigVariables.read(dev("IPAI_STAGING_PASSWORD_FILE", "/nonexistent"), false))
                .isInstanceOf(ConfigException.class).hasMessageContaining("need --sanitize");
    }

    @Test
    void theStagingPasswordIsReadFromItsFileAndStoredInOdoosFormatNeverPrinted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, "Correct-Horse-7\n");

        NeutralizeConfig c = ConfigVariables.read(dev("IPAI_SANITIZE", "YES",
                "IPAI_STAGING_PASSWORD_FILE", file.toString(), "IPAI_SANITIZE_KEEP_LOGINS", "ops@x.be, ci"), false);

        StagingPassword pw = c.sanitization().stagingPassword().orElseThrow();
        assertThat(pw.odooHash()).matches("\\$pbkdf2-sha512\\$600000\\$[A-Za-z0-9./]{22}\\$[A-Za-z0-9./]{86}");
        assertThat(pw.odooHash()).isEqualTo(StagingPassword.of(Secret.of("Correct-Horse-7")).odooHash());
        assertThat(c.sanitization().keptLogins()).containsExactlyInAnyOrder("ops@x.be", "ci");
        assertThat(pw.toString() + c.sanitization() + c).doesNotContain("Correct-Horse-7");
    }

    @Test
    void anEmptyStagingPasswordFileIsAConfigError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, "\n");

        assertThatThrownBy(() -> ConfigVariables.read(dev("IPAI_SANITIZE", "YES",
                "IPAI_STAGING_PASSWORD_FILE", file.toString()), false))
                .isInstanceOf(ConfigException.class).hasMessageContaining("empty");
    }
}
