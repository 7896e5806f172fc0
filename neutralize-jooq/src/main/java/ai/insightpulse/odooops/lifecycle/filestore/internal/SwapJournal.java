package ai.insightpulse.odooops.lifecycle.filestore.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The journal of one filestore swap: {@code .odooops-swap-<target>} beside the filestores, two lines
 * ({@code incoming=…}, {@code outgoing=…}), written to a temporary name, synced, then renamed, so it is either
 * whole or absent.
 *
 * @param file     where it is
 * @param incoming the name coming in under the target
 * @param outgoing the name the target's old database and filestore go to
 */
public record SwapJournal(Path file, String incoming, String outgoing) {

    private static final String PREFIX = ".odooops-swap-";

    /** Writes the journal of a swap into {@code target}. */
    public static SwapJournal write(Path filestores, String target, String incoming, String outgoing)
            throws IOException {
        Path file = filestores.resolve(PREFIX + target);
        Path partial = filestores.resolve(PREFIX + target + ".partial");
        Files.createDirectories(filestores);
        Files.writeString(partial, "incoming=" + incoming + "\noutgoing=" + outgoing + "\n", StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new SwapJournal(file, incoming, outgoing);
    }

    /** The journal of {@code target}, if a swap into it is unfinished. */
    public static Optional<SwapJournal> read(Path filestores, String target) throws IOException {
        Path file = filestores.resolve(PREFIX + target);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String incoming = null;
        String outgoing = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("incoming=")) {
                incoming = line.substring("incoming=".length());
            } else if (line.startsWith("outgoing=")) {
                outgoing = line.substring("outgoing=".length());
            }
        }
        if (incoming == null || outgoing == null) {
            throw new IOException("the journal is damaged; repair by hand (docs/OPERATIONS.md, Filestore)");
        }
        return Optional.of(new SwapJournal(file, incoming, outgoing));
    }

    /** The targets that have a journal. */
    public static List<String> targets(Path filestores) {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(filestores)) {
            return out;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(filestores, PREFIX + "*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.endsWith(".partial")) {
                    out.add(name.substring(PREFIX.length()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Removes the journal: the swap is done (or undone). */
    public void remove() throws IOException {
        Files.deleteIfExists(file);
    }
}
