package ai.insightpulse.odooops.lifecycle.internal;

import ai.insightpulse.odooops.neutralize.Failure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code --jobs N} for custom and directory archives. {@code pg_restore -j} would connect and run the archive
 * itself, past the {@link DumpVetting} every restored statement goes through; so the parallelism is ours, with
 * pg_restore only writing scripts ({@code --file=-}, no connection): the pre-data section first, then the table
 * data, one table per script, over N connections of the restore role (a table's COPY is independent of the others'
 * until the post-data section adds the constraints), then the rest of the data section and the post-data section.
 */
final class ParallelArchiveRestore {

    private final Path pgRestore;
    private final Path archive;
    private final int jobs;
    private final Supplier<Connection> connect;
    private final Consumer<String> progress;

    /**
     * @param connect  a new connection to the copy as the restore role
     * @param progress a progress line
     */
    ParallelArchiveRestore(Path pgRestore, Path archive, int jobs, Supplier<Connection> connect,
                           Consumer<String> progress) {
        this.pgRestore = pgRestore;
        this.archive = archive;
        this.jobs = jobs;
        this.connect = connect;
        this.progress = progress;
    }

    void run() {
        script("pre-data", List.of("--section=pre-data"));
        List<String> tables = new ArrayList<>();
        List<String> otherData = new ArrayList<>();
        for (String line : listing()) {
            if (line.isBlank() || line.startsWith(";")) {
                continue;
            }
            (line.contains(" TABLE DATA ") ? tables : otherData).add(line);
        }
        restoreTables(tables);
        if (!otherData.isEmpty()) {
            try (Connection c = connect.get()) {
                restoreListed(c, "the rest of the data section", otherData);
            } catch (SQLException e) {
                throw new CopyFailure(Failure.Kind.DATABASE, "cannot close a restore connection: " + e.getSQLState());
            }
        }
        script("post-data", List.of("--section=post-data"));
    }

    private void restoreTables(List<String> tables) {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(tables);
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        long[] next = {System.nanoTime() + 2_000_000_000L};
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < jobs; i++) {
                workers.add(pool.submit(() -> {
                    try (Connection c = connect.get()) {
                        for (String entry = queue.poll(); entry != null && !failed.get(); entry = queue.poll()) {
                            String table = entry.substring(entry.indexOf(" TABLE DATA ") + 12).trim();
                            restoreListed(c, "table data " + table, List.of(entry));
                            int n = done.incrementAndGet();
                            synchronized (next) {
                                long now = System.nanoTime();
                                if (now >= next[0] || n == tables.size()) {
                                    next[0] = now + 2_000_000_000L;
                                    progress.accept("  " + n + " of " + tables.size() + " tables done (" + jobs
                                            + " jobs)");
                                }
                            }
                        }
                    } catch (SQLException e) {
                        failed.set(true);
                        throw new CopyFailure(Failure.Kind.DATABASE, "cannot close a restore connection: "
                                + e.getSQLState());
                    } catch (RuntimeException e) {
                        failed.set(true);
                        throw e;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                try {
                    worker.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new CopyFailure(Failure.Kind.INTERNAL, "a restore job failed: " + e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CopyFailure(Failure.Kind.INTERNAL, "interrupted while restoring");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void script(String what, List<String> options) {
        try (Connection c = connect.get()) {
            restore(c, what, options);
        } catch (SQLException e) {
            throw new CopyFailure(Failure.Kind.DATABASE, "cannot close a restore connection: " + e.getSQLState());
        }
    }

    private void restore(Connection c, String what, List<String> options) {
        List<String> command = new ArrayList<>(List.of(pgRestore.toString(), "--no-owner", "--file=-"));
        command.addAll(options);
        command.add(archive.toString());
        PlainDumpRestore restore = new PlainDumpRestore(archive + " (" + what + ", as pg_restore's script)",
                read -> { });
        PgClientTools.readOutput(command, out -> restore.run(out, c));
    }

    private List<String> listing() {
        List<String> lines = new ArrayList<>();
        PgClientTools.readOutput(List.of(pgRestore.toString(), "--list", "--section=data", archive.toString()),
                out -> lines.addAll(new String(out.readAllBytes(), StandardCharsets.UTF_8).lines().toList()));
        return lines;
    }

    /** Restores only {@code entries} of the archive's table of contents ({@code --use-list}). */
    private void restoreListed(Connection c, String what, List<String> entries) {
        Path list = null;
        try {
            list = Files.createTempFile("odooops-toc-", ".list");
            Files.write(list, entries, StandardCharsets.UTF_8);
            restore(c, what, List.of("--use-list=" + list));
        } catch (IOException e) {
            throw new CopyFailure(Failure.Kind.INTERNAL, "cannot write a pg_restore list: " + e.getMessage());
        } finally {
            if (list != null) {
                try {
                    Files.deleteIfExists(list);
                } catch (IOException ignored) {
                    // a list of table names holds no secret
                }
            }
        }
    }
}
