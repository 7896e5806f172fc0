package ai.insightpulse.odooops.neutralize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a rules document may say, checked before any connection: every refusal names the source, rule and fault. */
class DeclaredRulesParseTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void theCustomersExampleParsesIntoOneRuleWithItsValuesInOrder() throws Exception {
        DeclaredRules rules = DeclaredRules.parse(json("""
                {"rules": [{"name": "zoho", "table": "ipai_zoho_account",
                  "set": {"active": false, "api_key": null, "retries": 0},
                  "where": {"active": true, "region": ["eu", "us"], "deleted_at": null}}]}"""), "file r.yaml");

        DeclaredRule rule = rules.rules().get(0);
        assertThat(rule.label()).isEqualTo("rules[0] (zoho)");
        assertThat(rule.table()).isEqualTo("ipai_zoho_account");
        assertThat(rule.set()).containsExactly(Map.entry("active", false),
                new java.util.AbstractMap.SimpleEntry<>("api_key", null), Map.entry("retries", 0L));
        assertThat(rule.where()).containsEntry("active", true).containsEntry("region", List.of("eu", "us"))
                .containsKey("deleted_at");
        assertThat(rules.tables()).containsExactly("ipai_zoho_account");
    }

    @Test
    void aBareListAndAnEmptyDocumentAreAccepted() throws Exception {
        assertThat(DeclaredRules.parse(json("[{\"table\": \"t\", \"set\": {\"a\": 1}}]"), "x").rules()).hasSize(1);
        assertThat(DeclaredRules.parse(json("{\"rules\": null}"), "x").isEmpty()).isTrue();
        assertThat(DeclaredRules.parse(null, "x").isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"rule\": []}|rules file r.yaml: unknown top-level key 'rule' (expected rules)",
        "{\"rules\": {}}|rules file r.yaml: rules must be a list of rules",
        "[\"t\"]|rules file r.yaml: rules[0] is not a mapping (expected table, set and optionally where, name)",
        "[{\"table\": \"t\", \"set\": {\"a\": 1}, \"sql\": \"x\"}]|rules file r.yaml: rules[0]: unknown key 'sql' (expected table, set or mask, where, name)",
        "[{\"set\": {\"a\": 1}}]|rules file r.yaml: rules[0]: table is missing or not a string",
        "[{\"table\": 7, \"set\": {\"a\": 1}}]|rules file r.yaml: rules[0]: table is missing or not a string",
        "[{\"table\": \"t\"}]|rules file r.yaml: rules[0] (t): set is missing or not a non-empty mapping of column: value",
        "[{\"table\": \"t\", \"set\": {}}]|rules file r.yaml: rules[0] (t): set is missing or not a non-empty mapping of column: value",
        "[{\"table\": \"t\", \"set\": {\"id\": 1}}]|rules file r.yaml: rules[0] (t): set on id is not allowed (ids are references, not data)",
        "[{\"table\": \"t\", \"set\": {\"a\": {\"b\": 1}}}]|rules file r.yaml: rules[0] (t): set.a is a mapping; a value is true/false, an integer, a string or null",
        "[{\"table\": \"t\", \"set\": {\"a\": 1.5}}]|rules file r.yaml: rules[0] (t): set.a is a decimal number; a value is true/false, an integer, a string or null",
        "[{\"table\": \"t\", \"set\": {\"a\": 1}, \"where\": [1]}]|rules file r.yaml: rules[0] (t): where is not a mapping of column: value, null or [values]",
        "[{\"table\": \"t\", \"set\": {\"a\": 1}, \"where\": {\"b\": []}}]|rules file r.yaml: rules[0] (t): where.b is an empty list (it would match nothing)",
        "[{\"table\": \"t\", \"set\": {\"a\": 1}, \"where\": {\"b\": [null]}}]|rules file r.yaml: rules[0] (t): where.b lists null (write a separate rule with b: null)",
        "[{\"table\": \"t\", \"set\": {\"a\": 1}, \"mask\": {\"b\": \"email\"}}]|rules file r.yaml: rules[0] (t): set and mask in one rule (a masking rule runs only with --sanitize; write two rules)",
        "[{\"table\": \"t\", \"mask\": {}}]|rules file r.yaml: rules[0] (t): mask is not a non-empty mapping of column: function",
        "[{\"table\": \"t\", \"mask\": {\"id\": \"hash\"}}]|rules file r.yaml: rules[0] (t): mask on id is not allowed (ids are references, not data)",
        "[{\"table\": \"t\", \"mask\": {\"a\": \"md5\"}}]|rules file r.yaml: rules[0] (t): mask.a: unknown masking function 'md5' (expected email, phone, hash, null or {constant: value})",
        "[{\"table\": \"t\", \"mask\": {\"a\": \"constant\"}}]|rules file r.yaml: rules[0] (t): mask.a: unknown masking function 'constant' (expected email, phone, hash, null or {constant: value})",
        "[{\"table\": \"t\", \"mask\": {\"a\": {\"constant\": [1]}}}]|rules file r.yaml: rules[0] (t): mask.a.constant is a list; a value is true/false, an integer, a string or null",
        "[{\"table\": \"t\", \"mask\": {\"a\": 3}}]|rules file r.yaml: rules[0] (t): mask.a is a number (expected email, phone, hash, null or {constant: value})",
        "[{\"table\": \"t\", \"set\": {\"a\": 1}}, {\"table\": \"Users\", \"set\": {\"a\": 1}}]|rules file r.yaml: rules[1]: table 'Users' is not a plain identifier (a-z, 0-9 and _, not starting with a digit, at most 63)",
    })
    void aMalformedRuleIsAConfigErrorNamingFileRuleAndFault(String document, String message) {
        assertThatThrownBy(() -> DeclaredRules.parse(json(document), "file r.yaml"))
                .isInstanceOf(ConfigException.class).hasMessage(message);
    }

    @Test
    void injectionShapedIdentifiersAreRefused() {
        for (String document : List.of(
                "[{\"table\": \"t; DROP TABLE res_users\", \"set\": {\"a\": 1}}]",
                "[{\"table\": \"public.t\", \"set\": {\"a\": 1}}]",
                "[{\"table\": \"t\", \"set\": {\"a = a --\": 1}}]",
                "[{\"table\": \"t\", \"set\": {\"a\": 1}, \"where\": {\"1=1 OR b\": true}}]",
                "[{\"table\": \"t\\\"x\", \"set\": {\"a\": 1}}]")) {
            assertThatThrownBy(() -> DeclaredRules.parse(json(document), "file r.yaml")).as(document)
                    .isInstanceOf(ConfigException.class).hasMessageContaining("is not a plain identifier");
        }
    }

    @Test
    void rulesOnIrConfigParameterAreRefusedBecauseCredentialSettingsOwnsIt() {
        assertThatThrownBy(() -> DeclaredRules.parse(json(
                "[{\"table\": \"ir_config_parameter\", \"set\": {\"value\": \"x\"}}]"), "file r.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("rules file r.yaml: rules[0]: table ir_config_parameter is owned by the"
                        + " credential_settings target");
    }

    @Test
    void aRefusalNeverQuotesAValue() {
        assertThatThrownBy(() -> DeclaredRules.parse(json(
                "[{\"table\": \"t\", \"set\": {\"api_key\": [\"sk_live_SECRET\"]}}]"), "file r.yaml"))
                .isInstanceOf(ConfigException.class).message().doesNotContain("sk_live_SECRET");
    }

    @Test
    void twoRulesMayNotShareAName() {
        assertThatThrownBy(() -> DeclaredRules.parse(json(
                "[{\"name\": \"a\", \"table\": \"t\", \"set\": {\"x\": 1}}, {\"name\": \"a\", \"table\": \"u\", \"set\": {\"x\": 1}}]"),
                "file r.yaml"))
                .hasMessage("rules file r.yaml: rules[1]: name 'a' is used by an earlier rule");
    }

    @Test
    void aMaskingRuleNamesAFunctionPerColumnInFileOrder() throws Exception {
        DeclaredRule rule = DeclaredRules.parse(json("""
                [{"table": "x_helpdesk_contact", "where": {"active": true},
                  "mask": {"email": "email", "mobile": "phone", "passport": "hash", "notes": null,
                           "nick": {"constant": "Anonymous"}, "other": {"constant": null}}}]"""), "r").rules().get(0);

        assertThat(rule.masks()).isTrue();
        assertThat(rule.set()).isEmpty();
        assertThat(rule.mask()).containsExactly(Map.entry("email", ColumnMask.of(MaskFunction.EMAIL)),
                Map.entry("mobile", ColumnMask.of(MaskFunction.PHONE)),
                Map.entry("passport", ColumnMask.of(MaskFunction.HASH)),
                Map.entry("notes", ColumnMask.of(MaskFunction.NULL)),
                Map.entry("nick", new ColumnMask(MaskFunction.CONSTANT, "Anonymous")),
                Map.entry("other", ColumnMask.of(MaskFunction.NULL)));
    }
}
