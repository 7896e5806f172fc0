package ai.insightpulse.odooops.lifecycle.filestore.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Copy-on-write clones through coreutils' {@code cp --reflink=always}: the FICLONE ioctl is not reachable from Java
 * without native code, and one {@code cp} per tree costs one process, not one per file.
 */
public final class ReflinkCopier {

    private ReflinkCopier() {
    }

    /** Whether a file of {@code source} can be reflinked into {@code dir} (tried on one file, then removed). */
    public static boolean works(Path source, Path dir) {
        Optional<Path> sample;
        try (Stream<Path> files = Files.walk(source)) {
            sample = files.filter(Files::isRegularFile).findFirst();
        } catch (IOException | RuntimeException e) {
            return false;
        }
        if (sample.isEmpty()) {
            return false;
        }
        Path probe = dir.resolve(".odooops-reflink-probe-" + ProcessHandle.current().pid());
        try {
            return run(List.of("cp", "--reflink=always", "--", sample.get().toString(), probe.toString()));
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // a probe file left behind is harmless
            }
        }
    }

    /** Clones the tree {@code source} as {@code target} (one {@code cp -a --reflink=always}). */
    public static TreeCopier.Totals copy(Path source, Path target, BiConsumer<Long, Long> progress) throws IOException {
        try {
            return CpCopier.reflink(source, target, progress);
        } catch (java.io.InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(e.getMessage() + ": the filesystem cannot clone files (use --filestore-copy auto, "
                    + "hardlink or copy)", e);
        }
    }

    private static boolean run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(24, TimeUnit.HOURS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
