package ai.insightpulse.odooops.lifecycle.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a plain-SQL dump as PostgreSQL's lexer would: one statement at a time (split at semicolons outside
 * strings, quoted names, dollar-quoted bodies, comments, parentheses and SQL-standard function bodies), the psql
 * meta-commands between them, and the data lines of a {@code COPY … FROM stdin} up to its {@code \.} line.
 *
 * <p>It only splits and names what it sees; {@link DumpVetting} decides what may run. Nothing it reads is ever
 * handed to psql: statements go to the server over JDBC, where a backslash is just a syntax error, so a lexing
 * mistake can at worst mis-split SQL that still runs under the restore role's privileges (see
 * {@link RestoreRole}). Comments are dropped from the statements (the server would ignore them too).
 *
 * <p>The file is read as bytes: every byte that matters to the lexer is ASCII, and UTF-8 never uses ASCII bytes
 * inside a multi-byte character. COPY data is passed through as bytes, never decoded.
 */
final class PlainDumpReader implements Closeable {

    /** Tokens kept per statement for {@link DumpVetting}; a longer statement keeps only its first ones. */
    static final int MAX_TOKENS = 8192;
    /**
     * The longest statement read (pg_dump's longest are view definitions and large-object chunks, far below):
     * a file without semicolons must not exhaust the launcher's heap.
     */
    static final int MAX_STATEMENT_BYTES = 16 << 20;

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private int line = 1;
    private long bytesRead;

    PlainDumpReader(InputStream in) {
        this.in = in;
    }

    /** What the reader found: a statement or a meta-command line. */
    sealed interface Piece {
        /** The line it starts on, counting from 1. */
        int line();
    }

    /**
     * One SQL statement.
     *
     * @param sql       its text, comments removed, ending with its semicolon (or the end of the file)
     * @param line      the line of its first token
     * @param tokens    its tokens outside strings and bodies, at most {@link #MAX_TOKENS}
     * @param truncated whether there were more tokens than those kept
     */
    record Statement(String sql, int line, List<Token> tokens, boolean truncated) implements Piece {
    }

    /**
     * A psql meta-command: a backslash outside any string, comment or body, up to the end of its line.
     *
     * @param text             the command as written, from its backslash
     * @param line             its line
     * @param insideStatement  whether it interrupts a statement (psql would run it there; the statement is lost)
     */
    record MetaCommand(String text, int line, boolean insideStatement) implements Piece {
    }

    /** A token of a statement. */
    enum TokenKind {
        /** An unquoted name or key word, lower-cased as PostgreSQL folds it. */
        WORD,
        /** A double-quoted name, without its quotes. */
        QUOTED_NAME,
        /** A string constant, as written (quotes and prefix included). */
        STRING,
        /** A dollar-quoted string, as written. */
        BODY,
        /** A number. */
        NUMBER,
        /** Any other character (punctuation, an operator character). */
        SYMBOL
    }

    /**
     * A token.
     *
     * @param kind what it is
     * @param text its text (see {@link TokenKind})
     */
    record Token(TokenKind kind, String text) {

        boolean isWord(String word) {
            return kind == TokenKind.WORD && text.equals(word);
        }

        boolean isSymbol(char c) {
            return kind == TokenKind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
        }

        /** A name, as the server resolves it, if this token is one. */
        boolean isName() {
            return kind == TokenKind.WORD || kind == TokenKind.QUOTED_NAME;
        }
    }

    /** The number of lines read so far, for messages. */
    int line() {
        return line;
    }

    /** The number of bytes read so far, for progress. */
    long bytesRead() {
        return bytesRead - (limit - pos);
    }

