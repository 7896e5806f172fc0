package ai.insightpulse.odooops.lifecycle.internal;

import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader;
import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader.MetaCommand;
import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader.Statement;
import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader.Token;
import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader.TokenKind;
import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.Failure;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, statement by statement, what of a plain-SQL dump may run in the temporary copy: its schema and data,
 * nothing else. This is the first of two defences and the one that explains itself (file, line, what); the
 * second is that whatever runs, runs as a role that owns only the copy ({@link RestoreRole}), so what a text scan
 * cannot see (a function body, a trigger) is still refused by PostgreSQL's own privilege checks.
 *
 * <p>Refused: every psql meta-command ({@code \!} runs a shell command on the restoring host, {@code \connect}
 * reaches another database, {@code \o}/{@code \copy} write files), any statement naming a database other than
 * the one a {@code pg_dump --create} dump creates, {@code COPY} other than {@code … FROM stdin} (a program, a
 * server file), transaction control (the dump runs in one transaction), roles, {@code ALTER SYSTEM},
 * tablespaces, subscriptions, {@code DO}/{@code CALL}, and calls of the server-file, large-object-file and
 * cross-database functions outside function bodies.
 *
 * <p>Skipped (never sent): psql's {@code \restrict}/{@code &#92;unrestrict} lines (they only restrict psql), the
 * {@code BEGIN;}/{@code COMMIT;} pg_dump wraps large objects in, {@code ALTER … OWNER TO} (the copy is owned by
 * the restoring user once it is handed back, as with {@code pg_restore --no-owner}), and — only in the exact forms
 * and places pg_dump writes them for {@code --clean --create} — the statements on the dump's own database:
 * {@code DROP DATABASE}, {@code CREATE DATABASE}, {@code ALTER DATABASE}, {@code COMMENT ON DATABASE},
 * {@code GRANT/REVOKE … ON DATABASE} and {@code \connect} to it. Their content is restored into the copy; the
 * database they name (typically prod) is never touched, and its database-level settings are not carried over.
 */
final class DumpVetting {

    /** What to do with a statement the vetting let through. */
    enum Action {
        /** Send it to the server. */
        EXECUTE,
        /** Send it with its data lines through the COPY protocol. */
        COPY_IN,
        /** Do not send it. */
        SKIP
    }

    /** Functions that reach server files, programs, other databases or other sessions. */
    private static final Set<String> OUTSIDE_FUNCTIONS = Set.of("lo_import", "lo_export", "pg_read_file",
            "pg_read_binary_file", "pg_ls_dir", "pg_stat_file", "pg_file_write", "pg_file_rename", "pg_file_unlink",
            "pg_file_sync", "pg_logdir_ls", "pg_ls_logdir", "pg_ls_waldir", "pg_ls_tmpdir", "pg_ls_archive_statusdir",
            "dblink", "dblink_exec", "dblink_connect", "dblink_connect_u", "dblink_send_query", "pg_reload_conf",
            "pg_rotate_logfile", "pg_promote", "pg_terminate_backend", "pg_cancel_backend", "pg_signal_backend");

    /** pg_dump's {@code \connect} for a name that is not a plain lower-case identifier. */
    private static final Pattern CONNECT_QUOTED =
            Pattern.compile("\\\\connect -reuse-previous=on \"dbname='((?:[^'\\\\\"]|\\\\['\\\\]|\"\")*)'\"\\s*");
    private static final Pattern CONNECT_PLAIN = Pattern.compile("\\\\connect ([a-z_][a-z0-9_$]*)\\s*");
    private static final Pattern RESTRICT = Pattern.compile("\\\\(un)?restrict [A-Za-z0-9]+\\s*");

    private final String source;
    /** The database a --create dump creates; its statements are skipped. */
    private String createdDatabase;
    /** A DROP DATABASE whose CREATE DATABASE must come next. */
    private String droppedDatabase;
    /** Whether anything but session settings has run: after that, a CREATE DATABASE is not pg_dump's prelude. */
    private boolean contentSeen;

    /** @param source the dump, for messages */
    DumpVetting(String source) {
        this.source = source;
    }

    /** A refusal of {@code what} at {@code line}, as a configuration failure (exit 1: do not retry). */
    CopyFailure refusal(int line, String what) {
        return new CopyFailure(Failure.Kind.CONFIG,
                "refusing the dump " + source + ", line " + line + ": " + what
                        + "; nothing was restored or changed");
    }

