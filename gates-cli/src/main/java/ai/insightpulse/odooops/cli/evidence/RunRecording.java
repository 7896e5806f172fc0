package ai.insightpulse.odooops.cli.evidence;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The stdout and stderr of one run, passed through to the real streams and kept for the evidence. */
public final class RunRecording {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final PrintWriter teeOut;
    private final PrintWriter teeErr;

    private RunRecording(PrintWriter realOut, PrintWriter realErr) {
        this.teeOut = new PrintWriter(new Tee(realOut, out), true);
        this.teeErr = new PrintWriter(new Tee(realErr, err), true);
    }

    /** Starts recording what is written to the returned {@link #out()} and {@link #err()}. */
    public static RunRecording start(PrintWriter realOut, PrintWriter realErr) {
        return new RunRecording(realOut, realErr);
    }

    /** The stdout to hand to the command. */
    public PrintWriter out() {
        return teeOut;
    }

    /** The stderr to hand to the command. */
    public PrintWriter err() {
        return teeErr;
    }

    /**
     * Also records what the process writes to {@code System.err} — the engine's own log lines (SLF4J's simple
     * logger resolves {@code System.err} at each write) — until the returned capture is closed. The lines still
     * reach the real stderr, once.
     */
    public Capture captureSystemErr() {
        PrintStream original = System.err;
        PrintStream tee = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                original.write(b, off, len);
                synchronized (err) {
                    err.write(new String(b, off, len, StandardCharsets.UTF_8));
                }
            }

            @Override
            public void flush() {
                original.flush();
            }
        }, true, StandardCharsets.UTF_8);
        System.setErr(tee);
        return () -> {
            tee.flush();
            System.setErr(original);
        };
    }

    /** A running capture of {@code System.err}; closing it restores the real stream. */
    @FunctionalInterface
    public interface Capture extends AutoCloseable {
        /** No capture: closing it does nothing. */
        Capture NONE = () -> { };

        @Override
        void close();
    }

    /** Everything written to stdout so far. */
    public String stdout() {
        teeOut.flush();
        return out.toString();
    }

    /** Everything written to stderr so far. */
    public String stderr() {
        teeErr.flush();
        return err.toString();
    }

    /** Writes to two writers. */
    private static final class Tee extends Writer {
        private final Writer first;
        private final StringWriter second;

        Tee(Writer first, StringWriter second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            try {
                first.write(cbuf, off, len);
            } catch (java.io.IOException ignored) {
                // a closed terminal must not lose the evidence copy
            }
            second.write(cbuf, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            first.flush();
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
