package ai.insightpulse.odooops.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status page as a person sees it: rendered by headless Chromium (Debian's package, installed by .ci/run). */
class StatusPageChromiumTest {

    @TempDir
    Path tmp;

    @Test
    void aNeutralizedCopyShowsTheNeutralizedBadgeAndEveryTarget() throws Exception {
        try (AgentFixture fx = AgentFixture.dev()) {
            fx.apply();
            String dom = chromium(tmp, "--dump-dom", fx.uri("/").toString());
            assertThat(dom).contains("id=\"badge\" class=\"badge ok\">NEUTRALIZED</span>");
            assertThat(dom).contains("<b id=\"env\">dev</b>");
            for (String target : List.of("mail_servers", "mail_sink", "crons", "neutralized_flag", "web_banner")) {
                assertThat(dom).contains("data-target=\"" + target + "\"");
            }
            Path png = tmp.resolve("status.png");
            chromium(tmp, "--screenshot=" + png, "--window-size=1000,600", fx.uri("/").toString());
            byte[] bytes = Files.readAllBytes(png);
            assertThat(bytes.length).isGreaterThan(1000);
            assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        }
    }

    @Test
    void anUnneutralizedCopyShowsTheNotNeutralizedBadgeWithPendingRows() throws Exception {
        try (AgentFixture fx = AgentFixture.dev()) {
            fx.awaitStatus(s -> s.path("db_up").asBoolean(), Duration.ofSeconds(10));
            String dom = chromium(tmp, "--dump-dom", fx.uri("/").toString());
            assertThat(dom).contains("class=\"badge bad\">NOT NEUTRALIZED</span>");
            assertThat(dom).containsPattern("data-target=\"crons\"><td>crons</td><td>would_change</td><td>5</td>");
        }
    }

    static String chromium(Path tmp, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(binary(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path out = tmp.resolve("chromium-" + System.nanoTime() + ".out");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 60 s");
        }
        assertThat(p.exitValue()).as("chromium exit code").isZero();
        return Files.readString(out);
    }

    private static String binary() {
        for (String candidate : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new AssertionError("no chromium: install Debian's chromium package (as .ci/run does)");
    }
}
