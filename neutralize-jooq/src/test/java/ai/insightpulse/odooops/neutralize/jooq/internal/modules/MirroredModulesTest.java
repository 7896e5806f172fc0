package ai.insightpulse.odooops.neutralize.jooq.internal.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The table of mirrored core modules has the community trees' neutralize.sql counts per series (VERSIONS.md §3:
 * 36, 43, 47, 67, plus OCA auth_api_key); "core" holds for every module of real 18.0 and 19.0; modules run in
 * dependency order, then name.
 */
class MirroredModulesTest {

    @Test
    void everySeriesMirrorsAsManyFilesAsItsCommunityTreeShipsPlusOcaAuthApiKey() {
        Map<String, Integer> files = Map.of("16.0", 36, "17.0", 43, "18.0", 47, "19.0", 67);
        files.forEach((series, count) -> {
            assertThat(MirroredModules.of(Optional.of(series))).as(series).hasSize(count + 1)
                    .contains("base", "mail", "payment", "auth_api_key");
        });
        assertThat(MirroredModules.of(Optional.of("16.0"))).contains("payment_ogone").doesNotContain("certificate");
        assertThat(MirroredModules.of(Optional.of("19.0"))).contains("pos_viva_com", "certificate")
                .doesNotContain("payment_ogone", "website_event_jitsi", "pos_paytm");
        assertThat(MirroredModules.of(Optional.of("saas~17.2"))).as("an unknown series: the union")
                .contains("payment_ogone", "pos_viva_com");
        assertThat(MirroredModules.coveredByBuiltIn("queue_job", Optional.of("18.0"))).isTrue();
        assertThat(MirroredModules.coveredByBuiltIn("ipai_zoho_mail_api", Optional.of("18.0"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"18.0", "19.0"})
    void everyModuleOfARealOdooTreeIsCoreAndOcaAndTheCustomersAreNot(String series) throws IOException {
        List<String> notCore = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/odoo/" + series + "/modules-" + series + ".tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t", -1);
                // test_* modules ship for Odoo's own test suite and are never installed in production
                if (!f[0].startsWith("test_") && !InstalledModules.isCore(f[0], f[3], f[4])) {
                    notCore.add(f[0]);
                }
            }
        }
        assertThat(notCore).isEmpty();
        assertThat(InstalledModules.isCore("queue_job", "Camptocamp,ACSONE SA/NV,Odoo Community Association (OCA)",
                "LGPL-3")).isFalse();
        assertThat(InstalledModules.isCore("ipai_zoho_mail_api", "InsightPulse AI", "LGPL-3")).isFalse();
        assertThat(InstalledModules.isCore("ipai_x", "InsightPulse AI", null)).isFalse();
    }

    @Test
    void modulesRunAfterTheirDependenciesThenByName() {
        List<InstalledModules.Module> modules = List.of(module("a_mail", "z_queue"), module("z_queue"),
                module("m_other"), module("b_cycle", "c_cycle"), module("c_cycle", "b_cycle"));

        assertThat(ModuleFilePlan.dependencyOrder(modules)).extracting(InstalledModules.Module::name)
                .containsExactly("m_other", "z_queue", "a_mail", "b_cycle", "c_cycle");
    }

    private static InstalledModules.Module module(String name, String... depends) {
        return new InstalledModules.Module(name, List.of(depends), Optional.empty(), false, false);
    }
}
