package ai.insightpulse.odooops.agent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module boundaries of DESIGN.md, checked on the agent's classes. */
class ArchitectureTest {

    private static final JavaClasses AGENT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ai.insightpulse.odooops.agent");

    @Test
    void theAgentNeverImportsTheCli() {
        noClasses().should().dependOnClassesThat().resideInAPackage("ai.insightpulse.odooops.cli..")
                .check(AGENT);
    }

    @Test
    void theAgentUsesOnlyThePublicApiOfTheEngine() {
        noClasses().should().dependOnClassesThat()
                .resideInAPackage("ai.insightpulse.odooops.neutralize.jooq.internal..").check(AGENT);
    }

    @Test
    void theAgentDoesNotUsePicocliOrJooqDirectly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.jooq..").check(AGENT);
    }

    @Test
    void onlyThePoolPlumbingTouchesJdbcAndItRunsNoSql() {
        // every query goes through the engine; the pools' classes (sidecar, fleet) only hand connections over
        noClasses().that().doNotHaveSimpleName("AgentDataSource").and().doNotHaveSimpleName("FleetConnections")
                .should().dependOnClassesThat()
                .resideInAPackage("java.sql..").check(AGENT);
        noClasses().should().callMethod(java.sql.Connection.class, "createStatement")
                .orShould().callMethod(java.sql.Connection.class, "prepareStatement", String.class).check(AGENT);
    }

    @Test
    void thePublicPackageHoldsOnlyTheEntryPointAndTheConfig() {
        classes().that().resideInAPackage("ai.insightpulse.odooops.agent").and().arePublic()
                .should().haveSimpleName("OdooAgent").orShould().haveSimpleName("AgentConfig")
                // fleet mode's part of the configuration
                .orShould().haveFullyQualifiedName(AgentConfig.Fleet.class.getName())
                .check(AGENT);
    }

    @Test
    void onlyMainExits() {
        noClasses().that().doNotHaveSimpleName("OdooAgent").should().callMethod(System.class, "exit", int.class)
                .check(AGENT);
    }

    @Test
    void noComponentReadsTheEnvironmentItself() {
        noClasses().that().doNotHaveSimpleName("OdooAgent").should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class).check(AGENT);
    }
}
