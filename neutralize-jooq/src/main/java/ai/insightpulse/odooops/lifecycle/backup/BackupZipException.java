package ai.insightpulse.odooops.lifecycle.backup;

/** A backup zip refused or unreadable; the message is one line naming the entry and the reason. */
public final class BackupZipException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackupZipException(String message) {
        super(message);
    }

    public BackupZipException(String message, Throwable cause) {
        super(message, cause);
    }
}
