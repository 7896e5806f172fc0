package ai.insightpulse.odooops.neutralize.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.CredentialParameters;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The credential-settings target on the system parameters of fresh Odoo databases (16.0–19.0; the key lists
 * under {@code src/test/resources/odoo/<series>/}) and on keys built to be hard: PostgreSQL's reading of a key
 * must be the Java one ({@link CredentialParameters#isCredential}), key for key.
 */
class CredentialParametersOnRealKeysTest {

    static final List<String> SERIES = OdooDatabase.SERIES;

    /** Keys whose shape is easy to get wrong, with the value each is seeded with. */
    static final Map<String, String> HARD_KEYS = hardKeys();

    private final JooqNeutralizer engine = JooqNeutralizer.create();

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void noKeyOfAFreshDatabaseIsEmptiedExceptThoseOtherTargetsOwn(String series) throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            List<String> keys = freshKeys(series);
            for (String key : keys) {
                insert(db, key, "value of " + key);
            }
            List<String> before = values(db);

            NeutralizationResult result = engine.neutralize(db.config()
                    .targets(Set.of(NeutralizationTarget.CREDENTIAL_SETTINGS)).build());

            assertThat(result.rows(NeutralizationTarget.CREDENTIAL_SETTINGS)).isZero();
            assertThat(values(db)).isEqualTo(before);
            // the Java reading agrees: the only key of a fresh database shaped like a credential is the
            // database secret, which the identity target owns
            Set<String> shaped = new TreeSet<>();
            for (String key : keys) {
                if (CredentialParameters.defaults().isCredential(key, "value of " + key)) {
                    shaped.add(key);
                }
            }
            assertThat(shaped).containsExactly("database.secret");
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void postgresqlEmptiesExactlyTheKeysJavaCallsCredentials(String series) throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            for (Map.Entry<String, String> e : HARD_KEYS.entrySet()) {
                insert(db, e.getKey(), e.getValue());
            }

            engine.neutralize(db.config().targets(Set.of(NeutralizationTarget.CREDENTIAL_SETTINGS)).build());

            Set<String> expected = new TreeSet<>();
            HARD_KEYS.forEach((k, v) -> {
                if (CredentialParameters.defaults().isCredential(k, v)) {
                    expected.add(k);
                }
            });
            Set<String> emptied = new TreeSet<>();
            for (String key : HARD_KEYS.keySet()) {
                if ("".equals(db.scalar("SELECT value FROM ir_config_parameter WHERE key = '" + key + "'"))) {
                    emptied.add(key);
                }
            }
            assertThat(emptied).isEqualTo(expected);
            assertThat(expected).as("the corpus holds both kinds").isNotEmpty().hasSizeLessThan(HARD_KEYS.size());
        }
    }

    private static List<String> freshKeys(String series) throws IOException {
        String resource = "/odoo/" + series + "/config-parameter-keys-" + series + ".txt";
        try (InputStream in = CredentialParametersOnRealKeysTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    private static void insert(OdooDatabase db, String key, String value) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "INSERT INTO ir_config_parameter (key, value) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private static List<String> values(OdooDatabase db) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (var s = db.connection().createStatement();
             var rs = s.executeQuery("SELECT key || '=' || value FROM ir_config_parameter ORDER BY key")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static Map<String, String> hardKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("ipai_zoho.apiKey", "k");
        keys.put("ipai_zoho.APIKey", "k");
        keys.put("ipai.APIKEY", "k");
        keys.put("ipai.ApiKeyId", "k");
        keys.put("ipai.key", "k");
        keys.put("ipai.monkey_api", "k");
        keys.put("ipai.tokenizer", "k");
        keys.put("ipai.secretary", "k");
        keys.put("ipai.author", "k");
        keys.put("ipai.oauth_endpoint", "https://login.example.com");
        keys.put("ipai.Auth-Header", "k");
        keys.put("ipai..private__key", "k");
        keys.put("ipai.Private-Key2", "k");
        keys.put("ipai.passwd", "k");
        keys.put("ipai.pass_word", "k");
        keys.put("ipai.clientSecret", "k");
        keys.put("IPAI.ACCESS_KEY", "k");
        keys.put("ipai.webhooks", "k");
        keys.put("ipai.notify", "https://hooks.slack.com/services/T/B/x");
        keys.put("ipai.notify_teams", "https://acme.webhook.office.com/webhookb2/x");
        keys.put("ipai.dsn", "postgres://u:p@h/db");
        keys.put("ipai.dsn_no_password", "postgres://u@h/db");
        keys.put("ipai.home", "https://www.example.com/hooks/about");
        keys.put("ipai.émoji_token", "k");
        keys.put("auth_signup.reset_password", "True");
        keys.put("auth_totp.policy", "all_required");
        keys.put("auth_signupx.token", "k");
        return keys;
    }
}
