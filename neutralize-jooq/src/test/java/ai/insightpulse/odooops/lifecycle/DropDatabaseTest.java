package ai.insightpulse.odooops.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropDatabaseTest {

    private final LifecycleFixtures fixtures = new LifecycleFixtures();
    private final List<String> progress = new ArrayList<>();

    @TempDir
    Path dataDir;

    @AfterEach
    void dropWhatTheTestMade() {
        fixtures.close();
    }

    private Path filestore(String db) throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve("filestore").resolve(db).resolve("ab"));
        Files.writeString(dir.resolve("ab12cd"), "attachment");
        return dir.getParent();
    }

    @Test
    void dropsTheDatabaseWithItsSessionsAndItsFilestoreThenFindsNothingTheSecondTime() throws Exception {
        String db = fixtures.database("odoo_dev_t_drop_" + LifecycleFixtures.random(), null);
        Path filestore = filestore(db);
        DropConfig config = new DropConfig(LifecycleFixtures.server(), db, Optional.of(dataDir));

        DropResult first;
        try (Connection odooWorker = TestPostgres.get().connect(db)) {
            first = DropDatabase.run(config, progress::add);
            assertThat(odooWorker.isValid(1)).as("the worker's session was ended").isFalse();
        }
        DropResult second = DropDatabase.run(config, progress::add);

        assertThat(first.databaseDropped()).isTrue();
        assertThat(first.filestoreRemoved()).contains(filestore);
        assertThat(LifecycleFixtures.exists(db)).isFalse();
        assertThat(filestore).doesNotExist();
        assertThat(second.changed()).isFalse();
    }

    @Test
    void aLinkInTheFilestoreIsRemovedNeverFollowed() throws Exception {
        String db = fixtures.database("odoo_dev_t_drop_" + LifecycleFixtures.random(), null);
        Path filestore = filestore(db);
        Path outside = Files.writeString(dataDir.resolve("outside.txt"), "keep me");
        Files.createSymbolicLink(filestore.resolve("link"), outside);
        Files.createSymbolicLink(filestore.resolve("dirlink"), dataDir);

        DropDatabase.run(new DropConfig(LifecycleFixtures.server(), db, Optional.of(dataDir)), progress::add);

        assertThat(filestore).doesNotExist();
        assertThat(outside).hasContent("keep me");
    }

    @Test
    void withoutADataDirOnlyTheDatabaseGoes() throws Exception {
        String db = fixtures.database("odoo_dev_t_drop_" + LifecycleFixtures.random(), null);
        Path filestore = filestore(db);

        DropResult result = DropDatabase.run(new DropConfig(LifecycleFixtures.server(), db, Optional.empty()),
                progress::add);

        assertThat(result.databaseDropped()).isTrue();
        assertThat(result.filestoreRemoved()).isEmpty();
        assertThat(filestore).exists();
    }

    @Test
    void stageProdWorkDatabasesAndOtherNamesAreRefusedWhenTheConfigIsBuilt() {
        for (String name : List.of("odoo_stage", "odoo_prod", "odoo_production", "odooops_tmp_odoo_dev_x_0123abcd",
                "postgres", "odoo_dev_x; DROP", "Odoo_Dev_X", "")) {
            assertThatThrownBy(() -> new DropConfig(LifecycleFixtures.server(), name, Optional.empty()))
                    .as(name).isInstanceOf(ConfigException.class);
        }
        assertThatThrownBy(() -> new DropConfig(LifecycleFixtures.server(), "odoo_dev_x",
                Optional.of(dataDir.resolve("missing")))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("not a directory");
    }

    @Test
    void aCloneOrRestoreHoldingTheNamesLockMakesTheDropFailAndLeaveEverything() throws Exception {
        String db = fixtures.database("odoo_dev_t_drop_" + LifecycleFixtures.random(), null);
        Path filestore = filestore(db);
        try (Connection cloneRun = TestPostgres.get().admin(); Statement s = cloneRun.createStatement();
             ResultSet locked = s.executeQuery("SELECT pg_try_advisory_lock(" + DatabaseRemoval.LOCK_CLASS
                     + ", hashtext('" + db + "'))")) {
            assertThat(locked.next() && locked.getBoolean(1)).isTrue();

            assertThatThrownBy(() -> DropDatabase.run(new DropConfig(LifecycleFixtures.server(), db,
                    Optional.of(dataDir)), progress::add))
                    .isInstanceOfSatisfying(LifecycleException.class,
                            e -> assertThat(e.failure().kind()).isEqualTo(Failure.Kind.LOCK_TIMEOUT));
        }
        assertThat(LifecycleFixtures.exists(db)).isTrue();
        assertThat(filestore).exists();
    }
}