    /** What to do with a meta-command line; throws the refusal for any other than pg_dump's own. */
    Action decide(MetaCommand meta) {
        String text = meta.text();
        if (meta.insideStatement()) {
            throw refusal(meta.line(), "psql meta-command " + shown(text) + " inside a statement");
        }
        if (droppedDatabase != null) {
            throw refusal(meta.line(), "DROP DATABASE " + droppedDatabase + " not followed by its CREATE DATABASE");
        }
        if (RESTRICT.matcher(text).matches()) {
            return Action.SKIP;
        }
        Optional<String> connectTo = connectTarget(text);
        if (connectTo.isPresent()) {
            if (createdDatabase != null && createdDatabase.equals(connectTo.get())) {
                return Action.SKIP;
            }
            throw refusal(meta.line(), "\\connect to database " + shown(connectTo.get())
                    + " (a dump may write only into the copy it is restored into)");
        }
        throw refusal(meta.line(), "psql meta-command " + shown(text)
                + " (meta-commands run on the restoring host or outside the copy)");
    }

    /** What to do with a statement; throws the refusal for anything beyond the copy's schema and data. */
    Action decide(Statement statement) {
        List<Token> t = statement.tokens();
        int line = statement.line();
        if (t.isEmpty() || t.size() == 1 && t.get(0).isSymbol(';')) {
            return Action.SKIP;
        }
        String first = word(t, 0);
        String second = word(t, 1);
        if (droppedDatabase != null && !("create".equals(first) && "database".equals(second))) {
            throw refusal(line, "DROP DATABASE " + droppedDatabase + " not followed by its CREATE DATABASE");
        }
        Optional<Action> database = databaseLevel(t, line);
        if (database.isPresent()) {
            return database.get();
        }
        if (first == null) {
            contentSeen = true;
            refuseOutsideFunctions(t, line);
            return Action.EXECUTE;
        }
        switch (first) {
            case "begin", "commit" -> {
                if (t.size() == 2 && t.get(1).isSymbol(';')) {
                    return Action.SKIP; // pg_dump's own wrapping of large objects: the whole dump is one transaction
                }
                throw refusal(line, "transaction control (" + first.toUpperCase(Locale.ROOT)
                        + "); the dump runs in one transaction");
            }
            case "rollback", "abort", "end", "savepoint", "release", "start" ->
                    throw refusal(line, "transaction control (" + first.toUpperCase(Locale.ROOT)
                            + "); the dump runs in one transaction");
            case "prepare" -> {
                if ("transaction".equals(second)) {
                    throw refusal(line, "PREPARE TRANSACTION; the dump runs in one transaction");
                }
            }
            case "copy" -> {
                if (isCopyFromStdin(statement)) {
                    contentSeen = true;
                    return Action.COPY_IN;
                }
                throw refusal(line, "COPY other than COPY … FROM stdin (a program or a file on the server)");
            }
            case "do", "call", "load" -> throw refusal(line, first.toUpperCase(Locale.ROOT)
                    + " (pg_dump never writes it; it would run code at restore time)");
            case "set", "reset" -> {
                refuseSetting(t, line);
                return Action.EXECUTE;
            }
            case "alter" -> {
                if ("system".equals(second)) {
                    throw refusal(line, "ALTER SYSTEM (server configuration)");
                }
                if (isOwnerChange(t)) {
                    return Action.SKIP;
                }
            }
            case "select" -> {
                if (isSearchPathReset(t)) {
                    return Action.EXECUTE; // a session setting, like SET: it may come before CREATE DATABASE
                }
            }
            default -> {
                // the checks below apply
            }
        }
        if (("create".equals(first) || "alter".equals(first) || "drop".equals(first)) && second != null) {
            String object = second;
            if ("event".equals(object) || "or".equals(object) && "replace".equals(word(t, 2))
                    && "event".equals(word(t, 3))) {
                throw refusal(line, "event trigger (it would run for every later statement)");
            }
            if (Set.of("role", "user", "group").contains(object)) {
                throw refusal(line, first.toUpperCase(Locale.ROOT) + " " + object.toUpperCase(Locale.ROOT)
                        + " (roles are server-wide, outside the copy)");
            }
            if (Set.of("tablespace", "subscription").contains(object)) {
                throw refusal(line, first.toUpperCase(Locale.ROOT) + " " + object.toUpperCase(Locale.ROOT)
                        + " (server-wide, outside the copy)");
            }
        }
        if ("reassign".equals(first) || "drop".equals(first) && "owned".equals(second)) {
            throw refusal(line, first.toUpperCase(Locale.ROOT) + " OWNED (acts on a role, outside the copy)");
        }
        contentSeen = true;
        refuseOutsideFunctions(t, line);
        return Action.EXECUTE;
    }