    /**
     * The next statement or meta-command, or null at the end of the file.
     *
     * @throws DumpFormatException when the text is not SQL the reader can split (an unterminated string, bytes
     *                             that are not UTF-8)
     */
    Piece next() throws IOException {
        StatementBuilder s = new StatementBuilder();
        while (true) {
            int c = read();
            if (c < 0) {
                if (s.blank()) {
                    return null;
                }
                return s.build();
            }
            switch (c) {
                case '\n' -> {
                    line++;
                    s.whitespace(c);
                }
                case ' ', '\t', '\r', '\f' -> s.whitespace(c);
                case '-' -> {
                    if (peek() == '-') {
                        skipLineComment();
                        s.whitespace(' ');
                    } else {
                        s.symbol(c);
                    }
                }
                case '/' -> {
                    if (peek() == '*') {
                        read();
                        skipBlockComment(line);
                        s.whitespace(' ');
                    } else {
                        s.symbol(c);
                    }
                }
                case '\'' -> s.token(TokenKind.STRING, quoted('\'', false, new StringBuilderBytes("'"), s));
                case '"' -> {
                    String raw = quoted('"', false, new StringBuilderBytes("\""), s);
                    s.token(TokenKind.QUOTED_NAME, raw, raw.substring(1, raw.length() - 1).replace("\"\"", "\""));
                }
                case '$' -> {
                    String tag = dollarTag();
                    if (tag == null) {
                        s.symbol(c);
                    } else {
                        s.token(TokenKind.BODY, dollarBody(tag, s));
                    }
                }
                case '\\' -> {
                    int at = line;
                    return new MetaCommand("\\" + restOfLine(), at, !s.blank());
                }
                case ';' -> {
                    s.symbol(c);
                    if (s.parenDepth <= 0 && s.beginDepth <= 0) {
                        return s.build();
                    }
                }
                case '(' -> {
                    s.parenDepth++;
                    s.symbol(c);
                }
                case ')' -> {
                    s.parenDepth--;
                    s.symbol(c);
                }
                default -> {
                    if (isIdentStart(c)) {
                        String word = identifier(c);
                        if ((word.equals("e") || word.equals("E")) && peek() == '\'') {
                            read();
                            s.token(TokenKind.STRING, quoted('\'', true, new StringBuilderBytes(word + "'"), s));
                        } else {
                            s.word(word);
                        }
                    } else if (c >= '0' && c <= '9') {
                        s.token(TokenKind.NUMBER, number(c));
                    } else {
                        s.symbol(c);
                    }
                }
            }
        }
    }

