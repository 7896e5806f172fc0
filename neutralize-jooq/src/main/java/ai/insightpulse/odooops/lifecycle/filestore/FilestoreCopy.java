package ai.insightpulse.odooops.lifecycle.filestore;

import ai.insightpulse.odooops.lifecycle.filestore.internal.CpCopier;
import ai.insightpulse.odooops.lifecycle.filestore.internal.ReflinkCopier;
import ai.insightpulse.odooops.lifecycle.filestore.internal.TreeCopier;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Copies one database's filestore to a new directory, by the cheapest means the filesystem offers. The target must
 * not exist; on failure, whatever was made of it is removed. The source is only read.
 */
public final class FilestoreCopy {

    /** Filesystems that never clone files: {@code auto} does not spend a {@code cp} process to find that out. */
    private static final Set<String> NO_REFLINK = Set.of("ext2", "ext3", "ext4", "tmpfs",
            "ramfs", "vfat", "exfat");

    private FilestoreCopy() {
    }

    /**
     * Readies what a coming {@link #copy} starts (its first external process), in the background, and returns at
     * once: call it before other slow work, e.g. while the server copies the database, so that a JVM's one-time
     * cost of its first process (~20-40 ms) is not on the copy's path. Optional; the copy works without it.
     */
    public static void prepare() {
        if (CpCopier.available()) {
            CpCopier.warmUp();
        }
    }

    /**
     * Copies {@code source} to {@code target}. A missing source is an empty filestore: nothing is made.
     *
     * @throws FilestoreException on any failure (the partial target has been removed)
     */
    public static FilestoreCopyResult copy(Path source, Path target, FilestoreCopyMode mode, CopyProgress progress) {
        long started = System.nanoTime();
        if (!Files.isDirectory(source)) {
            return new FilestoreCopyResult(mode, 0, 0, elapsed(started), "no filestore at " + source);
        }
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FilestoreException("cannot copy the filestore to " + target + ": it already exists");
        }
        try {
            Files.createDirectories(target.getParent());
            FilestoreCopyMode used = mode;
            String reason = "";
            if (mode == FilestoreCopyMode.AUTO) {
                // each file store lookup reads the mount table: once for the target's
                FileStore into = Files.getFileStore(target.getParent());
                if (!NO_REFLINK.contains(into.type()) && ReflinkCopier.works(source, target.getParent())) {
                    used = FilestoreCopyMode.REFLINK;
                    reason = "the filesystem clones files (reflink)";
                } else if (Files.getFileStore(source).equals(into)) {
                    used = FilestoreCopyMode.HARDLINK;
                    reason = "no reflink here; same filesystem: hard links";
                } else {
                    used = FilestoreCopyMode.COPY;
                    reason = "no reflink here and another filesystem: byte copy";
                }
            } else if (mode == FilestoreCopyMode.HARDLINK && !sameFileSystem(source, target.getParent())) {
                throw new FilestoreException("--filestore-copy hardlink: " + source + " and " + target.getParent()
                        + " are on different filesystems");
            }
            TreeCopier.Totals totals = switch (used) {
                case REFLINK -> ReflinkCopier.copy(source, target, progress::copied);
                case HARDLINK -> CpCopier.available() ? CpCopier.link(source, target, progress::copied)
                        : TreeCopier.link(source, target, progress::copied);
                default -> CpCopier.available() ? CpCopier.bytes(source, target, progress::copied)
                        : TreeCopier.copy(source, target, progress::copied);
            };
            return new FilestoreCopyResult(used, totals.files(), totals.bytes(), elapsed(started), reason);
        } catch (IOException | RuntimeException e) {
            removeQuietly(target);
            if (e instanceof FilestoreException f) {
                throw f;
            }
            throw new FilestoreException("cannot copy the filestore " + source + " to " + target + ": " + e, e);
        }
    }

    /**
     * Removes a filestore directory tree (never following links). Removing a hard-linked copy unlinks only its own
     * names: the files stay in every other tree that links them.
     *
     * @throws FilestoreException if something could not be removed
     */
    public static void remove(Path dir) {
        try {
            TreeCopier.delete(dir);
        } catch (IOException e) {
            throw new FilestoreException("cannot remove " + dir + ": " + e, e);
        }
    }

    private static void removeQuietly(Path dir) {
        try {
            TreeCopier.delete(dir);
        } catch (IOException ignored) {
            // the next run's sweep removes what is left of a work directory
        }
    }

    private static boolean sameFileSystem(Path a, Path b) throws IOException {
        FileStore first = Files.getFileStore(a);
        FileStore second = Files.getFileStore(b);
        return first.equals(second);
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
