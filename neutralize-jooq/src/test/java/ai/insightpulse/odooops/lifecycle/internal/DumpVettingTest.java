package ai.insightpulse.odooops.lifecycle.internal;

import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.insightpulse.odooops.lifecycle.internal.DumpVetting.Action;
import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader.MetaCommand;
import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader.Piece;
import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader.Statement;
import ai.insightpulse.odooops.neutralize.Failure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What of a plain-SQL dump is sent, skipped or refused, read as PostgreSQL's lexer reads it. The restores against
 * a real server are in {@link RestoreCommandTest}; these pin the reading itself, including what a hostile file
 * hides in strings, comments and bodies.
 */
class DumpVettingTest {

    @Test
    void aBackslashInsideStringsCommentsAndBodiesIsNotAMetaCommand() throws IOException {
        List<String> sent = sent("""
                SELECT '\\! not a command; still the string';
                -- \\! a comment
                /* a /* nested */ \\! comment */ SELECT 1;
                SELECT E'it\\'s \\\\ escaped; \\! still text';
                CREATE FUNCTION public.f() RETURNS text LANGUAGE sql AS $fn$ SELECT '\\!'; SELECT 2 $fn$;
                SELECT "quoted "" ; \\! name" FROM t;
                """);

        assertThat(sent).containsExactly(
                "SELECT '\\! not a command; still the string';",
                "SELECT 1;",
                "SELECT E'it\\'s \\\\ escaped; \\! still text';",
                "CREATE FUNCTION public.f() RETURNS text LANGUAGE sql AS $fn$ SELECT '\\!'; SELECT 2 $fn$;",
                "SELECT \"quoted \"\" ; \\! name\" FROM t;");
    }

    @Test
    void aShellCommandIsRefusedWithItsLine() {
        assertRefused("SET client_encoding = 'UTF8';\n\n\\! touch /tmp/x\n", 3, "psql meta-command \\! touch /tmp/x");
    }

    @Test
    void aMetaCommandInsideAStatementIsRefused() {
        assertRefused("SELECT 1 \\g /tmp/out\n;\n", 1, "psql meta-command \\g /tmp/out inside a statement");
    }

    @Test
    void everyOtherMetaCommandIsRefused() {
        for (String meta : List.of("\\o /tmp/x", "\\copy t to '/tmp/x'", "\\i /etc/passwd", "\\setenv PATH /x",
                "\\c other", "\\lo_import /etc/passwd", "\\gexec")) {
            assertThatThrownBy(() -> sent(meta + "\n")).as(meta).isInstanceOf(CopyFailure.class);
        }
    }

    @Test
    void psqlsOwnRestrictLinesAreSkipped() throws IOException {
        assertThat(sent("\\restrict abcDEF123\nSELECT 1;\n\\unrestrict abcDEF123\n")).containsExactly("SELECT 1;");
    }

    @Test
    void aCommentIsNotTheStartOfAStatement() throws IOException {
        assertThat(sent("/* a header\n */\n\\restrict abc\n-- more\nSELECT 1;\n")).containsExactly("SELECT 1;");
    }

    @Test
    void theCreatePreludeOfItsOwnDatabaseIsSkippedAndItsContentKept() throws IOException {
        List<String> sent = sent("""
                SET client_encoding = 'UTF8';
                SELECT pg_catalog.set_config('search_path', '', false);
                DROP DATABASE odoo_prod;
                CREATE DATABASE odoo_prod WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE = 'C.UTF-8';
                ALTER DATABASE odoo_prod OWNER TO odoo;
                \\connect odoo_prod
                COMMENT ON DATABASE odoo_prod IS 'prod';
                ALTER DATABASE odoo_prod SET work_mem TO '8MB';
                REVOKE CONNECT,TEMPORARY ON DATABASE odoo_prod FROM PUBLIC;
                \\connect -reuse-previous=on "dbname='odoo_prod'"
                CREATE TABLE public.t (a integer);
                ALTER TABLE public.t OWNER TO odoo;
                """);

        assertThat(sent).containsExactly("SET client_encoding = 'UTF8';",
                "SELECT pg_catalog.set_config('search_path', '', false);", "CREATE TABLE public.t (a integer);");
    }

    @Test
    void aDropDatabaseNotFollowedByItsCreateIsRefused() {
        assertRefused("DROP DATABASE odoo_prod;\nSELECT 1;\n", 2, "DROP DATABASE odoo_prod not followed by its "
                + "CREATE DATABASE");
        assertRefused("DROP DATABASE odoo_prod;\nCREATE DATABASE odoo_stage;\n", 2, "CREATE DATABASE odoo_stage");
    }

    @Test
    void aStatementOnAnotherDatabaseIsRefused() {
        assertRefused("CREATE DATABASE odoo_prod;\n\\connect odoo_prod\nALTER DATABASE odoo_stage RENAME TO x;\n", 3,
                "ALTER DATABASE odoo_stage");
        assertRefused("CREATE TABLE t (a int);\nDROP DATABASE IF EXISTS odoo_prod;\n", 2, "DROP DATABASE odoo_prod");
        assertRefused("\\connect odoo_prod\n", 1, "\\connect to database odoo_prod");
    }

    @Test
    void aCreateDatabaseAfterContentIsRefused() {
        assertRefused("CREATE TABLE t (a int);\nCREATE DATABASE odoo_prod;\n", 2, "CREATE DATABASE odoo_prod");
    }

