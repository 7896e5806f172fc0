package ai.insightpulse.odooops.lifecycle.filestore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Odoo-like filestores for tests: content-addressed files under {@code <sha[:2]>/<sha>}, and their digests. */
public final class FilestoreTrees {

    private FilestoreTrees() {
    }

    /** Writes {@code files} attachment files of varied sizes under {@code dir}; returns their digests. */
    public static Map<String, String> seed(Path dir, int files) {
        try {
            for (int i = 0; i < files; i++) {
                byte[] content = ("attachment " + i + " ").repeat(1 + i % 50).getBytes();
                String sha = sha1(content);
                Path file = dir.resolve(sha.substring(0, 2)).resolve(sha);
                Files.createDirectories(file.getParent());
                Files.write(file, content);
            }
            Files.createDirectories(dir.resolve("checklist"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digests(dir);
    }

    /** Relative path → SHA-1 of every regular file under {@code dir}. */
    public static Map<String, String> digests(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    out.put(dir.relativize(file).toString(), sha1(in.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String sha1(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