    /**
     * After a {@code COPY … FROM stdin} statement: copies its data lines to {@code sink} up to (not including) the
     * {@code \.} line, which it consumes.
     *
     * @throws DumpFormatException if the statement's line goes on after its semicolon, or the file ends first
     */
    void copyData(OutputStream sink) throws IOException {
        int start = line;
        // the data starts on the line after the statement
        while (true) {
            int c = read();
            if (c == '\n') {
                line++;
                break;
            }
            if (c < 0) {
                throw new DumpFormatException(start, "the file ends right after a COPY statement, before its data");
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                throw new DumpFormatException(start, "text follows a COPY … FROM stdin statement on its line");
            }
        }
        boolean atLineStart = true;
        while (true) {
            if (atLineStart) {
                ensure(4);
                int n = limit - pos;
                if (n >= 2 && buf[pos] == '\\' && buf[pos + 1] == '.'
                        && (n == 2 || buf[pos + 2] == '\n' || (buf[pos + 2] == '\r' && (n == 3 || buf[pos + 3] == '\n')))) {
                    pos += 2;
                    if (pos < limit && buf[pos] == '\r') {
                        pos++;
                    }
                    if (pos < limit && buf[pos] == '\n') {
                        pos++;
                        line++;
                    }
                    return;
                }
            }
            if (pos == limit && !fill()) {
                throw new DumpFormatException(start, "the data of the COPY statement is not ended by a \\. line");
            }
            int nl = -1;
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            if (nl < 0) {
                sink.write(buf, pos, limit - pos);
                pos = limit;
                atLineStart = false;
            } else {
                sink.write(buf, pos, nl + 1 - pos);
                pos = nl + 1;
                line++;
                atLineStart = true;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    // ---- lexing

    private void skipLineComment() throws IOException {
        while (true) {
            int c = peek();
            if (c < 0 || c == '\n') {
                return;
            }
            read();
        }
    }

    /** A C-style comment, which nests in PostgreSQL (unlike in C). */
    private void skipBlockComment(int startLine) throws IOException {
        int depth = 1;
        while (depth > 0) {
            int c = read();
            if (c < 0) {
                throw new DumpFormatException(startLine, "a /* comment is not closed before the end of the file");
            }
            if (c == '\n') {
                line++;
            } else if (c == '*' && peek() == '/') {
                read();
                depth--;
            } else if (c == '/' && peek() == '*') {
                read();
                depth++;
            }
        }
    }

    /**
     * The rest of a quoted string or name whose opening quote was read: a doubled quote stands for one; in an
     * escape string ({@code E'…'}) a backslash escapes the next byte.
     */
    private String quoted(char quote, boolean escapes, StringBuilderBytes text, StatementBuilder s)
            throws IOException {
        int startLine = line;
        s.startLine(startLine);
        while (true) {
            int c = read();
            if (c < 0) {
                throw new DumpFormatException(startLine, (quote == '"' ? "a quoted name" : "a string")
                        + " is not closed before the end of the file");
            }
            text.append(c);
            if (c == '\n') {
                line++;
            } else if (escapes && c == '\\') {
                int next = read();
                if (next < 0) {
                    continue;
                }
                if (next == '\n') {
                    line++;
                }
                text.append(next);
            } else if (c == quote) {
                if (peek() == quote) {
                    text.append(read());
                } else {
                    return text.decode(startLine);
                }
            }
        }
    }

    /** After a {@code $}: the tag of a dollar quote ({@code $tag$} or {@code $$}), consumed, or null. */
    private String dollarTag() throws IOException {
        ensure(64);
        int i = pos;
        if (i < limit && buf[i] == '$') {
            pos = i + 1;
            return "";
        }
        if (i >= limit || !isIdentStart(buf[i] & 0xff)) {
            return null;
        }
        i++;
        while (i < limit && isDollarTagPart(buf[i] & 0xff)) {
            i++;
        }
        if (i < limit && buf[i] == '$') {
            String tag = new String(buf, pos, i - pos, StandardCharsets.UTF_8);
            pos = i + 1;
            return tag;
        }
        return null;
    }

    private String dollarBody(String tag, StatementBuilder s) throws IOException {
        int startLine = line;
        s.startLine(startLine);
        String delimiter = "$" + tag + "$";
        byte[] end = delimiter.getBytes(StandardCharsets.UTF_8);
        StringBuilderBytes text = new StringBuilderBytes(delimiter);
        int matched = 0;
        while (true) {
            int c = read();
            if (c < 0) {
                throw new DumpFormatException(startLine, "a " + delimiter + " quoted body is not closed before the "
                        + "end of the file");
            }
            text.append(c);
            if (c == '\n') {
                line++;
            }
            if (c == end[matched]) {
                matched++;
                if (matched == end.length) {
                    return text.decode(startLine);
                }
            } else {
                matched = c == end[0] ? 1 : 0;
            }
        }
    }

    private String identifier(int first) throws IOException {
        StringBuilderBytes text = new StringBuilderBytes("");
        text.append(first);
        while (true) {
            int c = peek();
            if (c < 0 || !isIdentPart(c)) {
                return text.decode(line);
            }
            text.append(read());
        }
    }

    private String number(int first) throws IOException {
        StringBuilder text = new StringBuilder().append((char) first);
        while (true) {
            int c = peek();
            if (c < 0 || !(c >= '0' && c <= '9' || c == '.' || c == '_' || c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z')) {
                return text.toString();
            }
            text.append((char) read());
        }
    }

    private String restOfLine() throws IOException {
        StringBuilderBytes text = new StringBuilderBytes("");
        int at = line;
        while (true) {
            int c = peek();
            if (c < 0 || c == '\n') {
                return text.decode(at);
            }
            text.append(read());
        }
    }

    private static boolean isIdentStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    private static boolean isIdentPart(int c) {
        return isIdentStart(c) || c >= '0' && c <= '9' || c == '$';
    }

    private static boolean isDollarTagPart(int c) {
        return isIdentStart(c) || c >= '0' && c <= '9';
    }

    // ---- buffering

    private int read() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xff;
    }

    private int peek() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buf[pos] & 0xff;
    }

    /** Makes at least {@code n} bytes available unless the file ends first. */
    private void ensure(int n) throws IOException {
        if (limit - pos >= n || eof) {
            return;
        }
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
        while (limit < n && !eof) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
                bytesRead += r;
            }
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        pos = 0;
        limit = 0;
        while (limit == 0) {
            int r = in.read(buf, 0, buf.length);
            if (r < 0) {
                eof = true;
                return false;
            }
            limit = r;
            bytesRead += r;
        }
        return true;
    }

    // ---- building a statement

    /** Bytes collected for one string, decoded strictly as UTF-8. */
    private final class StringBuilderBytes {
        private byte[] bytes = new byte[64];
        private int length;

        StringBuilderBytes(String start) {
            for (byte b : start.getBytes(StandardCharsets.UTF_8)) {
                append(b & 0xff);
            }
        }

        void append(int b) {
            if (length == MAX_STATEMENT_BYTES) {
                throw new DumpFormatException(line, "a statement longer than " + (MAX_STATEMENT_BYTES >> 20)
                        + " MiB");
            }
            if (length == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[length++] = (byte) b;
        }

        String decode(int atLine) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
            } catch (CharacterCodingException e) {
                throw new DumpFormatException(atLine, "the text is not UTF-8 (Odoo databases are UTF-8; a dump "
                        + "of one is too)");
            }
        }
    }