    /** Statements on a database as a whole; skipped when they are pg_dump's for its own, refused otherwise. */
    private Optional<Action> databaseLevel(List<Token> t, int line) {
        String first = word(t, 0);
        if (first == null) {
            return Optional.empty();
        }
        int nameAt;
        String form;
        if (("drop".equals(first) || "create".equals(first) || "alter".equals(first))
                && "database".equals(word(t, 1))) {
            form = first.toUpperCase(Locale.ROOT) + " DATABASE";
            nameAt = 2;
            if ("drop".equals(first) && "if".equals(word(t, 2)) && "exists".equals(word(t, 3))) {
                nameAt = 4;
            }
        } else if ("comment".equals(first) && "on".equals(word(t, 1)) && "database".equals(word(t, 2))) {
            form = "COMMENT ON DATABASE";
            nameAt = 3;
        } else if ("grant".equals(first) || "revoke".equals(first) || "security".equals(first)) {
            int on = onDatabase(t);
            if (on < 0) {
                return Optional.empty();
            }
            form = first.toUpperCase(Locale.ROOT) + " … ON DATABASE";
            nameAt = on + 2;
        } else {
            return Optional.empty();
        }
        String name = nameAt < t.size() && t.get(nameAt).isName() ? t.get(nameAt).text() : null;
        if (name == null) {
            throw refusal(line, form + " without a plain database name");
        }
        switch (form) {
            case "DROP DATABASE" -> {
                if (contentSeen || createdDatabase != null || !endsRightAfter(t, nameAt)) {
                    throw refusal(line, "DROP DATABASE " + shown(name));
                }
                droppedDatabase = name;
                return Optional.of(Action.SKIP);
            }
            case "CREATE DATABASE" -> {
                if (contentSeen || createdDatabase != null
                        || droppedDatabase != null && !droppedDatabase.equals(name)) {
                    throw refusal(line, "CREATE DATABASE " + shown(name));
                }
                droppedDatabase = null;
                createdDatabase = name;
                return Optional.of(Action.SKIP);
            }
            default -> {
                if (createdDatabase == null || !createdDatabase.equals(name)) {
                    throw refusal(line, form + " " + shown(name) + " (a dump may change only the copy it is "
                            + "restored into, and never a database as a whole)");
                }
                return Optional.of(Action.SKIP);
            }
        }
    }

