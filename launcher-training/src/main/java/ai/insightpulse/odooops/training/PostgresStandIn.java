package ai.insightpulse.odooops.training;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in that speaks just enough of PostgreSQL's wire protocol (version 3: startup, the extended and simple
 * query flows, transactions) for a class-data-sharing <em>training</em> run to go down the same driver, pool and
 * engine paths as a real run, at build time, where there is no database. It is not a database and is never used
 * to test anything: the schema probe answers the columns it was given, every privilege held; in a read-write transaction every
 * {@code pending_…} count answers 1 until the transaction writes and 0 after (so a live run applies and its
 * post-check passes), in a read-only one 0 (so a check finds the database neutralized); every write reports one
 * row; the facts select's resolved cron allowlist answers one id (a {@code text[]}, decoded by the driver's array
 * code) and its installed modules one core module ({@code base}, a multiset as jOOQ reads it: JSON), as a real
 * Odoo database does, so that those paths are trained too; any other column is NULL.
 *
 * <p>Loopback only, trust authentication, one thread per connection; {@link #close()} stops it.
 */
public final class PostgresStandIn implements AutoCloseable {

    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_ENCRYPTION_REQUEST = 80877104;
    private static final int TEXT = 25;
    private static final int TEXT_ARRAY = 1009;
    /** The facts select's columns a real database never answers NULL, and what the stand-in answers. */
    private static final Map<String, String> FACTS = Map.of(
            "resolved_allowlist", "{base.autovacuum_job}",
            "installed_modules", "[[\"base\", \"Odoo S.A.\", \"LGPL-3\", null, null, false]]");
    private static final Pattern ALIAS = Pattern.compile("(?is).*\\bas\\s+\"((?:[^\"]|\"\")+)\"\\s*$");

    private final ServerSocket server;
    private final Map<String, List<String>> columns;
    private final Thread acceptor;

    private PostgresStandIn(ServerSocket server, Map<String, List<String>> columns) {
        this.server = server;
        this.columns = columns;
        this.acceptor = new Thread(this::accept, "training-postgres");
        this.acceptor.setDaemon(true);
    }

    /**
     * Starts a stand-in on a free loopback port whose catalog holds {@code columns}
     * (table name to column names).
     */
    public static PostgresStandIn start(Map<String, List<String>> columns) {
        try {
            PostgresStandIn pg = new PostgresStandIn(new ServerSocket(0, 8, InetAddress.getLoopbackAddress()),
                    Map.copyOf(columns));
            pg.acceptor.start();
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port it listens on (loopback). */
    public int port() {
        return server.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing a listening socket: nothing to report
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread session = new Thread(() -> serve(socket), "training-postgres-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            new Session(new DataInputStream(new BufferedInputStream(socket.getInputStream())),
                    new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()))).run();
        } catch (EOFException hungUp) {
            // the client went away
        } catch (IOException e) {
            // a training client that misbehaves only shortens the training
        }
    }

    /** One client connection: the startup handshake, then messages until Terminate. */
    private final class Session {
        private final DataInputStream in;
        private final DataOutputStream out;
        private final Map<String, String> statements = new HashMap<>();
        private final Map<String, int[]> parameterTypes = new HashMap<>();
        private final Map<String, String> portals = new HashMap<>();
        /** Per portal, the result formats its Bind asked for (0 text, 1 binary; one code applies to all). */
        private final Map<String, short[]> resultFormats = new HashMap<>();
        private boolean inTransaction;
        private boolean readOnly;
        private boolean written;

        Session(DataInputStream in, DataOutputStream out) {
            this.in = in;
            this.out = out;
        }

        void run() throws IOException {
            startup();
            while (true) {
                int type = in.read();
                if (type < 0) {
                    return;
                }
                byte[] body = new byte[in.readInt() - 4];
                in.readFully(body);
                Reader r = new Reader(body);
                switch (type) {
                    case 'P' -> parse(r);
                    case 'B' -> {
                        String portal = r.string();
                        portals.put(portal, statements.getOrDefault(r.string(), ""));
                        resultFormats.put(portal, resultFormats(r));
                        message('2', new byte[0]);
                    }
                    case 'D' -> describe(r.body[0], r.skip(1).string());
                    case 'E' -> {
                        String portal = r.string();
                        execute(portals.getOrDefault(portal, ""), resultFormats.getOrDefault(portal, new short[0]));
                    }
                    case 'C' -> message('3', new byte[0]);
                    case 'S' -> readyForQuery();
                    case 'Q' -> simpleQuery(r.string());
                    case 'X' -> {
                        return;
                    }
                    default -> {
                        // Flush and anything else: nothing to answer
                    }
                }
                out.flush();
            }
        }

        private void startup() throws IOException {
            while (true) {
                int length = in.readInt();
                int code = in.readInt();
                if (code == SSL_REQUEST || code == GSS_ENCRYPTION_REQUEST) {
                    out.write('N');
                    out.flush();
                    continue;
                }
                in.readFully(new byte[length - 8]);
                break;
            }
            message('R', d -> d.writeInt(0));
            parameter("server_version", "15.0");
            parameter("server_encoding", "UTF8");
            parameter("client_encoding", "UTF8");
            parameter("DateStyle", "ISO, MDY");
            parameter("integer_datetimes", "on");
            parameter("standard_conforming_strings", "on");
            parameter("TimeZone", "UTC");
            parameter("is_superuser", "off");
            message('K', d -> {
                d.writeInt(1);
                d.writeInt(1);
            });
            readyForQuery();
            out.flush();
        }

        private void parse(Reader r) throws IOException {
            String name = r.string();
            statements.put(name, r.string());
            int[] types = new int[r.int16()];
            for (int i = 0; i < types.length; i++) {
                // the driver's own type, or text where it left the type to the server
                int type = r.int32();
                types[i] = type == 0 ? TEXT : type;
            }
            parameterTypes.put(name, types);
            message('1', new byte[0]);
        }

        private void describe(byte kind, String name) throws IOException {
            String sql;
            if (kind == 'S') {
                sql = statements.getOrDefault(name, "");
                int[] types = parameterTypes.getOrDefault(name, new int[0]);
                message('t', d -> {
                    d.writeShort(types.length);
                    for (int type : types) {
                        d.writeInt(type);
                    }
                });
            } else {
                sql = portals.getOrDefault(name, "");
            }
            List<String> resultColumns = resultColumns(sql);
            if (resultColumns == null) {
                message('n', new byte[0]);
            } else {
                rowDescription(resultColumns);
            }
        }

        /**
         * The result formats at the end of a Bind message: the driver asks for binary where it knows a column's
         * type from an earlier execution of the same statement (the engine runs its facts select twice).
         */
        private static short[] resultFormats(Reader r) {
            r.skip(2 * r.int16());
            int parameters = r.int16();
            for (int i = 0; i < parameters; i++) {
                int length = r.int32();
                r.skip(Math.max(length, 0));
            }
            short[] formats = new short[r.int16()];
            for (int i = 0; i < formats.length; i++) {
                formats[i] = r.int16();
            }
            return formats;
        }

        private void execute(String sql, short[] formats) throws IOException {
            List<String> resultColumns = resultColumns(sql);
            if (resultColumns == null) {
                commandComplete(sql);
                return;
            }
            List<List<String>> rows = rows(sql, resultColumns, readOnly, written);
            for (List<String> row : rows) {
                dataRow(resultColumns, row, formats);
            }
            message('C', cstring("SELECT " + rows.size()));
        }

        private void simpleQuery(String sql) throws IOException {
            for (String statement : sql.split(";")) {
                if (statement.isBlank()) {
                    continue;
                }
                List<String> resultColumns = resultColumns(statement);
                if (resultColumns != null) {
                    rowDescription(resultColumns);
                }
                execute(statement, new short[0]);
            }
            readyForQuery();
        }

        private void commandComplete(String sql) throws IOException {
            String verb = firstWord(sql);
            switch (verb) {
                case "BEGIN", "START" -> {
                    inTransaction = true;
                    readOnly = sql.toUpperCase(Locale.ROOT).contains("READ ONLY");
                    written = false;
                }
                case "COMMIT", "ROLLBACK", "END" -> inTransaction = false;
                case "INSERT", "UPDATE", "DELETE" -> written = true;
                default -> {
                }
            }
            if (verb.isEmpty()) {
                message('I', new byte[0]);
                return;
            }
            String tag = switch (verb) {
                case "INSERT" -> "INSERT 0 1";
                case "UPDATE", "DELETE" -> verb + " 1";
                case "START" -> "BEGIN";
                default -> verb;
            };
            message('C', cstring(tag));
        }

        private void readyForQuery() throws IOException {
            message('Z', new byte[] {(byte) (inTransaction ? 'T' : 'I')});
        }

        private void parameter(String name, String value) throws IOException {
            message('S', d -> {
                d.write(cstring(name));
                d.write(cstring(value));
            });
        }

        private void rowDescription(List<String> names) throws IOException {
            message('T', d -> {
                d.writeShort(names.size());
                for (String name : names) {
                    d.write(cstring(name));
                    d.writeInt(0); // table
                    d.writeShort(0); // column
                    d.writeInt(name.equals("resolved_allowlist") ? TEXT_ARRAY : TEXT);
                    d.writeShort(-1); // variable length
                    d.writeInt(-1); // no type modifier
                    d.writeShort(0); // text format
                }
            });
        }

        private void dataRow(List<String> names, List<String> values, short[] formats) throws IOException {
            message('D', d -> {
                d.writeShort(values.size());
                for (int i = 0; i < values.size(); i++) {
                    String value = values.get(i);
                    boolean binary = formats.length == 1 ? formats[0] == 1 : i < formats.length && formats[i] == 1;
                    // text's binary form is its text; a text[] (the one array column) has a binary form of its own
                    byte[] bytes = value == null ? null : binary && names.get(i).equals("resolved_allowlist")
                            ? binaryTextArray(value) : value.getBytes(StandardCharsets.UTF_8);
                    if (bytes == null) {
                        d.writeInt(-1);
                    } else {
                        d.writeInt(bytes.length);
                        d.write(bytes);
                    }
                }
            });
        }

        /** A one-dimensional {@code text[]} literal of unquoted elements ({@code {a,b}}) in the binary format. */
        private static byte[] binaryTextArray(String literal) throws IOException {
            String inner = literal.substring(1, literal.length() - 1);
            List<String> elements = inner.isEmpty() ? List.of() : List.of(inner.split(","));
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(b);
            d.writeInt(elements.isEmpty() ? 0 : 1); // dimensions
            d.writeInt(0); // no NULL element
            d.writeInt(TEXT);
            if (!elements.isEmpty()) {
                d.writeInt(elements.size());
                d.writeInt(1); // lower bound
            }
            for (String element : elements) {
                byte[] bytes = element.getBytes(StandardCharsets.UTF_8);
                d.writeInt(bytes.length);
                d.write(bytes);
            }
            return b.toByteArray();
        }

        /** A message whose body {@code body} writes. */
        private void message(char type, Body body) throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            body.write(new DataOutputStream(b));
            message(type, b.toByteArray());
        }

        private void message(char type, byte[] body) throws IOException {
            out.write(type);
            out.writeInt(body.length + 4);
            out.write(body);
        }
    }

    /** The answer to a query, in a transaction that is read-only or not and has written or not. */
    private List<List<String>> rows(String sql, List<String> resultColumns, boolean readOnly, boolean written) {
        if (sql.contains("\"pg_catalog\".\"pg_attribute\"")) {
            // the schema probe: table, column, type, resolved, the four privileges, rows filtered, role, path
            List<List<String>> rows = new ArrayList<>();
            columns.forEach((table, names) -> names.forEach(column -> rows.add(List.of(table, column,
                    "character varying", "t", "t", "t", "t", "t", "f", "training", "public"))));
            return rows;
        }
        if (sql.strip().toLowerCase(Locale.ROOT).startsWith("show ")) {
            return List.of(List.of(sql.toLowerCase(Locale.ROOT).contains("isolation") ? "read committed" : "on"));
        }
        List<String> row = new ArrayList<>(resultColumns.size());
        for (String name : resultColumns) {
            if (name.equals("tx_read_only") || name.equals("transaction_read_only")) {
                row.add(readOnly ? "on" : "off");
            } else if (name.startsWith("pending_")) {
                row.add(readOnly || written ? "0" : "1");
            } else if (FACTS.containsKey(name)) {
                row.add(FACTS.get(name));
            } else {
                row.add(null);
            }
        }
        return List.of(row);
    }

    /**
     * The column labels of a query ({@code null} for a command): the top-level items of its select list, named
     * by their {@code as "…"} alias.
     */
    static List<String> resultColumns(String sql) {
        String s = sql.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("show ")) {
            return List.of(s.substring(5).strip());
        }
        if (!lower.startsWith("select")) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        boolean identifier = false;
        int start = lower.startsWith("select distinct ") ? 16 : 6;
        int i = start;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                quoted = c != '\'';
            } else if (identifier) {
                identifier = c != '"';
            } else if (c == '\'') {
                quoted = true;
            } else if (c == '"') {
                identifier = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && c == ',') {
                labels.add(label(s.substring(start, i)));
                start = i + 1;
            } else if (depth == 0 && (lower.startsWith(" from ", i) || lower.startsWith(" where ", i)
                    || lower.startsWith(" limit ", i))) {
                break;
            }
        }
        labels.add(label(s.substring(start, i)));
        return labels;
    }

    private static String label(String item) {
        Matcher m = ALIAS.matcher(item.strip());
        return m.matches() ? m.group(1).replace("\"\"", "\"") : "?column?";
    }

    private static String firstWord(String sql) {
        String s = sql.strip();
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end).toUpperCase(Locale.ROOT);
    }

    private static byte[] cstring(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        byte[] z = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, z, 0, bytes.length);
        return z;
    }

    /** Writes a message body. */
    @FunctionalInterface
    private interface Body {
        void write(DataOutputStream d) throws IOException;
    }

    /** Reads a message body: NUL-terminated strings and big-endian integers. */
    private static final class Reader {
        private final byte[] body;
        private int at;

        Reader(byte[] body) {
            this.body = body;
        }

        Reader skip(int n) {
            at += n;
            return this;
        }

        String string() {
            int end = at;
            while (end < body.length && body[end] != 0) {
                end++;
            }
            String s = new String(body, at, end - at, StandardCharsets.UTF_8);
            at = Math.min(end + 1, body.length);
            return s;
        }

        short int16() {
            short v = (short) (((body[at] & 0xff) << 8) | (body[at + 1] & 0xff));
            at += 2;
            return v;
        }

        int int32() {
            int v = ((body[at] & 0xff) << 24) | ((body[at + 1] & 0xff) << 16) | ((body[at + 2] & 0xff) << 8)
                    | (body[at + 3] & 0xff);
            at += 4;
            return v;
        }
    }
}
