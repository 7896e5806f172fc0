package ai.insightpulse.odooops.neutralize.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.CronAllowlist;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.XmlId;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Allowlisted crons are matched by xml id and left exactly as they are. */
class CronAllowlistTest {

    private final JooqNeutralizer engine = JooqNeutralizer.create();

    @Test
    void aReplacedAllowlistKeepsItsCronsAndReportsEntriesThatMatchNothing() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            Map<String, Integer> ids = ProdLikeSeed.seed(db);
            CronAllowlist allowlist = CronAllowlist.of(List.of(new XmlId("sms", "ir_cron_sms_scheduler_action"),
                    new XmlId("base_automation", "ir_cron_data_base_automation_check"),
                    new XmlId("custom", "does_not_exist")));

            NeutralizationResult r = engine.neutralize(db.config().cronAllowlist(allowlist).build());

            assertThat(db.scalar("SELECT active FROM ir_cron WHERE id = " + ids.get("cron_ir_cron_sms_scheduler_action")))
                    .isEqualTo(true);
            assertThat(db.scalar("SELECT active FROM ir_cron WHERE id = " + ids.get("cron_inactive")))
                    .as("an allowlisted inactive cron is never switched on").isEqualTo(false);
            assertThat(db.scalar("SELECT active FROM ir_cron WHERE id = " + ids.get("cron_autovacuum")))
                    .as("not in the replaced allowlist").isEqualTo(false);
            assertThat(db.count("SELECT count(*) FROM ir_cron WHERE active")).isEqualTo(1);
            assertThat(r.unresolvedAllowlist()).containsExactly("custom.does_not_exist");
        }
    }

    @Test
    void anAllowlistOfNineThousandEntriesRunsAsOneStatementAndKeepsItsCrons() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            Map<String, Integer> ids = ProdLikeSeed.seed(db);
            List<XmlId> entries = new ArrayList<>();
            entries.add(new XmlId("sms", "ir_cron_sms_scheduler_action"));
            for (int i = 1; i < 9_000; i++) {
                entries.add(new XmlId("custom", "cron_" + i));
            }

            NeutralizationResult r = engine.neutralize(db.config().cronAllowlist(CronAllowlist.of(entries)).build());

            assertThat(r.failure()).isEmpty();
            assertThat(r.status()).isEqualTo(RunStatus.OK);
            assertThat(db.scalar("SELECT active FROM ir_cron WHERE id = " + ids.get("cron_ir_cron_sms_scheduler_action")))
                    .isEqualTo(true);
            assertThat(db.count("SELECT count(*) FROM ir_cron WHERE active")).isEqualTo(1);
            assertThat(r.unresolvedAllowlist()).hasSize(8_999).startsWith("custom.cron_1");
        }
    }

    @Test
    void anEmptyAllowlistSwitchesEveryCronOff() {
        try (OdooDatabase db = OdooDatabase.createDev("17.0")) {
            ProdLikeSeed.seed(db);
            NeutralizationResult r = engine.neutralize(db.config().cronAllowlist(CronAllowlist.none()).build());
            assertThat(db.count("SELECT count(*) FROM ir_cron WHERE active")).isZero();
            assertThat(r.unresolvedAllowlist()).isEmpty();
        }
    }

    @Test
    void anXmlIdOfAnotherModelNeverKeepsACronAlive() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            Map<String, Integer> ids = ProdLikeSeed.seed(db);
            // the seed points base.ir_cron_auto_vacuum (model ir.actions.server) at a live cron's id
            engine.neutralize(db.config().build());
            assertThat(db.scalar("SELECT active FROM ir_cron WHERE id = "
                    + ids.get("cron_ir_cron_mail_scheduler_action"))).isEqualTo(false);
        }
    }
}
