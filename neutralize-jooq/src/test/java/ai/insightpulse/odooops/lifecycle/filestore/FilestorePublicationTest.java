package ai.insightpulse.odooops.lifecycle.filestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.insightpulse.odooops.lifecycle.filestore.internal.SwapJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The swap of database and filestore names, with a set of names standing for the database catalog; a kill is an
 * exception thrown at a checkpoint (nothing after it runs), followed by a recovery as the next run's sweep does.
 */
class FilestorePublicationTest {

    private static final String TARGET = "odoo_stage";
    private static final String TMP = "odooops_tmp_odoo_stage_0123abcd";
    private static final String PREV = "odooops_prev_odoo_stage_89abcdef";

    @TempDir
    Path root;

    private OdooDataDir dataDir;
    private final Set<String> databases = new HashSet<>();
    private Map<String, String> oldFiles;
    private Map<String, String> newFiles;

    @BeforeEach
    void twoFilestores() throws Exception {
        dataDir = new OdooDataDir(root);
        oldFiles = FilestoreTrees.seed(dataDir.filestore(TARGET), 5);
        Files.writeString(dataDir.filestore(TARGET).resolve("old-only"), "old");
        oldFiles = FilestoreTrees.digests(dataDir.filestore(TARGET));
        newFiles = FilestoreTrees.seed(dataDir.filestore(TMP), 7);
        databases.addAll(Set.of(TARGET, TMP));
    }

    @Test
    void aSwapPublishesTheCopysFilestoreUnderTheTargetAndSetsTheOldAside() {
        FilestorePublication.swap(dataDir, TARGET, TMP, PREV, this::swapDatabases, FilestorePublication.Checkpoints.NONE);

        assertThat(FilestoreTrees.digests(dataDir.filestore(TARGET))).isEqualTo(newFiles);
        assertThat(FilestoreTrees.digests(dataDir.filestore(PREV))).isEqualTo(oldFiles);
        assertThat(dataDir.filestore(TMP)).doesNotExist();
        assertThat(FilestorePublication.unfinishedSwaps(dataDir)).isEmpty();
    }

    @Test
    void aSwapKilledAfterTheDatabaseRenamesIsFinishedByTheNextRunsRecovery() {
        assertThatThrownBy(() -> FilestorePublication.swap(dataDir, TARGET, TMP, PREV, this::swapDatabases,
                reached -> {
                    if (reached.equals("databases-swapped")) {
                        throw new Killed(); // nothing after this checkpoint runs, as after a SIGKILL
                    }
                })).isInstanceOf(Killed.class);
        assertThat(FilestorePublication.unfinishedSwaps(dataDir)).containsExactly(TARGET);
        assertThat(dataDir.filestore(TARGET)).doesNotExist();

        assertThat(FilestorePublication.recover(dataDir, TARGET, databases::contains)).get().asString()
                .contains("finished");

        assertThat(FilestoreTrees.digests(dataDir.filestore(TARGET))).isEqualTo(newFiles);
        assertThat(FilestoreTrees.digests(dataDir.filestore(PREV))).isEqualTo(oldFiles);
        assertThat(FilestorePublication.unfinishedSwaps(dataDir)).isEmpty();
    }

    @Test
    void aRunKilledWithTheTargetsFilestoreAsideGetsItBackWhenTheDatabasesWereNotSwapped() throws Exception {
        // the state a kill right after "filestore-aside" leaves: journal written, target's filestore aside
        SwapJournal.write(dataDir.filestores(), TARGET, TMP, PREV);
        dataDir.filestore(TARGET).toFile().renameTo(dataDir.filestore(PREV).toFile());

        assertThat(FilestorePublication.recover(dataDir, TARGET, databases::contains)).get().asString()
                .contains("undid");

        assertThat(FilestoreTrees.digests(dataDir.filestore(TARGET))).isEqualTo(oldFiles);
        assertThat(FilestorePublication.unfinishedSwaps(dataDir)).isEmpty();
    }

    @Test
    void aFailedDatabaseSwapPutsTheTargetsFilestoreBack() {
        assertThatThrownBy(() -> FilestorePublication.swap(dataDir, TARGET, TMP, PREV, () -> {
            throw new IllegalStateException("database in use");
        }, FilestorePublication.Checkpoints.NONE)).hasMessage("database in use");

        assertThat(FilestoreTrees.digests(dataDir.filestore(TARGET))).isEqualTo(oldFiles);
        assertThat(FilestoreTrees.digests(dataDir.filestore(TMP))).isEqualTo(newFiles);
        assertThat(FilestorePublication.unfinishedSwaps(dataDir)).isEmpty();
    }

    @Test
    void aFirstPublicationHasNoFilestoreToSetAside() {
        FilestoreCopy.remove(dataDir.filestore(TARGET));
        databases.remove(TARGET);

        FilestorePublication.swap(dataDir, TARGET, TMP, PREV, this::swapDatabases, FilestorePublication.Checkpoints.NONE);

        assertThat(FilestoreTrees.digests(dataDir.filestore(TARGET))).isEqualTo(newFiles);
        assertThat(dataDir.filestore(PREV)).doesNotExist();
    }

    private void swapDatabases() {
        if (databases.remove(TARGET)) {
            databases.add(PREV);
        }
        databases.remove(TMP);
        databases.add(TARGET);
    }

    private static final class Killed extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
