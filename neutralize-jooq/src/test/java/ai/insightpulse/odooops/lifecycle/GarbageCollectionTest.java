package ai.insightpulse.odooops.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One server holding, two hours after publication, everything gc must tell apart: due pull request copies, a
 * fresh one, dev databases without a marker or with a foreign comment, and stage,
 * prod, a work database and an unrelated database that all carry an old marker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GarbageCollectionTest {

    private static final Duration TWO_HOURS = Duration.ofHours(2);

    private final LifecycleFixtures fixtures = new LifecycleFixtures();
    private final String run = LifecycleFixtures.random();
    private final String prefix = "odoo_dev_gc" + run + "_";

    @TempDir
    static Path dataDir;

    private List<String> neverCollected;

    @BeforeAll
    void server() throws Exception {
        neverCollected = List.of(
                fixtures.published(prefix + "fresh", Duration.ofMinutes(10)),
                fixtures.database(prefix + "by_hand", null),
                fixtures.database(prefix + "commented", "QA keeps this one"),
                fixtures.published("odoo_stage", TWO_HOURS),
                fixtures.published("odoo_prod", TWO_HOURS),
                fixtures.published("odooops_tmp_" + prefix + "pr_1_0123abcd", TWO_HOURS),
                fixtures.published("gc" + run + "_unrelated", TWO_HOURS));
        for (String db : List.of("odoo_stage", "odoo_prod", prefix + "fresh")) {
            Files.createDirectories(dataDir.resolve("filestore").resolve(db));
        }
    }

    @AfterAll
    void dropWhatTheTestMade() {
        fixtures.close();
    }

    private GarbageCollectionConfig config(String pattern, boolean dryRun) {
        return new GarbageCollectionConfig(LifecycleFixtures.server(), Duration.ofHours(1), pattern,
                Optional.of(dataDir), dryRun);
    }

    private static List<String> names(GarbageCollectionResult result) {
        return result.collected().stream().map(GarbageCollectionResult.Collected::database).toList();
    }

    @Test
    void dropsExactlyWhatTheDryRunListedAndNeverAnythingElse() throws Exception {
        String pr1 = fixtures.published(prefix + "pr_1", TWO_HOURS);
        String pr2 = fixtures.published(prefix + "pr_2", Duration.ofDays(3));
        String outsideThePattern = fixtures.published("odoo_dev_gx" + run, TWO_HOURS);
        Files.createDirectories(dataDir.resolve("filestore").resolve(pr1).resolve("0a"));

        GarbageCollectionResult dry = GarbageCollection.run(config(prefix + "*", true), line -> { });
        assertThat(LifecycleFixtures.exists(pr1) && LifecycleFixtures.exists(pr2)).as("a dry run drops nothing")
                .isTrue();
        GarbageCollectionResult live = GarbageCollection.run(config(prefix + "*", false), line -> { });

        assertThat(names(dry)).containsExactly(pr1, pr2);
        assertThat(names(live)).isEqualTo(names(dry));
        assertThat(live.collected().get(0).filestore()).contains(dataDir.resolve("filestore").resolve(pr1));
        assertThat(LifecycleFixtures.exists(pr1) || LifecycleFixtures.exists(pr2)).isFalse();
        assertThat(dataDir.resolve("filestore").resolve(pr1)).doesNotExist();
        assertThat(neverCollected).allMatch(LifecycleFixtures::exists);
        assertThat(LifecycleFixtures.exists(outsideThePattern)).isTrue();
        assertThat(dataDir.resolve("filestore").resolve("odoo_stage")).exists();
        assertThat(GarbageCollection.run(config(prefix + "*", false), line -> { }).collected()).isEmpty();
    }

    @Test
    void aPatternMatchingEverythingStillCollectsOnlyDevDatabases() {
        String pr3 = fixtures.published(prefix + "pr_3", TWO_HOURS);

        GarbageCollectionResult dry = GarbageCollection.run(config("*", true), line -> { });
        GarbageCollectionResult live = GarbageCollection.run(config("*", false), line -> { });

        assertThat(names(dry)).contains(pr3).allMatch(DevDatabase::isDev);
        assertThat(names(live)).isEqualTo(names(dry));
        assertThat(neverCollected).allMatch(LifecycleFixtures::exists);
    }

    @Test
    void aDatabaseWhoseLockIsHeldIsLeftAloneByDryAndLiveRunsAlike() throws Exception {
        String pr4 = fixtures.published(prefix + "pr_4", TWO_HOURS);
        try (Connection cloneRun = TestPostgres.get().admin(); Statement s = cloneRun.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + DatabaseRemoval.LOCK_CLASS + ", hashtext('" + pr4 + "'))");

            GarbageCollectionResult dry = GarbageCollection.run(config(prefix + "pr_4", true), line -> { });
            GarbageCollectionResult live = GarbageCollection.run(config(prefix + "pr_4", false), line -> { });

            assertThat(dry.collected()).isEmpty();
            assertThat(dry.busy()).containsExactly(pr4);
            assertThat(live.busy()).isEqualTo(dry.busy());
            assertThat(LifecycleFixtures.exists(pr4)).isTrue();
        }
    }

    @Test
    void badAgesAndPatternsAreRefusedWhenTheConfigIsBuilt() {
        assertThatThrownBy(() -> new GarbageCollectionConfig(LifecycleFixtures.server(), Duration.ZERO, null,
                Optional.empty(), true)).isInstanceOf(ConfigException.class);
        for (String pattern : List.of("odoo_dev_%", "odoo_dev_pr_*;drop", "ODOO_DEV_*", "")) {
            assertThatThrownBy(() -> new GarbageCollectionConfig(LifecycleFixtures.server(), Duration.ofHours(1),
                    pattern, Optional.empty(), true)).as(pattern).isInstanceOf(ConfigException.class);
        }
    }
}
