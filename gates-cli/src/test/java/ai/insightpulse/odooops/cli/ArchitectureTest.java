package ai.insightpulse.odooops.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The CLI uses the library's public API only (engine and lifecycle), never the agent; its command packages have no
 * cycles; the neutralize path names no gate or lifecycle command.
 */
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
    void theCliUsesOnlyThePublicApiOfTheLibrary() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("ai.insightpulse.odooops.neutralize.jooq.internal..",
                "ai.insightpulse.odooops.lifecycle.internal..").check(cli);
    }

    @Test
    void theNeutralizeCommandKnowsNeitherTheGatesNorTheLifecycleCommands() {
        // only the command table (OdooOpsCli) names them, each inside a lambda (NeutralizeStaysLeanTest)
        noClasses().that().resideInAPackage("ai.insightpulse.odooops.cli").and().doNotHaveSimpleName("OdooOpsCli")
                .should().dependOnClassesThat().resideInAnyPackage("ai.insightpulse.odooops.cli.gate..",
                        "ai.insightpulse.odooops.cli.lifecycle..", "ai.insightpulse.odooops.cli.demo..")
                .check(cli);
    }

    @Test
    void databaseLifecycleCommandsAndRepositoryGatesAreApart() {
        noClasses().that().resideInAPackage("ai.insightpulse.odooops.cli.lifecycle..")
                .should().dependOnClassesThat().resideInAPackage("ai.insightpulse.odooops.cli.gate..").check(cli);
        noClasses().that().resideInAPackage("ai.insightpulse.odooops.cli.gate..")
                .should().dependOnClassesThat().resideInAPackage("ai.insightpulse.odooops.cli.lifecycle..").check(cli);
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
