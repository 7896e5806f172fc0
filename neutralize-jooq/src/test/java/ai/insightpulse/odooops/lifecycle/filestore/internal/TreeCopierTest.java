package ai.insightpulse.odooops.lifecycle.filestore.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.lifecycle.filestore.FilestoreTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both ways of copying a tree (one cp process, or in-process where cp is missing) make the same copy. */
class TreeCopierTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"cp link", "cp bytes", "in-process link", "in-process bytes"})
    void everyFileIsCopiedAndNoLinkIsFollowed(String how) throws Exception {
        Path source = dir.resolve("prod");
        Map<String, String> before = FilestoreTrees.seed(source, 300);
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret"), "not the filestore's");
        Files.createSymbolicLink(source.resolve("ab-link"), outside);
        Files.createDirectories(source.resolve("ab"));
        Files.createSymbolicLink(source.resolve("ab/file-link"), outside.resolve("secret"));
        Files.writeString(source.resolve("at-the-root"), "root file");
        Path copy = dir.resolve("copy");
        List<long[]> told = new ArrayList<>();

        TreeCopier.Totals totals = switch (how) {
            case "cp link" -> CpCopier.link(source, copy, (f, b) -> told.add(new long[] {f, b}));
            case "cp bytes" -> CpCopier.bytes(source, copy, (f, b) -> told.add(new long[] {f, b}));
            case "in-process link" -> TreeCopier.link(source, copy, (f, b) -> told.add(new long[] {f, b}));
            default -> TreeCopier.copy(source, copy, (f, b) -> told.add(new long[] {f, b}));
        };

        assertThat(FilestoreTrees.digests(copy)).isEqualTo(FilestoreTrees.digests(source))
                .hasSize(before.size() + 2); // the root file, and the file behind the link (walk follows it)
        assertThat(totals.files()).isEqualTo(before.size() + 1);
        assertThat(totals.bytes()).isEqualTo(TreeCopier.count(source).bytes());
        assertThat(told).last().satisfies(last -> assertThat(last[0]).isEqualTo(totals.files()));
        assertThat(Files.isSymbolicLink(copy.resolve("ab-link"))).isTrue();
        assertThat(Files.readSymbolicLink(copy.resolve("ab-link"))).isEqualTo(outside);
        assertThat(Files.isSymbolicLink(copy.resolve("ab/file-link"))).isTrue();
        assertThat(Files.readSymbolicLink(copy.resolve("ab/file-link"))).isEqualTo(outside.resolve("secret"));
        assertThat(Files.isDirectory(copy.resolve("checklist"))).isTrue();
        try (var names = Files.list(outside)) {
            assertThat(names.toList()).containsExactly(outside.resolve("secret"));
        }
        if (how.endsWith("link")) {
            String file = before.keySet().iterator().next();
            assertThat(Files.isSameFile(copy.resolve(file), source.resolve(file))).isTrue();
        } else {
            String file = before.keySet().iterator().next();
            assertThat(Files.isSameFile(copy.resolve(file), source.resolve(file))).isFalse();
        }
    }
}
