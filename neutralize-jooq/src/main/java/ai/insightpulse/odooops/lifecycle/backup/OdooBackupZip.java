package ai.insightpulse.odooops.lifecycle.backup;

import ai.insightpulse.odooops.lifecycle.backup.internal.CentralDirectory;
import ai.insightpulse.odooops.lifecycle.backup.internal.CountingInput;
import ai.insightpulse.odooops.lifecycle.filestore.CopyProgress;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A backup zip as Odoo's database manager writes it ({@code odoo/service/db.py}, {@code dump_db} with format
 * {@code zip}): {@code dump.sql} (plain {@code pg_dump --no-owner}), {@code manifest.json}, and the filestore under
 * {@code filestore/<sha[:2]>/<sha>}. Opening it checks every entry before anything is extracted: no name that could
 * leave the directory it is extracted into ({@code ..}, absolute, drive letters, backslashes), no link entry, no
 * duplicate name, and declared sizes within the {@link ZipLimits}. Entries are then read straight from the archive
 * (random access, one pass, nothing held whole in memory, nothing written twice), and inflated bytes are counted
 * against the same limits.
 */
public final class OdooBackupZip implements AutoCloseable {

    /** The plain SQL dump. */
    public static final String DUMP = "dump.sql";
    /** The manifest. */
    public static final String MANIFEST = "manifest.json";
    /** The prefix of the filestore's entries. */
    public static final String FILESTORE = "filestore/";

    private static final long MAX_MANIFEST_BYTES = 16L << 20;
    private static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final Path file;
    private final ZipFile zip;
    private final ZipLimits limits;
    private final AtomicLong inflated = new AtomicLong();
    private final Optional<BackupManifest> manifest;

    private OdooBackupZip(Path file, ZipFile zip, ZipLimits limits) {
        this.file = file;
        this.zip = zip;
        this.limits = limits;
        this.manifest = readManifest();
    }

