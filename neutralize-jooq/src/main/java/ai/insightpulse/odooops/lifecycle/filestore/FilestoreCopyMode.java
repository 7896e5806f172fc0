package ai.insightpulse.odooops.lifecycle.filestore;

import java.util.Locale;
import java.util.Optional;

/**
 * How a filestore is copied. Hardlinks and reflinks are safe because Odoo never rewrites an attachment file in place:
 * {@code ir.attachment._file_write} writes a new content-addressed file ({@code <sha1[:2]>/<sha1>}) only when none
 * exists, and {@code _gc_file_store_unsafe} only unlinks (docs/OPERATIONS.md, "Filestore").
 */
public enum FilestoreCopyMode {
    /** Reflink if the filesystem can, else hardlink on the same filesystem, else copy. */
    AUTO,
    /** Copy-on-write clones ({@code cp --reflink=always}); fails where the filesystem cannot. */
    REFLINK,
    /** One new directory tree whose files are hard links to the source's; same filesystem only. */
    HARDLINK,
    /** A byte copy of every file. */
    COPY;

    /** The mode named {@code name} ({@code auto}, {@code reflink}, {@code hardlink}, {@code copy}), if it is one. */
    public static Optional<FilestoreCopyMode> parse(String name) {
        for (FilestoreCopyMode mode : values()) {
            if (mode.flag().equals(name)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    /** The name on the command line. */
    public String flag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
