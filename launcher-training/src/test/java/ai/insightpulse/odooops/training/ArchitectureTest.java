package ai.insightpulse.odooops.training;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The training is build-only: no production class (contract, engine, agent) reaches it, and the agent's launcher
 * jar holds none of it. (The CLI's own rule is in gates-cli's ArchitectureTest, which sees the CLI's classes.)
 */
class ArchitectureTest {

    private static final Path HOME = Path.of(System.getProperty("odooops.home", "..")).toAbsolutePath().normalize();

    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the generated Odoo tables (thousands of classes) depend on nothing of ours
            .withImportOption(location -> !location.contains("/jooq/internal/schema/"))
            .importPackages("ai.insightpulse.odooops");

    @Test
    void noProductionClassDependsOnTheTraining() {
        noClasses().that().resideOutsideOfPackage("ai.insightpulse.odooops.training..")
                .should().dependOnClassesThat().resideInAPackage("ai.insightpulse.odooops.training..")
                .check(production);
    }

    @Test
    void theProductionModulesHoldNoTrainingClass() {
        assertThat(production.stream().filter(c -> c.getPackageName().startsWith("ai.insightpulse.odooops.training"))
                .map(c -> c.getSource().map(s -> s.getUri().toString()).orElse(""))
                .filter(uri -> !uri.contains("launcher-training"))).isEmpty();
    }

    @Test
    void theAgentsLauncherJarHoldsNoTrainingClass() throws IOException {
        Path jar = HOME.resolve("odoo-agent/target/odooops-agent.jar");
        try (JarFile agent = new JarFile(jar.toFile())) {
            assertThat(agent.stream().map(e -> e.getName()).filter(n -> n.startsWith("ai/insightpulse/odooops/training/")))
                    .isEmpty();
        }
    }
}