    /** The index of {@code ON} in {@code GRANT|REVOKE|SECURITY LABEL … ON DATABASE}, or -1. */
    private static int onDatabase(List<Token> t) {
        for (int i = 1; i + 1 < t.size(); i++) {
            if (t.get(i).isWord("on") && t.get(i + 1).isWord("database")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean endsRightAfter(List<Token> t, int last) {
        return t.size() == last + 2 && t.get(last + 1).isSymbol(';');
    }

    /** {@code COPY name [(col, …)] FROM stdin;} exactly as pg_dump writes it, in text format. */
    private static boolean isCopyFromStdin(Statement statement) {
        List<Token> t = statement.tokens();
        if (statement.truncated()) {
            return false;
        }
        int i = 1;
        if (i >= t.size() || !t.get(i).isName()) {
            return false;
        }
        i++;
        if (i + 1 < t.size() && t.get(i).isSymbol('.') && t.get(i + 1).isName()) {
            i += 2;
        }
        if (i < t.size() && t.get(i).isSymbol('(')) {
            i++;
            while (true) {
                if (i >= t.size() || !t.get(i).isName()) {
                    return false;
                }
                i++;
                if (i < t.size() && t.get(i).isSymbol(',')) {
                    i++;
                } else if (i < t.size() && t.get(i).isSymbol(')')) {
                    i++;
                    break;
                } else {
                    return false;
                }
            }
        }
        return t.size() == i + 3 && t.get(i).isWord("from") && t.get(i + 1).isWord("stdin")
                && t.get(i + 2).isSymbol(';');
    }

    /** {@code ALTER <object> … OWNER TO <role>;}: pg_dump's ownership statements. */
    private static boolean isOwnerChange(List<Token> t) {
        int n = t.size();
        return n >= 5 && t.get(n - 1).isSymbol(';') && t.get(n - 2).isName() && t.get(n - 3).isWord("to")
                && t.get(n - 4).isWord("owner");
    }

    /** pg_dump's {@code SELECT pg_catalog.set_config('search_path', '', false);}. */
    private static boolean isSearchPathReset(List<Token> t) {
        return t.size() == 12 && t.get(1).isWord("pg_catalog") && t.get(2).isSymbol('.')
                && t.get(3).isWord("set_config") && t.get(4).isSymbol('(') && t.get(5).text().equals("'search_path'")
                && t.get(7).text().equals("''") && t.get(9).isWord("false") && t.get(10).isSymbol(')')
                && t.get(11).isSymbol(';');
    }

    private void refuseSetting(List<Token> t, int line) {
        boolean sessionAuthorization = "session".equals(word(t, 1)) && "authorization".equals(word(t, 2));
        int i = 1;
        if ("session".equals(word(t, i)) || "local".equals(word(t, i))) {
            i++;
        }
        String name = word(t, i);
        if (sessionAuthorization || "role".equals(name)
                || "session".equals(name) && "authorization".equals(word(t, i + 1))) {
            throw refusal(line, word(t, 0).toUpperCase(Locale.ROOT) + ("role".equals(name) ? " ROLE"
                    : " SESSION AUTHORIZATION") + " (a dump runs as the restore role only)");
        }
        if ("standard_conforming_strings".equals(name) && !"on".equals(value(t, i + 1))) {
            // the reader splits statements as the server does with standard_conforming_strings on
            throw refusal(line, "SET standard_conforming_strings other than on (a dump from before PostgreSQL 9.1)");
        }
        if ("client_encoding".equals(name) && !"utf8".equals(value(t, i + 1))) {
            throw refusal(line, "SET client_encoding other than UTF8 (Odoo databases are UTF-8)");
        }
    }

    /** The value of {@code SET name = value} / {@code TO value}, folded to lower case without quotes or dashes. */
    private static String value(List<Token> t, int at) {
        int i = at;
        if (i < t.size() && (t.get(i).isSymbol('=') || t.get(i).isWord("to"))) {
            i++;
        }
        if (i >= t.size()) {
            return null;
        }
        String v = t.get(i).text();
        if (t.get(i).kind() == TokenKind.STRING && v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            v = v.substring(1, v.length() - 1);
        }
        return v.toLowerCase(Locale.ROOT).replace("-", "");
    }

    private void refuseOutsideFunctions(List<Token> t, int line) {
        for (int i = 0; i + 1 < t.size(); i++) {
            Token token = t.get(i);
            if (token.kind() == TokenKind.WORD && OUTSIDE_FUNCTIONS.contains(token.text())
                    && t.get(i + 1).isSymbol('(')) {
                throw refusal(line, "a call of " + token.text() + " (it reaches files, programs, sessions or "
                        + "databases outside the copy)");
            }
        }
    }

    private static String word(List<Token> t, int i) {
        return i < t.size() && t.get(i).kind() == TokenKind.WORD ? t.get(i).text() : null;
    }

    /** The database a {@code \connect} line names, if it is one. */
    private static Optional<String> connectTarget(String text) {
        if (!text.startsWith("\\c ") && !text.startsWith("\\connect") && !text.equals("\\c")) {
            return Optional.empty();
        }
        Matcher plain = CONNECT_PLAIN.matcher(text);
        if (plain.matches()) {
            return Optional.of(plain.group(1));
        }
        Matcher quoted = CONNECT_QUOTED.matcher(text);
        if (quoted.matches()) {
            return Optional.of(quoted.group(1).replace("\"\"", "\"").replace("\\'", "'").replace("\\\\", "\\"));
        }
        String rest = text.replaceFirst("^\\\\c(onnect)?\\s*", "");
        return Optional.of(rest.isEmpty() ? "(the same, again)" : rest);
    }

    private static String shown(String text) {
        String printable = ConfigException.printable(text);
        return printable.length() > 80 ? printable.substring(0, 77) + "…" : printable;
    }
}
