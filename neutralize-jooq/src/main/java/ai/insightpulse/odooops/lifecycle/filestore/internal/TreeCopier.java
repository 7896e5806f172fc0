package ai.insightpulse.odooops.lifecycle.filestore.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/** Walks a directory tree once, making each file of the copy by a hard link or a byte copy. */
public final class TreeCopier {

    /** How often the progress listener is told. */
    public static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(2);

    private TreeCopier() {
    }

    /**
     * Files and bytes of a copy.
     *
     * @param files regular files
     * @param bytes their bytes
     */
    public record Totals(long files, long bytes) {
    }

    /** A tree of hard links to {@code source}'s files. */
    public static Totals link(Path source, Path target, BiConsumer<Long, Long> progress) throws IOException {
        return walk(source, target, progress, true);
    }

    /** A byte copy of {@code source}. */
    public static Totals copy(Path source, Path target, BiConsumer<Long, Long> progress) throws IOException {
        return walk(source, target, progress, false);
    }

    /** Counts the regular files of a tree and their bytes. */
    public static Totals count(Path dir) throws IOException {
        long[] totals = new long[2];
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    totals[0]++;
                    totals[1] += attrs.size();
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new Totals(totals[0], totals[1]);
    }

    /** Removes a tree without following links; a missing tree is fine. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static Totals walk(Path source, Path target, BiConsumer<Long, Long> progress, boolean hardlink)
            throws IOException {
        long[] totals = new long[2];
        long[] next = {System.nanoTime() + PROGRESS_NANOS};
        // the root may be a link (a filestore moved to another volume); nothing below it is followed
        Path root = source.toRealPath();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectory(target.resolve(root.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path to = target.resolve(root.relativize(file).toString());
                if (attrs.isRegularFile() && hardlink) {
                    Files.createLink(to, file);
                } else {
                    Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                }
                if (attrs.isRegularFile()) {
                    totals[0]++;
                    totals[1] += attrs.size();
                }
                long now = System.nanoTime();
                if (now >= next[0]) {
                    next[0] = now + PROGRESS_NANOS;
                    progress.accept(totals[0], totals[1]);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        progress.accept(totals[0], totals[1]);
        return new Totals(totals[0], totals[1]);
    }
}
