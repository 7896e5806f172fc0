package ai.insightpulse.odooops.lifecycle.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds backup zips for tests, good and bad, the way Odoo's database manager lays them out. */
public final class BackupZips {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    /** An Odoo-like backup: {@code dump.sql}, a manifest of {@code series}, and {@code files} filestore files. */
    public static BackupZips odoo(String dumpSql, String series, int files) {
        BackupZips zip = new BackupZips();
        zip.add("dump.sql", dumpSql.getBytes(StandardCharsets.UTF_8));
        zip.add("manifest.json", ("{\"odoo_dump\": \"1\", \"db_name\": \"odoo_prod\", \"version\": \"" + series
                + "-20250101\", \"major_version\": \"" + series + "\", \"pg_version\": \"15.4\", "
                + "\"modules\": {\"base\": \"" + series + ".1.3\", \"mail\": \"" + series + ".1.0\"}}")
                .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < files; i++) {
            String sha = String.format("%040x", i * 7919L + 12345);
            zip.add("filestore/" + sha.substring(0, 2) + "/" + sha, ("attachment " + i).getBytes());
        }
        return zip;
    }

    public BackupZips add(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    public Map<String, byte[]> entries() {
        return entries;
    }

    /** Writes the archive. */
    public Path write(Path file) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Marks the entry {@code name} of a written archive as a Unix symbolic link in its central directory. */
    public static void markAsSymlink(Path file, String name) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i + 46 < bytes.length; i++) {
                if (b.getInt(i) == 0x02014b50 && b.getShort(i + 28) == wanted.length
                        && new String(bytes, i + 46, wanted.length, StandardCharsets.UTF_8).equals(name)) {
                    b.put(i + 5, (byte) 3); // made by: Unix
                    b.putInt(i + 38, 0120777 << 16);
                    Files.write(file, bytes);
                    return;
                }
            }
            throw new IllegalStateException("no central record for " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
