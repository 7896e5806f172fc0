package ai.insightpulse.odooops.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The CLI uses the engine's public API only, never the agent, and its command packages have no cycles. */
class ArchitectureTest {

    private final JavaClasses cli = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ai.insightpulse.odooops.cli");

    @Test
    void theCliUsesNoEngineInternals() {
        noClasses().should().dependOnClassesThat().resideInAPackage("ai.insightpulse.odooops.neutralize.jooq.internal..")
                .check(cli);
    }

    @Test
    void theCliNeverImportsTheAgent() {
        noClasses().should().dependOnClassesThat().resideInAPackage("ai.insightpulse.odooops.agent..").check(cli);
    }

    @Test
    void theCliNeverReachesBuildOnlyCode() {
        // launcher-training (the class-data-sharing training) is on this module's test class path only
        noClasses().should().dependOnClassesThat().resideInAPackage("ai.insightpulse.odooops.training..").check(cli);
    }

    @Test
    void commandPackagesHaveNoCyclesBetweenThem() {
        // the root package registers every command, and commands may run others through it (the neutralization
        // gate runs `neutralize`); between the command packages themselves there is no cycle
        slices().matching("ai.insightpulse.odooops.cli.(*)..").should().beFreeOfCycles().check(cli);
    }
}
