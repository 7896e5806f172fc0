package ai.insightpulse.odooops.cli.evidence.prune;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * What pruning an evidence directory does, decided before anything is changed, so that a dry run lists exactly what
 * a live run then does. Only the layout {@code RunEvidence} writes is touched:
 * {@code DIR/<yyyyMMdd-HHmmZ>/<topic>/logs/<command>-<HHmmssSSS>[-n].(log|summary.json)[.gz]}, where the run
 * folder's name is the run's time (a file's modification time is not: copies and restores from backup change it).
 * Anything else — a foreign file or folder at any level, a file under {@code logs/} with another name, a symbolic
 * link anywhere (a link is never followed, whatever it points at) — is counted and left alone, and so is every
 * folder that still holds something after pruning.
 *
 * @param actions the changes, in the order they are made (a folder's removal after its content's)
 * @param foreign the entries left alone because they are not the layout's
 */
public record RetentionPlan(List<Action> actions, List<Path> foreign) {

    private static final DateTimeFormatter RUN_FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmZ");
    private static final Pattern RUN_FOLDER_NAME = Pattern.compile("\\d{8}-\\d{4}[+-]\\d{4}");
    private static final Pattern EVIDENCE_FILE =
            Pattern.compile("[a-z][a-z0-9-]*-\\d{9}(-\\d+)?\\.(log|summary\\.json)(\\.gz(\\.partial)?)?");
    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

    /** One change. */
    public record Action(Kind kind, Path path) {
    }

    /** What a change does. */
    public enum Kind {
        /** gzip a file in place: {@code x.log} becomes {@code x.log.gz}, with the same modification time. */
        COMPRESS("compress", "compressed"),
        /** delete an evidence file of an expired run. */
        DELETE("delete", "deleted"),
        /** remove a folder of the layout that pruning emptied. */
        REMOVE_FOLDER("remove folder", "removed folder");

        private final String planned;
        private final String done;

        Kind(String planned, String done) {
            this.planned = planned;
            this.done = done;
        }

        /** The verb for a dry run ("would …") or a live run. */
        public String verb(boolean dryRun) {
            return dryRun ? "would " + planned : done;
        }

        /** The verb in the infinitive, for a failure ("cannot …"). */
        public String infinitive() {
            return planned;
        }
    }

    /**
     * The plan for {@code root} at {@code now}: evidence of runs older than {@code compressAfter} compressed, of runs
     * older than {@code deleteAfter} deleted.
     *
     * @throws IOException when a folder of the layout cannot be listed
     */
    public static RetentionPlan of(Path root, Instant now, Duration compressAfter, Duration deleteAfter)
            throws IOException {
        List<Action> actions = new ArrayList<>();
        List<Path> foreign = new ArrayList<>();
        for (Path run : sorted(root)) {
            Instant at = runTime(run);
            if (at == null) {
                foreign.add(run);
                continue;
            }
            Duration age = Duration.between(at, now);
            boolean expired = age.compareTo(deleteAfter) > 0;
            boolean old = age.compareTo(compressAfter) > 0;
            boolean runEmptied = true;
            for (Path topic : sorted(run)) {
                if (!isFolder(topic)) {
                    foreign.add(topic);
                    runEmptied = false;
                    continue;
                }
                boolean topicEmptied = true;
                for (Path logs : sorted(topic)) {
                    if (!logs.getFileName().toString().equals("logs") || !isFolder(logs)) {
                        foreign.add(logs);
                        topicEmptied = false;
                        continue;
                    }
                    boolean logsEmptied = true;
                    for (Path file : sorted(logs)) {
                        String name = file.getFileName().toString();
                        if (!Files.isRegularFile(file, NO_FOLLOW) || !EVIDENCE_FILE.matcher(name).matches()) {
                            foreign.add(file);
                            logsEmptied = false;
                        } else if (expired) {
                            actions.add(new Action(Kind.DELETE, file));
                        } else {
                            logsEmptied = false;
                            if (old && !name.endsWith(".gz") && !name.endsWith(".partial")) {
                                actions.add(new Action(Kind.COMPRESS, file));
                            }
                        }
                    }
                    if (logsEmptied && expired) {
                        actions.add(new Action(Kind.REMOVE_FOLDER, logs));
                    } else {
                        topicEmptied = false;
                    }
                }
                if (topicEmptied && expired) {
                    actions.add(new Action(Kind.REMOVE_FOLDER, topic));
                } else {
                    runEmptied = false;
                }
            }
            if (runEmptied && expired) {
                actions.add(new Action(Kind.REMOVE_FOLDER, run));
            }
        }
        return new RetentionPlan(List.copyOf(actions), List.copyOf(foreign));
    }

    /** The number of actions of one kind. */
    public long count(Kind kind) {
        return actions.stream().filter(a -> a.kind() == kind).count();
    }

    /**
     * Makes one change. A compression writes {@code x.gz.partial} next to the file, renames it over {@code x.gz}
     * and only then deletes {@code x}: a run killed half-way leaves the original whole. Nothing is opened through a
     * link: a link planted after planning makes the action fail instead of reaching outside.
     */
    public static void apply(Action action) throws IOException {
        Path path = action.path();
        switch (action.kind()) {
            case COMPRESS -> {
                Path gz = path.resolveSibling(path.getFileName() + ".gz");
                Path partial = path.resolveSibling(path.getFileName() + ".gz.partial");
                FileTime modified = Files.getLastModifiedTime(path, NO_FOLLOW);
                try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS);
                     OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial,
                             StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                             StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS))) {
                    in.transferTo(out);
                }
                Files.setLastModifiedTime(partial, modified);
                Files.move(partial, gz, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                Files.delete(path);
            }
            case DELETE, REMOVE_FOLDER -> Files.delete(path); // a folder's delete fails if it is not empty
            default -> throw new IllegalStateException(action.kind().name());
        }
    }

    /** The instant a run folder's name says, or null when the entry is not a run folder. */
    private static Instant runTime(Path run) {
        String name = run.getFileName().toString();
        if (!RUN_FOLDER_NAME.matcher(name).matches() || !isFolder(run)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(name, RUN_FOLDER).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isFolder(Path p) {
        return Files.isDirectory(p, NO_FOLLOW);
    }

    /** A folder's entries in name order, so that the report reads the same on every run. */
    private static List<Path> sorted(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        }
        entries.sort(null);
        return entries;
    }
}