    /** Whether {@code file} starts as a zip archive does ({@code PK\3\4}, or {@code PK\5\6} when empty). */
    public static boolean looksLikeZip(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        return head[0] == 'P' && head[1] == 'K' && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6);
    }

    /**
     * Opens and checks {@code file}.
     *
     * @throws BackupZipException a refused or unreadable archive (nothing was written)
     */
    public static OdooBackupZip open(Path file, ZipLimits limits) {
        List<CentralDirectory.Entry> recorded;
        try {
            recorded = CentralDirectory.read(file);
        } catch (IOException e) {
            throw new BackupZipException("cannot read " + file + ": " + e.getMessage(), e);
        }
        for (CentralDirectory.Entry entry : recorded) {
            if (entry.symlink()) {
                throw new BackupZipException("refusing " + file + ": entry '" + printable(entry.name())
                        + "' is a symbolic link");
            }
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new BackupZipException("cannot read " + file + " as a zip (damaged or truncated): "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new BackupZipException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            vet(file, zip, recorded.size(), limits);
            return new OdooBackupZip(file, zip, limits);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static void vet(Path file, ZipFile zip, int recorded, ZipLimits limits) {
        if (zip.size() != recorded) {
            throw new BackupZipException("refusing " + file + ": its central directory lists " + recorded
                    + " entries, the zip reader " + zip.size());
        }
        if (zip.size() > limits.maxEntries()) {
            throw new BackupZipException("refusing " + file + ": " + zip.size() + " entries, more than the limit of "
                    + limits.maxEntries());
        }
        Set<String> names = new HashSet<>();
        long total = 0;
        long compressed = 0;
        boolean hasDump = false;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            String name = entry.getName();
            Optional<String> unsafe = unsafeName(name);
            if (unsafe.isPresent()) {
                throw new BackupZipException("refusing " + file + ": entry '" + printable(name) + "' " + unsafe.get());
            }
            if (!names.add(name)) {
                throw new BackupZipException("refusing " + file + ": entry '" + printable(name) + "' appears twice");
            }
            hasDump |= name.equals(DUMP);
            long size = entry.getSize();
            long csize = entry.getCompressedSize();
            if (size < 0 || csize < 0) {
                throw new BackupZipException("refusing " + file + ": entry '" + printable(name)
                        + "' does not declare its size");
            }
            if (size > ZipLimits.RATIO_FLOOR && size / Math.max(csize, 1) > limits.maxRatio()) {
                throw new BackupZipException("refusing " + file + ": entry '" + printable(name) + "' expands "
                        + size / Math.max(csize, 1) + ":1, more than the limit of " + limits.maxRatio() + ":1");
            }
            total += size;
            compressed += csize;
            if (total > limits.maxTotalBytes()) {
                throw new BackupZipException("refusing " + file + ": it expands to more than the limit of "
                        + limits.maxTotalBytes() + " bytes");
            }
        }
        if (total > ZipLimits.RATIO_FLOOR && total / Math.max(compressed, 1) > limits.maxRatio()) {
            throw new BackupZipException("refusing " + file + ": it expands " + total / Math.max(compressed, 1)
                    + ":1, more than the limit of " + limits.maxRatio() + ":1");
        }
        if (!hasDump) {
            throw new BackupZipException("refusing " + file + ": no " + DUMP + " in it (not an Odoo backup zip)");
        }
    }

    /** Why a name could leave the directory it is extracted into, if it could. */
    static Optional<String> unsafeName(String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0 || name.indexOf('\\') >= 0) {
            return Optional.of("has an empty name, a NUL or a backslash");
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return Optional.of("is an absolute path");
        }
        String[] segments = name.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.equals("..") || s.equals(".")) {
                return Optional.of("has a '" + s + "' segment");
            }
            if (s.isEmpty() && i < segments.length - 1) {
                return Optional.of("has an empty segment");
            }
        }
        return Optional.empty();
    }

    /** The manifest, if the archive has one. */
    public Optional<BackupManifest> manifest() {
        return manifest;
    }

    /** Whether the archive has filestore entries. */
    public boolean hasFilestore() {
        return zip.stream().anyMatch(e -> e.getName().startsWith(FILESTORE) && !e.isDirectory());
    }

    /** The declared size of {@code dump.sql}, for progress. */
    public long dumpSize() {
        return zip.getEntry(DUMP).getSize();
    }

    /** The plain SQL dump, read from the archive as it is consumed. The caller closes it. */
    public InputStream dump() {
        return open(zip.getEntry(DUMP));
    }

    /**
     * Writes the filestore entries into {@code into} (which must not exist; it is created), each as a new file.
     *
     * @return files and bytes written
     * @throws BackupZipException on a refused entry or a read error (what was written stays in {@code into}, the
     *                            caller's work directory, for it to remove)
     */
    public long[] extractFilestore(Path into, CopyProgress progress) {
        Path root = into.toAbsolutePath().normalize();
        long files = 0;
        long bytes = 0;
        long next = System.nanoTime() + PROGRESS_NANOS;
        try {
            Files.createDirectories(root.getParent());
            Files.createDirectory(root);
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (!entry.getName().startsWith(FILESTORE) || entry.getName().equals(FILESTORE)) {
                    continue;
                }
                Path to = root.resolve(entry.getName().substring(FILESTORE.length())).normalize();
                if (!to.startsWith(root) || to.equals(root)) {
                    throw new BackupZipException("refusing " + file + ": entry '" + printable(entry.getName())
                            + "' leaves the filestore");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(to);
                    continue;
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = open(entry);
                     OutputStream out = Files.newOutputStream(to, StandardOpenOption.CREATE_NEW)) {
                    bytes += in.transferTo(out);
                }
                files++;
                long now = System.nanoTime();
                if (now >= next) {
                    next = now + PROGRESS_NANOS;
                    progress.copied(files, bytes);
                }
            }
        } catch (IOException e) {
            throw new BackupZipException("cannot extract the filestore of " + file + ": " + e, e);
        }
        progress.copied(files, bytes);
        return new long[] {files, bytes};
    }

    private InputStream open(ZipEntry entry) {
        try {
            return new CountingInput(zip.getInputStream(entry), entry.getName(), entry.getSize(), inflated,
                    limits.maxTotalBytes());
        } catch (IOException e) {
            throw new BackupZipException("cannot read " + entry.getName() + " in " + file + ": " + e.getMessage(), e);
        }
    }

    private Optional<BackupManifest> readManifest() {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.getSize() > MAX_MANIFEST_BYTES) {
            throw new BackupZipException("refusing " + file + ": " + MANIFEST + " is larger than "
                    + MAX_MANIFEST_BYTES + " bytes");
        }
        try (InputStream in = open(entry)) {
            JsonNode json = new ObjectMapper().readTree(in);
            if (json == null || !json.isObject()) {
                throw new BackupZipException("refusing " + file + ": " + MANIFEST + " is not a JSON object");
            }
            Map<String, String> modules = new LinkedHashMap<>();
            json.path("modules").fields().forEachRemaining(m -> modules.put(m.getKey(), m.getValue().asText()));
            return Optional.of(new BackupManifest(json.path("db_name").asText(""),
                    json.path("major_version").asText(""), json.path("version").asText(""),
                    json.path("pg_version").asText(""), modules));
        } catch (IOException e) {
            throw new BackupZipException("refusing " + file + ": " + MANIFEST + " cannot be read: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(200).forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing was written
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }
}
