package ai.insightpulse.odooops.neutralize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What makes a system parameter a credential, and how the lists are configured. */
class CredentialParametersTest {

    private final CredentialParameters rules = CredentialParameters.defaults();

    @ParameterizedTest
    @CsvSource({
            "ipai_zoho.apiKey, _ipai_zoho_api_key_",
            "ipai_zoho.APIKey, _ipai_zoho_apikey_",
            "ipai-mailgun.Webhook--URL, _ipai_mailgun_webhook_url_",
            "database.secret, _database_secret_",
            "x, _x_"})
    void aKeyIsCutIntoWordsAtSeparatorsAndCamelCase(String key, String normalized) {
        assertThat(CredentialParameters.normalizedKey(key)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ipai_zoho_mail_api.api_key", "ipai_zoho.apiKey", "ipai.APIKEY", "bridge.client_secret",
            "bridge.oauthRefreshToken", "smtp.password", "ldap.passwd", "gcs.private_key", "s3.access_key",
            "ipai_sso.auth", "ipai_slack.webhook_url", "google_gmail_client_secret"})
    void keysMadeOfACredentialWordAreCredentials(String key) {
        assertThat(rules.isCredential(key, "x")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"web.base.url", "ipai_ops.author_name", "ipai_tokenizer.mode", "oauth.endpoint",
            "ipai.secretary_email", "auth_signup.reset_password", "auth_signup.invitation_scope", "auth_totp.policy",
            "auth_password_policy.minlength", "ipai.keyboard_layout"})
    void keysWithoutACredentialWordOrOnTheKeepListAreNot(String key) {
        assertThat(rules.isCredential(key, "plain")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres://sync:pw@db.example.com/odoo", "https://u:p@api.example.com/",
            "https://hooks.slack.com/services/T/B/x", "https://example.webhook.office.com/webhookb2/x",
            "https://api.example.com/v1/webhooks/abc"})
    void aUrlWithAPasswordOrAWebhookUrlIsACredentialWhateverTheKey(String value) {
        assertThat(rules.isCredential("ipai.target", value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://erp.example.com", "https://mail.zoho.eu/api/accounts", "mailto:a@b.c",
            "user@example.com", "true"})
    void plainValuesAreNot(String value) {
        assertThat(rules.isCredential("ipai.target", value)).isFalse();
    }

    @Test
    void moreWordsAndKeepEntriesAddToTheDefaults() {
        CredentialParameters more = rules.withWords(List.of("PIN")).withKept(List.of("ipai_zoho.*", "bridge.token"));

        assertThat(more.words()).containsAll(CredentialParameters.DEFAULT_WORDS).contains("pin");
        assertThat(more.isCredential("ipai_fax.pin", "1")).isTrue();
        assertThat(more.isCredential("ipai_zoho.api_key", "k")).isFalse();
        assertThat(more.isCredential("bridge.token", "k")).isFalse();
        assertThat(more.isCredential("bridge.token2", "k")).isFalse();
        assertThat(more.isCredential("bridge.access_token", "k")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"api key", "api-key", "_key", "ключ"})
    void aMalformedWordIsAConfigError(String word) {
        assertThatThrownBy(() -> rules.withWords(List.of(word))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("credential word");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "a b", "key;drop", "a*b"})
    void aMalformedKeepEntryIsAConfigError(String key) {
        assertThatThrownBy(() -> rules.withKept(List.of(key))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("keep-list entry");
    }

    @Test
    void theVariablesExtendTheListsAndABadOneStopsBeforeAnyConnection() {
        Map<String, String> vars = new HashMap<>(Map.of("IPAI_ENV", "dev", "DB_NAME", "odoo_dev",
                ConfigVariables.IPAI_CREDENTIAL_WORDS, "pin, bearer", ConfigVariables.IPAI_CREDENTIAL_KEEP,
                "ipai_zoho.*"));
        NeutralizeConfig config = ConfigVariables.read(vars, true);
        assertThat(config.credentialParameters().words()).contains("pin", "bearer", "api_key");
        assertThat(config.credentialParameters().keep()).contains("ipai_zoho.*", "auth_signup.*");

        vars.put(ConfigVariables.IPAI_CREDENTIAL_WORDS, "api key!");
        assertThatThrownBy(() -> ConfigVariables.read(vars, true)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("IPAI_CREDENTIAL_WORDS");
        vars.put(ConfigVariables.IPAI_CREDENTIAL_WORDS, " ");
        assertThatThrownBy(() -> ConfigVariables.read(vars, true)).isInstanceOf(ConfigException.class)
                .hasMessage("IPAI_CREDENTIAL_WORDS is set but empty");
    }

    @Test
    void aConfigWithoutTheVariablesHasTheDefaults() {
        NeutralizeConfig config = ConfigVariables.read(Map.of("IPAI_ENV", "dev", "DB_NAME", "odoo_dev"), true);
        assertThat(config.credentialParameters()).isEqualTo(CredentialParameters.defaults());
        assertThat(config.toBuilder().build().credentialParameters()).isEqualTo(CredentialParameters.defaults());
    }
}
