package ai.insightpulse.odooops.lifecycle.filestore;

/** A filestore step failed; the message is one line naming the path and the reason. */
public final class FilestoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FilestoreException(String message) {
        super(message);
    }

    public FilestoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
