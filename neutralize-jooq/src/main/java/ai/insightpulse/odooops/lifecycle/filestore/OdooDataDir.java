package ai.insightpulse.odooops.lifecycle.filestore;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Odoo's data directory ({@code data_dir} in odoo.conf, {@code --data-dir}): a database {@code db}'s attachments live
 * in {@code <data_dir>/filestore/<db>}, as {@code odoo.tools.config.filestore(db)} builds the path.
 *
 * @param root the data directory
 */
public record OdooDataDir(Path root) {

    public OdooDataDir {
        root = root.toAbsolutePath().normalize();
    }

    /**
     * The data directory at {@code root}, which must exist.
     *
     * @throws FilestoreException if it is not a directory
     */
    public static OdooDataDir existing(Path root) {
        if (!Files.isDirectory(root)) {
            throw new FilestoreException("the Odoo data dir " + root + " is not a directory");
        }
        return new OdooDataDir(root);
    }

    /** {@code <data_dir>/filestore}, where every database's filestore is. */
    public Path filestores() {
        return root.resolve("filestore");
    }

    /** {@code <data_dir>/filestore/<database>}. */
    public Path filestore(String database) {
        Path dir = filestores().resolve(database).normalize();
        if (!dir.getParent().equals(filestores())) {
            throw new IllegalArgumentException("not a database name: " + database);
        }
        return dir;
    }
}
