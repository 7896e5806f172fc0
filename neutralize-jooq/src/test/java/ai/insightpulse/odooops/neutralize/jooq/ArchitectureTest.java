package ai.insightpulse.odooops.neutralize.jooq;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine sits on the core contract and under every front end; its packages have no cycles. */
class ArchitectureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // jOOQ's generated classes reference each other by design (tables ↔ schema ↔ keys)
            .withImportOption(location -> !location.contains("/jooq/internal/schema/"))
            .importPackages("ai.insightpulse.odooops.neutralize");

    @Test
    void theEngineKnowsNoFrontEnd() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("ai.insightpulse.odooops.cli..",
                "ai.insightpulse.odooops.agent..", "picocli..", "io.undertow..").check(engine);
    }

    @Test
    void theCoreContractDoesNotDependOnTheEngine() {
        noClasses().that().resideInAPackage("ai.insightpulse.odooops.neutralize")
                .should().dependOnClassesThat().resideInAnyPackage("ai.insightpulse.odooops.neutralize.jooq..",
                        "org.jooq..", "java.sql..", "org.postgresql..")
                .check(engine);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("ai.insightpulse.odooops.neutralize.(**)").should().beFreeOfCycles().check(engine);
    }
}
