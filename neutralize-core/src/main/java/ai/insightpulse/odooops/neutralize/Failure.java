package ai.insightpulse.odooops.neutralize;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a run failed. The message is one line and free of secrets.
 *
 * @param kind    the class of failure, which decides the exit code
 * @param message a one-line reason for people
 */
public record Failure(Kind kind, String message) {

    /** Checks invariants and folds the message onto one line. */
    public Failure {
        Objects.requireNonNull(kind, "kind");
        message = message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** Classes of failure. */
    public enum Kind {
        /** Bad configuration or a missing confirmation; exit 1. */
        CONFIG(ExitCode.CONFIG_ERROR),
        /** The database could not be reached or refused the login; exit 2. */
        CONNECTION(ExitCode.RUNTIME_ERROR),
        /** A lock was not granted within the lock timeout (an Odoo cron worker, another run); exit 2. */
        LOCK_TIMEOUT(ExitCode.RUNTIME_ERROR),
        /** A statement failed; the transaction was rolled back; exit 2. */
        DATABASE(ExitCode.RUNTIME_ERROR),
        /**
         * The database answered but is not Odoo as the run's connection sees it: a core table ({@code ir_cron},
         * {@code ir_mail_server}, …) does not resolve through the session's {@code search_path}. Fail closed: a
         * run that cannot see Odoo's tables never reports them neutralized; exit 2.
         */
        NOT_ODOO(ExitCode.RUNTIME_ERROR),
        /**
         * The run's role may not do what a run needs on a table it found (read a core table, update or insert
         * where a target writes, or row-level security could hide rows); nothing was changed; exit 2.
         */
        PERMISSION(ExitCode.RUNTIME_ERROR),
        /** An unexpected error in this program; exit 2. */
        INTERNAL(ExitCode.RUNTIME_ERROR),
        /** The evidence database (control plane) could not be read, so the run did not start; exit 2. */
        EVIDENCE(ExitCode.RUNTIME_ERROR),
        /** The process was stopped by a signal (SIGTERM, SIGINT) before the run finished; exit 2 (the process: 143). */
        INTERRUPTED(ExitCode.RUNTIME_ERROR),
        /**
         * Coverage was required ({@code --require-coverage}, {@code IPAI_REQUIRE_COVERAGE=YES}, the policy's flag)
         * and installed modules hold credential-shaped data nothing neutralizes; rolled back; exit 2.
         */
        UNCOVERED(ExitCode.RUNTIME_ERROR);

        private final ExitCode exitCode;

        Kind(ExitCode exitCode) {
            this.exitCode = exitCode;
        }

        /** The exit code this kind of failure maps to. */
        public ExitCode exitCode() {
            return exitCode;
        }

        /** The lower-case name used in the summary line. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