    @Test
    void copyReachesOnlyItsOwnDataLines() throws IOException {
        List<String> log = new ArrayList<>();
        SqlScriptReader reader = reader("COPY public.t (a, \"B\") FROM stdin;\n1\t\\\\.\n2\tx\n\\.\nSELECT 1;\n");
        DumpVetting vetting = new DumpVetting("dump.sql");
        for (Piece piece = reader.next(); piece != null; piece = reader.next()) {
            Statement s = (Statement) piece;
            Action action = vetting.decide(s);
            log.add(action + " " + s.sql());
            if (action == Action.COPY_IN) {
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                reader.copyData(data);
                log.add("DATA " + data.toString(StandardCharsets.UTF_8));
            }
        }

        assertThat(log).containsExactly("COPY_IN COPY public.t (a, \"B\") FROM stdin;", "DATA 1\t\\\\.\n2\tx\n",
                "EXECUTE SELECT 1;");
    }

    @Test
    void copyFromAProgramOrAServerFileIsRefused() {
        assertRefused("COPY public.t FROM PROGRAM 'touch /tmp/x';\n", 1, "COPY other than COPY … FROM stdin");
        assertRefused("COPY public.t FROM '/etc/passwd';\n", 1, "COPY other than COPY … FROM stdin");
        assertRefused("COPY (SELECT 1) TO PROGRAM 'sh';\n", 1, "COPY other than COPY … FROM stdin");
        assertRefused("COPY public.t FROM stdin WITH (FORMAT csv);\n", 1, "COPY other than COPY … FROM stdin");
    }

    @Test
    void copyDataNotEndedIsRefused() {
        assertRefused("COPY public.t (a) FROM stdin;\n1\n2\n", 1, "not ended by a \\. line");
    }

    @Test
    void statementsBeyondTheCopyAreRefused() {
        assertRefused("ALTER SYSTEM SET archive_command = 'sh';\n", 1, "ALTER SYSTEM");
        assertRefused("CREATE ROLE evil SUPERUSER;\n", 1, "CREATE ROLE");
        assertRefused("SET ROLE postgres;\n", 1, "SET ROLE");
        assertRefused("SET SESSION AUTHORIZATION postgres;\n", 1, "SET SESSION");
        assertRefused("DO $$ BEGIN PERFORM 1; END $$;\n", 1, "DO");
        assertRefused("COMMIT;\nSELECT 1;\nROLLBACK;\n", 3, "transaction control (ROLLBACK)");
        assertRefused("SELECT pg_catalog.pg_read_file('/etc/passwd');\n", 1, "a call of pg_read_file");
        assertRefused("SELECT lo_import('/etc/passwd');\n", 1, "a call of lo_import");
        assertRefused("SET standard_conforming_strings = off;\n", 1, "standard_conforming_strings");
    }

    @Test
    void aSqlStandardFunctionBodyIsOneStatement() throws IOException {
        assertThat(sent("CREATE FUNCTION public.f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;\n"
                + "SELECT 3;\n")).containsExactly(
                "CREATE FUNCTION public.f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;",
                "SELECT 3;");
    }

    @Test
    void anUnterminatedStringIsRefused() {
        assertRefused("SELECT 1;\nSELECT 'open\n", 2, "a string is not closed");
    }

    @Test
    void aStatementThatNeverEndsIsRefusedBeforeItFillsTheHeap() {
        assertRefused("SELECT 1;\nSELECT '" + "x".repeat(SqlScriptReader.MAX_STATEMENT_BYTES) + "';\n", 2,
                "a statement longer than 16 MiB");
        assertRefused("SELECT 1;\nSELECT " + "1 + ".repeat(SqlScriptReader.MAX_STATEMENT_BYTES / 4) + "1;\n", 2,
                "a statement longer than 16 MiB");
    }

    private static SqlScriptReader reader(String text) {
        return new SqlScriptReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The statements a restore would send, in order (COPY data is not expected here). */
    private static List<String> sent(String text) throws IOException {
        SqlScriptReader reader = reader(text);
        DumpVetting vetting = new DumpVetting("dump.sql");
        List<String> sent = new ArrayList<>();
        try {
            for (Piece piece = reader.next(); piece != null; piece = reader.next()) {
                if (piece instanceof MetaCommand meta) {
                    vetting.decide(meta);
                } else if (vetting.decide((Statement) piece) != Action.SKIP) {
                    sent.add(((Statement) piece).sql());
                }
            }
        } catch (SqlScriptReader.ScriptFormatException e) {
            throw vetting.refusal(e.line(), e.getMessage());
        }
        return sent;
    }

    private static void assertRefused(String text, int line, String what) {
        assertThatThrownBy(() -> {
            SqlScriptReader reader = reader(text);
            DumpVetting vetting = new DumpVetting("dump.sql");
            try {
                for (Piece piece = reader.next(); piece != null; piece = reader.next()) {
                    if (piece instanceof MetaCommand meta) {
                        vetting.decide(meta);
                    } else if (vetting.decide((Statement) piece) == Action.COPY_IN) {
                        reader.copyData(new ByteArrayOutputStream());
                    }
                }
            } catch (SqlScriptReader.ScriptFormatException e) {
                throw vetting.refusal(e.line(), e.getMessage());
            }
        }).isInstanceOfSatisfying(CopyFailure.class, e -> {
            assertThat(e.failure().kind()).isEqualTo(Failure.Kind.CONFIG);
            assertThat(e.getMessage()).startsWith("refusing the dump dump.sql, line " + line + ": ").contains(what);
        });
    }
}
