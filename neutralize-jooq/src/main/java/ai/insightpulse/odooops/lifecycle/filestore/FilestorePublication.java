package ai.insightpulse.odooops.lifecycle.filestore;

import ai.insightpulse.odooops.lifecycle.filestore.internal.SwapJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Publishes a database and its filestore together. PostgreSQL renames databases in a transaction; a directory is
 * renamed atomically on its own; nothing makes the two one step. So the swap is ordered and journaled, such that
 * the target's database name never pairs with a filestore that is not its own copy's (it may, for the few
 * milliseconds between the steps, have none):
 * <ol>
 *   <li>a journal {@code <data_dir>/filestore/.odooops-swap-<target>} names the incoming and outgoing names;</li>
 *   <li>the target's filestore is renamed to the outgoing name ({@code filestore-aside});</li>
 *   <li>the caller's transaction renames the databases: target to outgoing, incoming to target
 *       ({@code databases-swapped});</li>
 *   <li>the incoming filestore is renamed to the target's; the journal is removed.</li>
 * </ol>
 * A run killed between two steps leaves the journal; {@link #recover} then reads in the database catalog whether
 * the database transaction committed (the incoming database is gone) and finishes the swap, or undoes step 2.
 */
public final class FilestorePublication {

    /** Named points of a swap, for kill tests and progress. */
    @FunctionalInterface
    public interface Checkpoints {
        /** Does nothing. */
        Checkpoints NONE = step -> { };

        /** Called when {@code step} ({@code filestore-aside}, {@code databases-swapped}) is done. */
        void reached(String step);
    }

    private FilestorePublication() {
    }

    /**
     * Swaps {@code incoming} in under the name {@code target}; the target's current database and filestore go to
     * {@code outgoing}. {@code swapDatabases} must rename, in one transaction, {@code target} to {@code outgoing}
     * (if it exists) and {@code incoming} to {@code target}. If it throws, the filestore is put back and the
     * exception propagates.
     */
    public static void swap(OdooDataDir dataDir, String target, String incoming, String outgoing,
                            Runnable swapDatabases, Checkpoints checkpoints) {
        Path targetDir = dataDir.filestore(target);
        Path incomingDir = dataDir.filestore(incoming);
        Path outgoingDir = dataDir.filestore(outgoing);
        SwapJournal journal = journal(() -> SwapJournal.write(dataDir.filestores(), target, incoming, outgoing),
                dataDir, target);
        boolean aside = false;
        try {
            if (exists(targetDir)) {
                move(targetDir, outgoingDir);
                aside = true;
            }
            checkpoints.reached("filestore-aside");
            swapDatabases.run();
        } catch (RuntimeException e) {
            if (aside) {
                move(outgoingDir, targetDir);
            }
            removeJournal(journal);
            throw e;
        }
        checkpoints.reached("databases-swapped");
        bringIn(incomingDir, targetDir);
        removeJournal(journal);
    }

    /** The targets whose swap a killed run left unfinished. */
    public static List<String> unfinishedSwaps(OdooDataDir dataDir) {
        return SwapJournal.targets(dataDir.filestores());
    }

    /**
     * Finishes or undoes the unfinished swap into {@code target}, which no live run may own (the caller holds its
     * lock). Returns what was done, or empty when there was no journal.
     *
     * @param databaseExists whether a database of that name exists now
     */
    public static Optional<String> recover(OdooDataDir dataDir, String target, Predicate<String> databaseExists) {
        Optional<SwapJournal> found = journal(() -> SwapJournal.read(dataDir.filestores(), target), dataDir, target);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SwapJournal journal = found.get();
        Path targetDir = dataDir.filestore(target);
        Path incomingDir = dataDir.filestore(journal.incoming());
        Path outgoingDir = dataDir.filestore(journal.outgoing());
        String done;
        if (databaseExists.test(journal.incoming())) {
            // the databases were not swapped: the target's own filestore goes back
            if (!exists(targetDir) && exists(outgoingDir)) {
                move(outgoingDir, targetDir);
            }
            done = "undid an interrupted publication of " + target + ": its filestore is back";
        } else {
            bringIn(incomingDir, targetDir);
            done = "finished an interrupted publication of " + target + ": its filestore is the published copy's";
        }
        removeJournal(journal);
        return Optional.of(done);
    }

    /** A journal step that may fail on I/O. */
    @FunctionalInterface
    private interface JournalStep<T> {
        T run() throws IOException;
    }

    private static <T> T journal(JournalStep<T> step, OdooDataDir dataDir, String target) {
        try {
            return step.run();
        } catch (IOException e) {
            throw new FilestoreException("the publication journal of " + target + " in " + dataDir.filestores()
                    + ": " + e.getMessage(), e);
        }
    }

    private static void removeJournal(SwapJournal journal) {
        try {
            journal.remove();
        } catch (IOException e) {
            throw new FilestoreException("cannot remove the publication journal " + journal.file() + ": " + e, e);
        }
    }

    private static void bringIn(Path incomingDir, Path targetDir) {
        if (!exists(incomingDir)) {
            return; // the incoming copy had no filestore (or a recovery already moved it)
        }
        if (exists(targetDir)) {
            // something (an Odoo worker of the old database) wrote a new filestore in the moment between the
            // steps; those files belong to a database that is no longer the target
            FilestoreCopy.remove(targetDir);
        }
        move(incomingDir, targetDir);
    }

    private static boolean exists(Path dir) {
        return Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new FilestoreException("cannot rename " + from + " to " + to + ": " + e, e);
        }
    }
}
