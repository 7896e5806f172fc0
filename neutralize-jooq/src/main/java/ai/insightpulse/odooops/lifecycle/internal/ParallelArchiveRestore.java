package ai.insightpulse.odooops.lifecycle.internal;

import ai.insightpulse.odooops.neutralize.Failure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader.Statement;
import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader.Token;
import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader.TokenKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
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
 * data, in {@linkplain #batches batches} of tables (the big ones alone), one script per batch, over N connections
 * of the restore role (a table's COPY is independent of the others' until the post-data section adds the
 * constraints), then the rest of the data section and the post-data section.
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
        postData();
    }

    /**
     * The post-data section, read from one pg_restore script and vetted once: each table's index and (non-foreign)
     * constraint builds — which lock only that table — run as one transaction per table over N connections, largest
     * table first; then everything else (foreign keys, which need the referenced keys, triggers, comments, index
     * attachments, ...) in the script's order on one connection. Each build runs under the session settings
     * ({@code SET}, {@code set_config}) the script had set before it.
     */
    private void postData() {
        String source = archive + " (post-data, as pg_restore's script)";
        PlainDumpRestore restore = new PlainDumpRestore(source, read -> { });
        List<Statement> statements = new ArrayList<>();
        PgClientTools.readOutput(List.of(pgRestore.toString(), "--no-owner", "--file=-", "--section=post-data",
                archive.toString()), out -> statements.addAll(restore.vet(out)));
        Map<String, Statement> settings = new LinkedHashMap<>();
        List<Statement> context = List.of();
        Map<String, List<Build>> perTable = new LinkedHashMap<>();
        List<Statement> rest = new ArrayList<>();
        int builds = 0;
        for (Statement s : statements) {
            Optional<String> setting = setting(s);
            if (setting.isPresent()) {
                settings.put(setting.get(), s);
                context = List.copyOf(settings.values());
                rest.add(s);
                continue;
            }
            Optional<String> table = buildsOn(s);
            if (table.isPresent()) {
                perTable.computeIfAbsent(table.get(), k -> new ArrayList<>()).add(new Build(context, s));
                builds++;
            } else {
                rest.add(s);
            }
        }
        if (!perTable.isEmpty()) {
            progress.accept("  post-data: " + builds + " index and key builds on " + perTable.size() + " tables ("
                    + jobs + " jobs)");
            runBuilds(restore, largestFirst(perTable));
        }
        try (Connection c = connect.get()) {
            restore.execute(c, rest);
        } catch (SQLException e) {
            throw new CopyFailure(Failure.Kind.DATABASE, "cannot close a restore connection: " + e.getSQLState());
        }
    }

    /** A post-data statement and the session settings the script had set before it. */
    private record Build(List<Statement> context, Statement statement) {
    }

    /** The parameter a {@code SET name …} or {@code SELECT pg_catalog.set_config('name', …)} sets. */
    static Optional<String> setting(Statement s) {
        List<Token> t = s.tokens();
        if (t.size() >= 2 && t.get(0).isWord("set") && t.get(1).kind() == TokenKind.WORD
                && !t.get(1).isWord("session") && !t.get(1).isWord("local") && !t.get(1).isWord("role")) {
            return Optional.of(t.get(1).text());
        }
        if (t.size() >= 7 && t.get(0).isWord("select") && t.get(1).isWord("pg_catalog") && t.get(2).isSymbol('.')
                && t.get(3).isWord("set_config") && t.get(4).isSymbol('(') && t.get(5).kind() == TokenKind.STRING) {
            return Optional.of("set_config " + t.get(5).text());
        }
        return Optional.empty();
    }

    /**
     * The table a statement builds an index or a non-foreign key on ({@code CREATE [UNIQUE] INDEX name ON [ONLY]
     * table}, {@code ALTER TABLE [ONLY] table ADD CONSTRAINT name PRIMARY KEY|UNIQUE|CHECK|EXCLUDE}), as a
     * qualified name in SQL; empty for any other statement.
     */
    static Optional<String> buildsOn(Statement s) {
        List<Token> t = s.tokens();
        int i = 0;
        if (t.size() > 4 && t.get(0).isWord("create")) {
            i = t.get(1).isWord("unique") ? 2 : 1;
            if (!t.get(i).isWord("index") || !t.get(i + 1).isName() || !t.get(i + 2).isWord("on")) {
                return Optional.empty();
            }
            i += 3;
            if (i < t.size() && t.get(i).isWord("only")) {
                i++;
            }
            return qualifiedName(t, i).map(n -> n.name);
        }
        if (t.size() > 6 && t.get(0).isWord("alter") && t.get(1).isWord("table")) {
            i = t.get(2).isWord("only") ? 3 : 2;
            Optional<QualifiedName> table = qualifiedName(t, i);
            if (table.isEmpty()) {
                return Optional.empty();
            }
            int at = table.get().end;
            if (at + 3 < t.size() && t.get(at).isWord("add") && t.get(at + 1).isWord("constraint")
                    && t.get(at + 2).isName()
                    && (t.get(at + 3).isWord("primary") || t.get(at + 3).isWord("unique")
                    || t.get(at + 3).isWord("check") || t.get(at + 3).isWord("exclude"))) {
                return Optional.of(table.get().name);
            }
        }
        return Optional.empty();
    }

    private record QualifiedName(String name, int end) {
    }

    /** {@code name} or {@code schema.name} at token {@code i}, quoted as SQL. */
    private static Optional<QualifiedName> qualifiedName(List<Token> t, int i) {
        if (i >= t.size() || !t.get(i).isName()) {
            return Optional.empty();
        }
        StringBuilder name = new StringBuilder(sqlName(t.get(i)));
        i++;
        if (i + 1 < t.size() && t.get(i).isSymbol('.') && t.get(i + 1).isName()) {
            name.append('.').append(sqlName(t.get(i + 1)));
            i += 2;
        }
        return Optional.of(new QualifiedName(name.toString(), i));
    }

    private static String sqlName(Token name) {
        return "\"" + name.text().replace("\"", "\"\"") + "\"";
    }

    /** The tables' builds, the largest table first (its index builds take the longest). */
    private List<List<Build>> largestFirst(Map<String, List<Build>> perTable) {
        List<String> tables = new ArrayList<>(perTable.keySet());
        Map<String, Long> sizes = new HashMap<>();
        try (Connection c = connect.get();
             PreparedStatement q = c.prepareStatement(
                     "SELECT t, coalesce(pg_relation_size(to_regclass(t)), 0) FROM unnest(?::text[]) t")) {
            q.setArray(1, c.createArrayOf("text", tables.toArray()));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    sizes.put(r.getString(1), r.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new CopyFailure(Failure.Kind.DATABASE, "cannot read the restored tables' sizes: " + e.getSQLState());
        }
        tables.sort(Comparator.comparingLong((String t) -> sizes.getOrDefault(t, 0L)).reversed());
        return tables.stream().map(perTable::get).toList();
    }

    /** Runs each table's builds as one transaction, over N connections. */
    private void runBuilds(PlainDumpRestore restore, List<List<Build>> groups) {
        ConcurrentLinkedQueue<List<Build>> queue = new ConcurrentLinkedQueue<>(groups);
        parallel(Math.min(jobs, groups.size()), failed -> {
            try (Connection c = connect.get()) {
                List<Statement> applied = null;
                for (List<Build> group = queue.poll(); group != null && !failed.get(); group = queue.poll()) {
                    List<Statement> run = new ArrayList<>();
                    for (Build b : group) {
                        if (b.context() != applied) {
                            run.addAll(b.context());
                            applied = b.context();
                        }
                        run.add(b.statement());
                    }
                    restore.execute(c, run);
                }
            }
        });
    }

    /** Work that a job does on its own connection, until the queue is empty or another job failed. */
    @FunctionalInterface
    private interface Job {
        void run(AtomicBoolean failed) throws SQLException;
    }

    /** Runs {@code job} on {@code threads} threads and waits for all; the first failure is thrown. */
    private static void parallel(int threads, Job job) {
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < Math.max(1, threads); i++) {
                workers.add(pool.submit(() -> {
                    try {
                        job.run(failed);
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

    private void restoreTables(List<String> tables) {
        List<List<String>> batches = batches(tables);
        ConcurrentLinkedQueue<List<String>> queue = new ConcurrentLinkedQueue<>(batches);
        AtomicInteger done = new AtomicInteger();
        long[] next = {System.nanoTime() + 2_000_000_000L};
        parallel(Math.min(jobs, batches.size()), failed -> {
            try (Connection c = connect.get()) {
                for (List<String> batch = queue.poll(); batch != null && !failed.get(); batch = queue.poll()) {
                    String first = batch.get(0);
                    String table = first.substring(first.indexOf(" TABLE DATA ") + 12).trim();
                    restoreListed(c, "table data " + table + (batch.size() > 1 ? " and " + (batch.size() - 1)
                            + " more tables" : ""), batch);
                    int n = done.addAndGet(batch.size());
                    synchronized (next) {
                        long now = System.nanoTime();
                        if (now >= next[0] || n == tables.size()) {
                            next[0] = now + 2_000_000_000L;
                            progress.accept("  " + n + " of " + tables.size() + " tables done (" + jobs + " jobs)");
                        }
                    }
                }
            }
        });
    }

    /**
     * The table data entries in batches, one pg_restore script (one process, one transaction) each, largest first.
     * A directory archive gives each table's data file size: a table of at least 1/(8 × jobs) of the data is a
     * batch of its own, the small ones are grouped up to that size (a script per small table cost a process, a
     * connection round trip and a commit each, which made {@code --jobs 2} slower than one script). A custom
     * archive's table of contents gives no sizes: one table per batch.
     */
    List<List<String>> batches(List<String> tables) {
        Map<String, Long> sizes = new HashMap<>();
        boolean sized = Files.isDirectory(archive);
        long total = 0;
        for (String entry : tables) {
            long size = sized ? dataFileSize(entry) : -1;
            if (size < 0) {
                sized = false;
            }
            sizes.put(entry, size);
            total += Math.max(0, size);
        }
        if (!sized) {
            return tables.stream().map(List::of).toList();
        }
        long threshold = Math.max(1, total / (8L * jobs));
        List<String> bySize = new ArrayList<>(tables);
        bySize.sort(Comparator.comparingLong((String e) -> sizes.get(e)).reversed());
        List<List<String>> batches = new ArrayList<>();
        List<String> open = new ArrayList<>();
        long openSize = 0;
        for (String entry : bySize) {
            long size = sizes.get(entry);
            if (size >= threshold) {
                batches.add(List.of(entry));
                continue;
            }
            open.add(entry);
            openSize += size;
            if (openSize >= threshold) {
                batches.add(List.copyOf(open));
                open.clear();
                openSize = 0;
            }
        }
        if (!open.isEmpty()) {
            batches.add(List.copyOf(open));
        }
        return batches;
    }

    /** The size of a directory archive's data file for a table of contents line, or -1 if none is found. */
    private long dataFileSize(String entry) {
        int semicolon = entry.indexOf(';');
        if (semicolon <= 0) {
            return -1;
        }
        String id = entry.substring(0, semicolon).trim();
        if (!id.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        for (String suffix : List.of(".dat", ".dat.gz", ".dat.lz4", ".dat.zst")) {
            Path file = archive.resolve(id + suffix);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return -1;
                }
            }
        }
        return 0; // a table without rows has no data file in some pg_dump versions
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