    /** One statement as it is being read. */
    private final class StatementBuilder {
        private final StringBuilder sql = new StringBuilder();
        private final List<Token> tokens = new ArrayList<>();
        private boolean truncated;
        private int firstLine = -1;
        int parenDepth;
        int beginDepth;
        /** The first words, to recognise CREATE [OR REPLACE] FUNCTION|PROCEDURE as psql does. */
        private final List<String> leadingWords = new ArrayList<>();

        boolean blank() {
            return firstLine < 0;
        }

        int startLine(int at) {
            if (firstLine < 0) {
                firstLine = at;
            }
            return at;
        }

        void whitespace(int c) {
            if (firstLine >= 0) {
                sql.append((char) c);
                checkLength();
            }
        }

        private void checkLength() {
            if (sql.length() > MAX_STATEMENT_BYTES) {
                throw new DumpFormatException(firstLine, "a statement longer than " + (MAX_STATEMENT_BYTES >> 20)
                        + " MiB");
            }
        }

        void symbol(int c) {
            token(TokenKind.SYMBOL, String.valueOf((char) c));
        }

        void word(String word) {
            String folded = word.toLowerCase(Locale.ROOT);
            token(TokenKind.WORD, word, folded);
            trackBeginAtomic(folded);
        }

        void token(TokenKind kind, String raw) {
            token(kind, raw, raw);
        }

        void token(TokenKind kind, String raw, String value) {
            startLine(line);
            sql.append(raw);
            checkLength();
            if (tokens.size() < MAX_TOKENS) {
                tokens.add(new Token(kind, value));
            } else {
                truncated = true;
            }
        }

        /**
         * A SQL-standard function body ({@code BEGIN ATOMIC … END}) holds semicolons that do not end the
         * statement; like psql, count BEGIN/CASE/END only in CREATE [OR REPLACE] FUNCTION|PROCEDURE.
         */
        private void trackBeginAtomic(String word) {
            if (leadingWords.size() < 4) {
                leadingWords.add(word);
            }
            boolean routine = leadingWords.size() >= 2 && leadingWords.get(0).equals("create")
                    && (isRoutine(leadingWords.get(1)) || leadingWords.size() >= 4 && leadingWords.get(1).equals("or")
                    && leadingWords.get(2).equals("replace") && isRoutine(leadingWords.get(3)));
            if (!routine || parenDepth != 0) {
                return;
            }
            switch (word) {
                case "begin" -> beginDepth++;
                case "case" -> {
                    if (beginDepth > 0) {
                        beginDepth++;
                    }
                }
                case "end" -> {
                    if (beginDepth > 0) {
                        beginDepth--;
                    }
                }
                default -> {
                    // other words do not nest
                }
            }
        }

        private boolean isRoutine(String word) {
            return word.equals("function") || word.equals("procedure");
        }

        Statement build() {
            return new Statement(sql.toString().strip(), firstLine, List.copyOf(tokens), truncated);
        }
    }

    /** The dump is not text this reader can split; the restore refuses it. */
    static final class DumpFormatException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int line;

        DumpFormatException(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
