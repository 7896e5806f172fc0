package ai.insightpulse.odooops.lifecycle.internal;

import java.nio.file.Path;

/** Where a staged copy comes from: another database on the same server, or a dump file. */
public sealed interface CopySource {

    /** For messages. */
    String describe();

    /**
     * A database on the same server ({@code clone --from}).
     *
     * @param database its name
     */
    record FromDatabase(String database) implements CopySource {
        @Override
        public String describe() {
            return "database " + database;
        }
    }

    /**
     * A dump made by {@code pg_dump}: custom ({@code -Fc}), tar, directory or plain SQL ({@code restore --dump}).
     *
     * @param file the dump
     */
    record FromDump(Path file) implements CopySource {
        @Override
        public String describe() {
            return "dump " + file;
        }
    }
}
