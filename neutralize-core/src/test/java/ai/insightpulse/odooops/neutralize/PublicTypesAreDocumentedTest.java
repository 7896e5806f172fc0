package ai.insightpulse.odooops.neutralize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every public type of every module carries a javadoc comment: the API is what consumers read. */
class PublicTypesAreDocumentedTest {

    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:(?:final|abstract|sealed|non-sealed|static)\\s+)*(?:class|interface|record|enum|@interface)\\b.*");

    @Test
    void everyPublicTypeHasAJavadocComment() throws IOException {
        List<String> undocumented = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(".."))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .filter(p -> !p.toString().contains("/examples/"))
                    .toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (PUBLIC_TYPE.matcher(lines.get(i)).matches() && !documented(lines, i)) {
                        undocumented.add(file.normalize() + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(undocumented).isEmpty();
    }

    private static boolean documented(List<String> lines, int declaration) {
        // walk back over annotations (which may span lines) to the previous statement or comment end
        int i = declaration - 1;
        while (i >= 0) {
            String line = lines.get(i).strip();
            if (line.endsWith("*/") || line.endsWith(";") || line.endsWith("}")) {
                return line.endsWith("*/");
            }
            i--;
        }
        return false;
    }
}
