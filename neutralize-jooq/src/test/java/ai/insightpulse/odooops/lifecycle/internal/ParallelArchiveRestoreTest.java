package ai.insightpulse.odooops.lifecycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader;
import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader.Statement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How --jobs splits an archive: table data in batches by size, post-data builds per table. */
class ParallelArchiveRestoreTest {

    @TempDir
    Path dir;

    @Test
    void indexAndKeyBuildsAreKnownByTheirTableAndEverythingElseIsNot() throws Exception {
        assertThat(ParallelArchiveRestore.buildsOn(statement("CREATE UNIQUE INDEX res_partner_ref ON public.res_partner"
                + " USING btree (ref);"))).contains("\"public\".\"res_partner\"");
        assertThat(ParallelArchiveRestore.buildsOn(statement("CREATE INDEX i ON ONLY public.\"Odd \"\"T\" (a);")))
                .contains("\"public\".\"Odd \"\"T\"");
        assertThat(ParallelArchiveRestore.buildsOn(statement("ALTER TABLE ONLY public.res_partner\n"
                + "    ADD CONSTRAINT res_partner_pkey PRIMARY KEY (id);"))).contains("\"public\".\"res_partner\"");
        assertThat(ParallelArchiveRestore.buildsOn(statement("ALTER TABLE ONLY public.t ADD CONSTRAINT c CHECK "
                + "((a > 0)) NOT VALID;"))).contains("\"public\".\"t\"");
        for (String other : List.of("ALTER TABLE ONLY public.res_partner ADD CONSTRAINT res_partner_company_id_fkey "
                        + "FOREIGN KEY (company_id) REFERENCES public.res_company(id) ON DELETE SET NULL;",
                "ALTER INDEX public.p_idx ATTACH PARTITION public.c_idx;", "COMMENT ON INDEX public.i IS 'x';",
                "CREATE TRIGGER t AFTER INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.f();",
                "ALTER TABLE public.t CLUSTER ON i;", "SET default_tablespace = '';")) {
            assertThat(ParallelArchiveRestore.buildsOn(statement(other))).as(other).isEmpty();
        }
    }

    @Test
    void sessionSettingsAreKnownByTheirParameter() throws Exception {
        assertThat(ParallelArchiveRestore.setting(statement("SET default_tablespace = '';")))
                .contains("default_tablespace");
        assertThat(ParallelArchiveRestore.setting(statement("SELECT pg_catalog.set_config('search_path', '', "
                + "false);"))).contains("set_config 'search_path'");
        assertThat(ParallelArchiveRestore.setting(statement("SET SESSION AUTHORIZATION postgres;"))).isEmpty();
        assertThat(ParallelArchiveRestore.setting(statement("SELECT 1;"))).isEmpty();
    }

    @Test
    void bigTablesGetABatchOfTheirOwnAndSmallOnesShareOneLargestFirst() throws Exception {
        Files.write(dir.resolve("10.dat.gz"), new byte[100_000]);
        Files.write(dir.resolve("11.dat.gz"), new byte[10]);
        Files.write(dir.resolve("12.dat.gz"), new byte[200_000]);
        Files.write(dir.resolve("13.dat.gz"), new byte[20]);
        List<String> tables = List.of("10; 0 1 TABLE DATA public big postgres", "11; 0 2 TABLE DATA public a postgres",
                "12; 0 3 TABLE DATA public bigger postgres", "13; 0 4 TABLE DATA public b postgres",
                "14; 0 5 TABLE DATA public empty postgres");

        List<List<String>> batches = new ParallelArchiveRestore(null, dir, 2, null, line -> { }).batches(tables);

        assertThat(batches).containsExactly(List.of(tables.get(2)), List.of(tables.get(0)),
                List.of(tables.get(3), tables.get(1), tables.get(4)));
    }

    @Test
    void aCustomArchiveGivesNoSizesAndOneTablePerBatch() throws Exception {
        Path file = Files.write(dir.resolve("dump.custom"), new byte[10]);
        List<String> tables = List.of("10; 0 1 TABLE DATA public a postgres", "11; 0 2 TABLE DATA public b postgres");

        assertThat(new ParallelArchiveRestore(null, file, 2, null, line -> { }).batches(tables))
                .containsExactly(List.of(tables.get(0)), List.of(tables.get(1)));
    }

    private static Statement statement(String sql) throws Exception {
        SqlScriptReader.Piece piece = new SqlScriptReader(new ByteArrayInputStream(sql.getBytes(
                StandardCharsets.UTF_8))).next();
        return (Statement) Optional.ofNullable(piece).orElseThrow();
    }
}
