package ai.insightpulse.odooops.neutralize;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.summary.SummaryLine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The summary line: the seeds' seven keys first, in their order; extras after; one line. */
class SummaryLineTest {

    private static final List<String> SEED_KEYS = List.of("env", "db", "dry_run", "mail_servers_changed",
            "crons_changed", "already_neutralized", "status");

    private static List<String> keys(String line) throws Exception {
        JsonNode node = new ObjectMapper().readTree(line.substring(SummaryLine.PREFIX.length()));
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }

    @Test
    void aSuccessfulRunRendersTheSeedKeysFirstThenTheExtras() throws Exception {
        NeutralizationResult r = new NeutralizationResult(Optional.of("stage"), Optional.of("odoo_stage"), false,
                RunStatus.OK, List.of(TargetResult.counted(NeutralizationTarget.MAIL_SERVERS, 4, false),
                TargetResult.counted(NeutralizationTarget.CRONS, 18, false),
                TargetResult.skipped(NeutralizationTarget.WEB_BANNER, "missing ir_ui_view")),
                List.of("mail.mail_gc_notifications"), Optional.of("18.0"), Duration.ofMillis(42), Optional.empty());

        String line = SummaryLine.render(r);

        assertThat(line).startsWith("NEUTRALIZE_SUMMARY: {\"env\":\"stage\",\"db\":\"odoo_stage\",\"dry_run\":false,"
                + "\"mail_servers_changed\":4,\"crons_changed\":18,\"already_neutralized\":false,\"status\":\"ok\",");
        assertThat(keys(line)).containsExactly("env", "db", "dry_run", "mail_servers_changed", "crons_changed",
                "already_neutralized", "status", "contract_version", "odoo_series", "targets", "uncovered_modules",
                "unresolved_allowlist",
                "duration_ms");
        assertThat(line).contains("\"web_banner\":{\"outcome\":\"skipped\",\"rows\":0,\"reason\":\"missing ir_ui_view\"}")
                .contains("\"contract_version\":\"" + ContractVersion.VALUE + "\"")
                .doesNotContain("\n");
    }

    @Test
    void aTargetReportingTablesRendersRowsDeletedAndColumnsPerTable() {
        java.util.Map<String, Long> tables = new java.util.LinkedHashMap<>();
        tables.put("mail_mail", 2L);
        tables.put("mail_mail:deleted", 1L);
        tables.put("mail_mail.email_to", 1L);
        tables.put("mail_message", 5L);
        tables.put("mail_message.email_from", 5L);
        NeutralizationResult r = new NeutralizationResult(Optional.of("dev"), Optional.of("odoo_dev"), false,
                RunStatus.OK, List.of(TargetResult.counted(NeutralizationTarget.SANITIZE_MAIL, 7, false)
                .withTables(tables)), List.of(), Optional.of("18.0"), Duration.ofMillis(1), Optional.empty());

        assertThat(SummaryLine.render(r)).contains("\"sanitize_mail\":{\"outcome\":\"changed\",\"rows\":7,"
                + "\"tables\":{\"mail_mail\":{\"rows\":2,\"deleted\":1,\"columns\":{\"email_to\":1}},"
                + "\"mail_message\":{\"rows\":5,\"columns\":{\"email_from\":5}}}}");
    }

    @Test
    void anErrorCarriesItsKindAndMessageLast() throws Exception {
        String line = SummaryLine.render(NeutralizationResult.configError("stage", "odoo_prod", true,
                "IPAI_ENV=stage requires DB_NAME=odoo_stage", Duration.ZERO));
        assertThat(keys(line).subList(0, 7)).isEqualTo(SEED_KEYS);
        assertThat(keys(line).get(keys(line).size() - 1)).isEqualTo("error");
        assertThat(line).contains("\"status\":\"error\"")
                .endsWith("\"error\":{\"kind\":\"config\",\"message\":\"IPAI_ENV=stage requires DB_NAME=odoo_stage\"}}");
    }

    @Test
    void aRunThatFoundNothingToChangeIsAlreadyNeutralized() {
        NeutralizationResult r = new NeutralizationResult(Optional.of("dev"), Optional.of("odoo_dev"), false,
                RunStatus.NO_OP, List.of(TargetResult.counted(NeutralizationTarget.MAIL_SERVERS, 0, false),
                TargetResult.counted(NeutralizationTarget.CRONS, 0, false)), List.of(), Optional.empty(),
                Duration.ZERO, Optional.empty());
        assertThat(r.alreadyNeutralized()).isTrue();
        assertThat(SummaryLine.render(r)).contains("\"already_neutralized\":true,\"status\":\"no_op\"");
    }

    @Test
    void multiLineFailureMessagesAreFoldedOntoOneLine() {
        Failure f = new Failure(Failure.Kind.DATABASE, "first\n  second\r\nthird");
        assertThat(f.message()).isEqualTo("first second third");
    }
}
