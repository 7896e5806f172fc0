package ai.insightpulse.odooops.lifecycle.filestore.internal;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Copies a tree with coreutils {@code cp -a} ({@code --link} for hard links, {@code --reflink=always} for clones,
 * neither for bytes), one process per core over the root's top-level entries (see {@link #commands}): a hard-linked
 * copy of 20,000 files takes ~0.05 s of two processes, where a walk in Java costs several times that in a cold JVM,
 * and {@code cp} copies bytes in the kernel ({@code copy_file_range}).
 * {@code -a} never follows a link below the root (symbolic links are copied as links) and keeps modes and times.
 * <p>
 * While {@code cp} runs, the caller's thread counts the source ({@code find}, else a walk; files and bytes per
 * top-level directory, Odoo's 256 {@code <sha1[:2]>} directories) and reports progress every
 * {@link TreeCopier#PROGRESS_NANOS}: the files and bytes of the source's top-level directories already present in
 * the target (so within one directory of the truth). The totals returned are the source's count. {@code cp} runs under {@code setpriv --pdeathsig KILL} where
 * util-linux has it, so a killed run does not leave it writing into the work directory; on any failure it is
 * stopped before this returns, so the caller can remove the partial target.
 */
public final class CpCopier {

    private static final Optional<Path> CP = onPath("cp");
    private static final Optional<Path> SETPRIV = onPath("setpriv");
    private static final Optional<Path> FIND = onPath("find");
    /** The most cp processes one copy runs at once. */
    private static final int MAX_PROCESSES = 4;
    /** Above this many top-level entries, one cp copies the root (the arguments stay far below ARG_MAX). */
    private static final int MAX_SPLIT_ENTRIES = 4096;

    private CpCopier() {
    }

    /** Whether coreutils' cp is installed (else {@link TreeCopier} copies in-process). */
    public static boolean available() {
        return CP.isPresent();
    }

    /**
     * Starts {@code cp --version} on a daemon thread, under {@code setpriv} as a copy's processes are, and returns at
     * once. The first process a JVM starts costs ~20-40 ms of one-time setup (the process classes, the reaper
     * thread, method handles spun on first use) against ~3 ms for each one after; a caller that knows a copy is
     * coming (a clone, while the server copies the database) pays it here, off the copy's path. Best effort: a
     * failure here is the copy's to report.
     */
    public static void warmUp() {
        if (CP.isEmpty()) {
            return;
        }
        Thread warm = new Thread(() -> {
            List<String> command = new ArrayList<>(prefix());
            command.add("--version");
            try {
                new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            } catch (IOException | RuntimeException e) {
                // the copy starts its own processes and reports what fails there
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "odooops-cp-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    /** setpriv (when installed) and cp, the start of every command this runs. */
    private static List<String> prefix() {
        List<String> prefix = new ArrayList<>();
        SETPRIV.ifPresent(setpriv -> prefix.addAll(List.of(setpriv.toString(), "--pdeathsig", "KILL", "--")));
        CP.ifPresent(cp -> prefix.add(cp.toString()));
        return prefix;
    }

    /** A tree of hard links to {@code source}'s files. */
    public static TreeCopier.Totals link(Path source, Path target, BiConsumer<Long, Long> progress)
            throws IOException {
        return copy(source, target, List.of("--link"), progress);
    }

    /** A byte copy of {@code source}. */
    public static TreeCopier.Totals bytes(Path source, Path target, BiConsumer<Long, Long> progress)
            throws IOException {
        return copy(source, target, List.of(), progress);
    }

    /** Copy-on-write clones of {@code source}'s files (fails where the filesystem cannot clone). */
    public static TreeCopier.Totals reflink(Path source, Path target, BiConsumer<Long, Long> progress)
            throws IOException {
        return copy(source, target, List.of("--reflink=always"), progress);
    }

    private static TreeCopier.Totals copy(Path source, Path target, List<String> flags,
                                          BiConsumer<Long, Long> progress) throws IOException {
        // the root may be a link (a filestore moved to another volume); nothing below it is followed
        Path root = source.toRealPath();
        List<List<String>> commands = commands(root, target, flags);
        Path log = Files.createTempFile("odooops-cp", ".log");
        List<Process> running = new ArrayList<>();
        boolean done = false;
        try {
            for (List<String> command : commands) {
                running.add(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start());
            }
            Count count = new Count(root, target, progress);
            TreeCopier.Totals totals = count.run();
            for (int i = 0; i < running.size(); i++) {
                Process cp = running.get(i);
                while (!cp.waitFor(Math.max(1, count.next - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    count.tick();
                }
                if (cp.exitValue() != 0) {
                    List<String> command = commands.get(i);
                    // from cp to its first source (and the target, for the one-process form)
                    int end = Math.min(command.size(), command.lastIndexOf("--") + 3);
                    throw new IOException(String.join(" ", command.subList(command.indexOf("-a") - 1, end))
                            + (end < command.size() ? " …" : "")
                            + " failed (exit " + cp.exitValue() + "): " + lastLine(log));
                }
            }
            if (commands.size() > 1) {
                // the root was made here, not by cp: give it the source root's mode and time as cp -a would
                Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(root, LinkOption.NOFOLLOW_LINKS));
                Files.setLastModifiedTime(target, Files.getLastModifiedTime(root, LinkOption.NOFOLLOW_LINKS));
            }
            done = true;
            progress.accept(totals.files(), totals.bytes());
            return totals;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while copying " + source);
        } finally {
            if (!done) {
                for (Process cp : running) {
                    stop(cp);
                }
            }
            Files.deleteIfExists(log);
        }
    }

    /**
     * The cp processes of one copy. A filestore's top-level entries (Odoo's 256 {@code <sha1[:2]>} directories) are
     * dealt round-robin to one {@code cp -t target} per core (at most {@link #MAX_PROCESSES}): linking is bound by
     * the kernel's per-file work, which runs on every core at once (20,000 links: ~0.09 s in one process, ~0.05 s in
     * two, on two cores). A root with few or very many entries is one {@code cp -T}.
     */
    private static List<List<String>> commands(Path root, Path target, List<String> flags) throws IOException {
        if (CP.isEmpty()) {
            throw new IOException("cp is not installed");
        }
        List<String> prefix = prefix();
        prefix.add("-a");
        prefix.addAll(flags);
        List<String> entries = new ArrayList<>();
        try (DirectoryStream<Path> top = Files.newDirectoryStream(root)) {
            for (Path entry : top) {
                entries.add(entry.toString());
                if (entries.size() > MAX_SPLIT_ENTRIES) {
                    break;
                }
            }
        }
        int processes = Math.min(MAX_PROCESSES, Runtime.getRuntime().availableProcessors());
        if (processes < 2 || entries.size() < 2 * processes || entries.size() > MAX_SPLIT_ENTRIES) {
            // -T: target is the copy itself, never a directory to copy into
            List<String> command = new ArrayList<>(prefix);
            command.addAll(List.of("-T", "--", root.toString(), target.toString()));
            return List.of(command);
        }
        Files.createDirectory(target);
        java.util.Collections.sort(entries);
        List<List<String>> commands = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            List<String> command = new ArrayList<>(prefix);
            command.addAll(List.of("-t", target.toString(), "--"));
            for (int e = i; e < entries.size(); e += processes) {
                command.add(entries.get(e));
            }
            commands.add(command);
        }
        return commands;
    }

    /** The source's count, taken while cp runs, and the progress it allows. */
    private static final class Count {

        private final Path root;
        private final Path target;
        private final BiConsumer<Long, Long> progress;
        /** files and bytes per top-level directory of the source; "" for the files directly under it */
        private final Map<String, long[]> perDir = new HashMap<>();
        private long next = System.nanoTime() + TreeCopier.PROGRESS_NANOS;

        Count(Path root, Path target, BiConsumer<Long, Long> progress) {
            this.root = root;
            this.target = target;
            this.progress = progress;
        }

        TreeCopier.Totals run() throws IOException {
            if (FIND.isPresent()) {
                Optional<TreeCopier.Totals> found = find(FIND.get());
                if (found.isPresent()) {
                    return found.get();
                }
                perDir.clear();
            }
            return walk();
        }

        /**
         * The count by findutils' {@code find -P} (never following a link), a few times cheaper than a walk in a cold
         * JVM; empty if find failed (a file removed from a live source meanwhile), and the walk counts instead. find
         * runs in the root and prints each file's size and directory ({@code 53248 ./ab}), ~12 bytes a file, read
         * in blocks: a cold JVM reading 20,000 full paths a byte at a time spent more than cp took to link them.
         */
        private Optional<TreeCopier.Totals> find(Path find) throws IOException {
            long files = 0;
            long bytes = 0;
            Process p = new ProcessBuilder(find.toString(), "-P", ".", "-mindepth", "1", "-type", "f",
                    "-printf", "%s %h\\0").directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (InputStream in = p.getInputStream()) {
                byte[] block = new byte[1 << 16];
                // one record: digits, a space, "." or "./<top>[/<deeper>…]", NUL
                long size = 0;
                int field = 0; // 0 size, 1 directory up to its top component, 2 the rest of the directory
                int dirLength = 0;
                byte[] dir = new byte[4096]; // a name is at most 255 bytes on Linux filesystems
                for (int n = in.read(block); n != -1; n = in.read(block)) {
                    for (int i = 0; i < n; i++) {
                        byte c = block[i];
                        if (c == 0) {
                            if (field == 0) {
                                throw new IOException("unexpected output of find");
                            }
                            String top = dirLength <= 2 ? "" : new String(dir, 2, dirLength - 2, StandardCharsets.UTF_8);
                            long[] into = perDir.computeIfAbsent(top, k -> new long[2]);
                            into[0]++;
                            into[1] += size;
                            files++;
                            bytes += size;
                            size = 0;
                            field = 0;
                            dirLength = 0;
                        } else if (field == 0) {
                            if (c == ' ') {
                                field = 1;
                            } else if (c >= '0' && c <= '9') {
                                size = size * 10 + (c - '0');
                            } else {
                                throw new IOException("unexpected output of find");
                            }
                        } else if (field == 1) {
                            if (c == '/' && dirLength > 1) {
                                field = 2; // the top-level directory is complete
                            } else if (dirLength < dir.length) {
                                dir[dirLength++] = c;
                            }
                        }
                    }
                    if (System.nanoTime() - next >= 0) {
                        tick();
                    }
                }
                if (field != 0) {
                    throw new IOException("unexpected end of find's output");
                }
            }
            try {
                return p.waitFor() == 0 ? Optional.of(new TreeCopier.Totals(files, bytes)) : Optional.empty();
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while counting " + root);
            } finally {
                p.destroyForcibly();
            }
        }

        private TreeCopier.Totals walk() throws IOException {
            long[] all = new long[2];
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                private long[] current = perDir.computeIfAbsent("", k -> new long[2]);

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.getParent() != null && dir.getParent().equals(root)) {
                        current = perDir.computeIfAbsent(dir.getFileName().toString(), k -> new long[2]);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        long[] into = file.getParent().equals(root) ? perDir.get("") : current;
                        into[0]++;
                        into[1] += attrs.size();
                        all[0]++;
                        all[1] += attrs.size();
                        if (System.nanoTime() - next >= 0) {
                            tick();
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // removed from the live source meanwhile
                    }
                    throw e;
                }
            });
            return new TreeCopier.Totals(all[0], all[1]);
        }

        /** Reports the counted files of the top-level directories cp has reached. */
        void tick() {
            next = System.nanoTime() + TreeCopier.PROGRESS_NANOS;
            long files = 0;
            long bytes = 0;
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> made = Files.newDirectoryStream(target)) {
                    for (Path dir : made) {
                        long[] counted = perDir.get(dir.getFileName().toString());
                        if (counted != null) {
                            files += counted[0];
                            bytes += counted[1];
                        }
                    }
                } catch (IOException e) {
                    return; // progress is best effort
                }
            }
            progress.accept(files, bytes);
        }
    }

    private static void stop(Process cp) throws InterruptedIOException {
        cp.destroyForcibly();
        try {
            cp.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while stopping cp");
        }
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "(no message)" : lines.get(lines.size() - 1).strip();
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
