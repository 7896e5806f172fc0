package ai.insightpulse.odooops.cli.gate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.OdooOpsCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code odooops neutralize} runs beside every Odoo container and must start fast: it loads no gate class (not even
 * the {@code gate} command), no lifecycle command, no parser of the gates, SnakeYAML, JGit or Flyway, and not
 * {@code evidence prune} (issue 15, point 7); and it reads no annotation, whose proxy classes the JDK generates at
 * every start (issue 18: its picocli model is built in code, {@code CodedOptions}).
 */
class NeutralizeStaysLeanTest {

    @Test
    void neutralizeLoadsNoGateParserYamlOrGitClass() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xshare:off", "-verbose:class",
                "-cp", System.getProperty("java.class.path"), OdooOpsCli.class.getName(), "neutralize", "--dry-run");
        pb.environment().clear();
        pb.environment().put("IPAI_ENV", "prod");
        pb.environment().put("DB_NAME", "odoo_prod");
        pb.redirectErrorStream(true);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        assertThat(output).contains("NEUTRALIZE_SUMMARY: ");
        List<String> loaded = output.lines().filter(l -> l.contains("[class,load]")).toList();
        assertThat(loaded).anyMatch(l -> l.contains("ai.insightpulse.odooops.cli.NeutralizeCommand "));
        assertThat(loaded).noneMatch(l -> l.contains("ai.insightpulse.odooops.cli.gate.")
                || l.contains("ai.insightpulse.odooops.cli.lifecycle.")
                || l.contains("ai.insightpulse.odooops.cli.gate.check.")
                || l.contains("ai.insightpulse.odooops.cli.gate.input.")
                || l.contains("ai.insightpulse.odooops.cli.gate.report.")
                || l.contains("ai.insightpulse.odooops.cli.evidence.prune.")
                || l.contains("org.eclipse.jgit.")
                || l.contains("org.yaml.snakeyaml.")
                || l.contains("org.flywaydb.")
                || l.contains("com.fasterxml.jackson.dataformat.yaml."));
        assertThat(loaded).noneMatch(l -> l.contains("__dynamic_proxy__"));
    }
}
