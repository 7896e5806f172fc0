package ai.insightpulse.odooops.neutralize;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** neutralize-core is the pure contract: JDK, Jackson and the SLF4J API only, and no package cycles. */
class ArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ai.insightpulse.odooops.neutralize");

    @Test
    void coreDependsOnlyOnTheJdkJacksonAndSlf4j() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.annotation..", "javax.crypto..", "com.fasterxml.jackson..", "org.slf4j..",
                        "ai.insightpulse.odooops.neutralize..")
                .check(core);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("ai.insightpulse.odooops.neutralize.(**)").should().beFreeOfCycles().check(core);
    }
}
