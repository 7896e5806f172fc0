package ai.insightpulse.odooops.lifecycle.filestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import ai.insightpulse.odooops.lifecycle.filestore.internal.ReflinkCopier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FilestoreCopyTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = FilestoreCopyMode.class, names = {"AUTO", "HARDLINK", "COPY"})
    void everyFileOfTheCopyIsByteIdenticalAndTheSourceIsUntouched(FilestoreCopyMode mode) {
        Path source = dir.resolve("filestore/prod");
        Map<String, String> before = FilestoreTrees.seed(source, 120);
        List<long[]> told = new ArrayList<>();

        FilestoreCopyResult result = FilestoreCopy.copy(source, dir.resolve("filestore/copy"), mode,
                (files, bytes) -> told.add(new long[] {files, bytes}));

        assertThat(FilestoreTrees.digests(dir.resolve("filestore/copy"))).isEqualTo(before);
        assertThat(FilestoreTrees.digests(source)).isEqualTo(before);
        assertThat(result.files()).isEqualTo(120);
        assertThat(result.mode()).isNotEqualTo(FilestoreCopyMode.AUTO);
        assertThat(told).last().satisfies(last -> assertThat(last[0]).isEqualTo(120));
        assertThat(Files.isDirectory(dir.resolve("filestore/copy/checklist"))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = FilestoreCopyMode.class, names = {"HARDLINK", "COPY"})
    void theCopysRootKeepsTheSourceRootsModeWhenItsEntriesAreCopiedInParallel(FilestoreCopyMode mode)
            throws Exception {
        Path source = dir.resolve("filestore/prod");
        FilestoreTrees.seed(source, 200); // ~200 top-level directories: one cp per core, the root made by us
        Files.setPosixFilePermissions(source, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---"));
        Path copy = dir.resolve("filestore/copy");

        FilestoreCopy.copy(source, copy, mode, CopyProgress.NONE);

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)))
                .isEqualTo("rwxr-x---");
        assertThat(FilestoreTrees.digests(copy)).isEqualTo(FilestoreTrees.digests(source));
    }

    @Test
    void withHardlinksDeletingOrAddingAFileInOneLeavesTheOtherAsItWas() throws Exception {
        Path source = dir.resolve("filestore/prod");
        Map<String, String> before = FilestoreTrees.seed(source, 50);
        Path copy = dir.resolve("filestore/copy");
        FilestoreCopy.copy(source, copy, FilestoreCopyMode.HARDLINK, CopyProgress.NONE);
        String someFile = before.keySet().iterator().next();

        Files.delete(copy.resolve(someFile));
        Files.writeString(copy.resolve("ab/new-in-copy"), "new");
        Files.delete(source.resolve(before.keySet().stream().skip(1).findFirst().orElseThrow()));
        Files.writeString(source.resolve("ab/new-in-source"), "new");

        Map<String, String> sourceNow = FilestoreTrees.digests(source);
        Map<String, String> copyNow = FilestoreTrees.digests(copy);
        assertThat(sourceNow).containsKey(someFile).doesNotContainKey("ab/new-in-copy");
        assertThat(copyNow).doesNotContainKey(someFile).doesNotContainKey("ab/new-in-source")
                .containsKey(before.keySet().stream().skip(1).findFirst().orElseThrow());
    }

    @Test
    void aMissingSourceIsAnEmptyFilestoreAndMakesNothing() {
        FilestoreCopyResult result = FilestoreCopy.copy(dir.resolve("filestore/none"), dir.resolve("filestore/copy"),
                FilestoreCopyMode.AUTO, CopyProgress.NONE);

        assertThat(result.files()).isZero();
        assertThat(dir.resolve("filestore/copy")).doesNotExist();
    }

    @Test
    void anExistingTargetIsRefusedAndLeftAsItWas() throws Exception {
        Path source = dir.resolve("filestore/prod");
        FilestoreTrees.seed(source, 3);
        Path copy = Files.createDirectories(dir.resolve("filestore/copy"));
        Files.writeString(copy.resolve("mine"), "mine");

        assertThatThrownBy(() -> FilestoreCopy.copy(source, copy, FilestoreCopyMode.COPY, CopyProgress.NONE))
                .isInstanceOf(FilestoreException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(copy.resolve("mine"))).isEqualTo("mine");
    }

    @Test
    void removingAHardlinkedCopyLeavesTheSourceWhole() {
        Path source = dir.resolve("filestore/prod");
        Map<String, String> before = FilestoreTrees.seed(source, 20);
        Path copy = dir.resolve("filestore/copy");
        FilestoreCopy.copy(source, copy, FilestoreCopyMode.HARDLINK, CopyProgress.NONE);

        FilestoreCopy.remove(copy);

        assertThat(copy).doesNotExist();
        assertThat(FilestoreTrees.digests(source)).isEqualTo(before);
    }

    @Test
    void aCopyThatFailsHalfwayLeavesNoPartialTarget() {
        Path source = dir.resolve("filestore/prod");
        FilestoreTrees.seed(source, 30);
        Path copy = dir.resolve("filestore/copy");
        // cp --reflink=always makes the directories, then fails on every file where the filesystem cannot clone
        assumeFalse(ReflinkCopier.works(source, dir), "this filesystem clones files");

        assertThatThrownBy(() -> FilestoreCopy.copy(source, copy, FilestoreCopyMode.REFLINK, CopyProgress.NONE))
                .isInstanceOf(FilestoreException.class).hasMessageContaining("cannot clone files");
        assertThat(copy).doesNotExist();
        assertThat(FilestoreTrees.digests(source)).hasSize(30);
    }

    @Test
    void theCopyModesAreNamedAsOnTheCommandLine() {
        assertThat(FilestoreCopyMode.parse("reflink")).contains(FilestoreCopyMode.REFLINK);
        assertThat(FilestoreCopyMode.parse("REFLINK")).isEmpty();
    }
}
