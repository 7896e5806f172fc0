package ai.insightpulse.odooops.lifecycle.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.insightpulse.odooops.lifecycle.filestore.CopyProgress;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OdooBackupZipTest {

    @TempDir
    Path dir;

    @Test
    void anOdooBackupGivesItsManifestItsDumpAndItsFilestore() throws Exception {
        BackupZips backup = BackupZips.odoo("SELECT 1;\n", "18.0", 40);
        Path file = backup.write(dir.resolve("backup.zip"));

        try (OdooBackupZip zip = OdooBackupZip.open(file, ZipLimits.DEFAULT)) {
            assertThat(zip.manifest()).get().satisfies(m -> {
                assertThat(m.series()).isEqualTo("18.0");
                assertThat(m.pgMajor()).contains(15);
                assertThat(m.modules()).containsKeys("base", "mail");
            });
            try (InputStream sql = zip.dump()) {
                assertThat(new String(sql.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("SELECT 1;\n");
            }
            long[] written = zip.extractFilestore(dir.resolve("fs"), CopyProgress.NONE);
            assertThat(written[0]).isEqualTo(40);
        }
        backup.entries().forEach((name, content) -> {
            if (name.startsWith("filestore/")) {
                assertThat(dir.resolve("fs").resolve(name.substring("filestore/".length()))).hasBinaryContent(content);
            }
        });
        assertThat(OdooBackupZip.looksLikeZip(file)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"filestore/../../escape", "/etc/passwd", "filestore/ab/../../x", "C:/x", "filestore\\..\\x",
        "filestore//x"})
    void anEntryThatCouldLeaveTheFilestoreIsRefusedBeforeAnythingIsWritten(String name) {
        Path file = BackupZips.odoo("SELECT 1;\n", "18.0", 2).add(name, "x".getBytes()).write(dir.resolve("bad.zip"));

        assertThatThrownBy(() -> OdooBackupZip.open(file, ZipLimits.DEFAULT)).isInstanceOf(BackupZipException.class)
                .hasMessageContaining("refusing");
        assertThat(dir.resolve("fs")).doesNotExist();
        assertThat(dir.getParent().resolve("escape")).doesNotExist();
    }

    @Test
    void aSymbolicLinkEntryIsRefused() {
        Path file = BackupZips.odoo("SELECT 1;\n", "18.0", 2).add("filestore/ab/link", "/etc/passwd".getBytes())
                .write(dir.resolve("link.zip"));
        BackupZips.markAsSymlink(file, "filestore/ab/link");

        assertThatThrownBy(() -> OdooBackupZip.open(file, ZipLimits.DEFAULT))
                .hasMessageContaining("'filestore/ab/link' is a symbolic link");
    }

    @Test
    void aZipBombIsRefusedOnItsRatioAndOnItsSize() {
        byte[] zeros = new byte[8 << 20];
        Path file = BackupZips.odoo("SELECT 1;\n", "18.0", 0).add("filestore/00/bomb", zeros)
                .write(dir.resolve("bomb.zip"));

        assertThatThrownBy(() -> OdooBackupZip.open(file, new ZipLimits(1L << 40, 100, 1000)))
                .hasMessageContaining("expands").hasMessageContaining("more than the limit of 100:1");
        assertThatThrownBy(() -> OdooBackupZip.open(file, new ZipLimits(4 << 20, 100_000, 1000)))
                .hasMessageContaining("more than the limit of 4194304 bytes");
    }

    @Test
    void aTruncatedZipIsRefused() throws Exception {
        Path file = BackupZips.odoo("SELECT 1;\n", "18.0", 30).write(dir.resolve("whole.zip"));
        byte[] bytes = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> OdooBackupZip.open(cut, ZipLimits.DEFAULT)).isInstanceOf(BackupZipException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void aZipWithoutDumpIsNotAnOdooBackup() {
        Path file = new BackupZips().add("readme.txt", "hi".getBytes()).write(dir.resolve("other.zip"));

        assertThatThrownBy(() -> OdooBackupZip.open(file, ZipLimits.DEFAULT)).hasMessageContaining("no dump.sql");
    }

    @Test
    void namesAreCheckedSegmentBySegment() {
        assertThat(Stream.of("filestore/ab/abcdef", "dump.sql", "filestore/", "filestore/ab/")
                .map(OdooBackupZip::unsafeName)).allMatch(java.util.Optional::isEmpty);
        assertThat(OdooBackupZip.unsafeName("filestore/a..b/c")).isEmpty();
        assertThat(OdooBackupZip.unsafeName("filestore/./c")).isPresent();
    }
}
