package ai.insightpulse.odooops.lifecycle.filestore.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * Copies a directory tree in-process, each regular file by a hard link or a byte copy: used where coreutils' cp is
 * not installed ({@link CpCopier} is the usual way, one process per tree). An Odoo filestore is 256 content-address directories
 * ({@code <sha1[:2]>}); they are copied by a small pool of threads (one per core, at most {@value #MAX_THREADS}),
 * each walking its directories without following any link below the root. A symbolic link is copied as a link.
 * The caller's thread reports progress every {@link #PROGRESS_NANOS} and, on any failure, returns only when every
 * worker has stopped, so the partial target can be removed without a worker still writing into it.
 */
public final class TreeCopier {

    /** How often the progress listener is told. */
    public static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** The most threads a copy uses, whatever the cores. */
    static final int MAX_THREADS = 4;

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
        return new Run(source, target, true).copy(progress);
    }

    /** A byte copy of {@code source}. */
    public static Totals copy(Path source, Path target, BiConsumer<Long, Long> progress) throws IOException {
        return new Run(source, target, false).copy(progress);
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

    /** The threads a copy uses on this machine. */
    static int threads() {
        return Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    /** One copy of one tree. */
    private static final class Run {

        private final Path source;
        private final Path target;
        private final boolean hardlink;
        private final AtomicLong files = new AtomicLong();
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicBoolean stop = new AtomicBoolean();

        Run(Path source, Path target, boolean hardlink) {
            this.source = source;
            this.target = target;
            this.hardlink = hardlink;
        }

        Totals copy(BiConsumer<Long, Long> progress) throws IOException {
            // the root may be a link (a filestore moved to another volume); nothing below it is followed
            Path root = source.toRealPath();
            Files.createDirectory(target);
            List<Path> dirs = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
                for (Path entry : entries) {
                    BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (attrs.isDirectory()) {
                        dirs.add(entry);
                    } else {
                        entry(entry, target.resolve(entry.getFileName()), attrs);
                    }
                }
            }
            int threads = Math.min(threads(), Math.max(1, dirs.size()));
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "filestore-copy");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> work = new ArrayList<>(dirs.size());
                for (Path dir : dirs) {
                    work.add(pool.submit(() -> {
                        if (!stop.get()) {
                            tree(dir, target.resolve(dir.getFileName()));
                        }
                        return null;
                    }));
                }
                long next = System.nanoTime() + PROGRESS_NANOS;
                for (Future<?> job : work) {
                    while (true) {
                        try {
                            job.get(Math.max(1, next - System.nanoTime()), TimeUnit.NANOSECONDS);
                            break;
                        } catch (TimeoutException e) {
                            next = System.nanoTime() + PROGRESS_NANOS;
                            progress.accept(files.get(), bytes.get());
                        }
                    }
                }
            } catch (ExecutionException e) {
                stop.set(true);
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IOException(e.getCause());
            } catch (InterruptedException e) {
                stop.set(true);
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while copying " + source);
            } finally {
                stop.set(true);
                pool.shutdownNow();
                awaitStopped(pool);
            }
            progress.accept(files.get(), bytes.get());
            return new Totals(files.get(), bytes.get());
        }

        /** Copies the directory {@code dir} as {@code to}, walking it without following links. */
        private void tree(Path dir, Path to) throws IOException {
            Deque<Path> targets = new ArrayDeque<>();
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    if (stop.get()) {
                        return FileVisitResult.TERMINATE;
                    }
                    Path made = targets.isEmpty() ? to : targets.peek().resolve(d.getFileName());
                    Files.createDirectory(made);
                    targets.push(made);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    entry(file, targets.peek().resolve(file.getFileName()), attrs);
                    return stop.get() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    targets.pop();
                    return FileVisitResult.CONTINUE;
                }
            });
        }

        /** Makes {@code to} from the entry {@code file} that is not a directory. */
        private void entry(Path file, Path to, BasicFileAttributes attrs) throws IOException {
            if (!attrs.isRegularFile()) {
                // a symbolic link (or anything else): copied as itself, never followed
                Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                return;
            }
            if (hardlink) {
                Files.createLink(to, file);
            } else {
                Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            }
            files.incrementAndGet();
            bytes.addAndGet(attrs.size());
        }
    }

    private static void awaitStopped(ExecutorService pool) throws InterruptedIOException {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a worker is inside one system call on a slow disk: it stops at the next file
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while stopping the filestore copy");
        }
    }
}
