package ai.insightpulse.odooops.cli.gate.input;

import ai.insightpulse.odooops.cli.gate.GateInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the customer's repository safely: text only, bounded in size, symlink loops and unreadable files reported
 * as a {@link GateInputException} naming the file (exit 2), never as a stack trace. Each file is read once.
 */
public final class RepoFiles {

    private final Path root;
    private final long maxFileBytes;
    private final Map<String, Optional<TextFile>> cache = new HashMap<>();

    /** The repository at {@code root}; files over {@code maxFileBytes} are refused. */
    public RepoFiles(Path root, long maxFileBytes) {
        this.root = root;
        this.maxFileBytes = maxFileBytes;
    }

    /** The repository root. */
    public Path root() {
        return root;
    }

    /** Whether {@code relativePath} names anything, a broken or looping symlink included. */
    public boolean exists(String relativePath) {
        return Files.exists(resolve(relativePath), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The text file at {@code relativePath}, or empty if there is none.
     *
     * @throws GateInputException if it exists but is not readable text of at most the size limit
     */
    public Optional<TextFile> read(String relativePath) {
        Optional<TextFile> cached = cache.get(relativePath);
        if (cached == null) {
            cached = load(relativePath, true);
            cache.put(relativePath, cached);
        }
        return cached;
    }

    /**
     * The text file at {@code relativePath} if it is text within the size limit; empty for binary or larger files
     * (what a whole-repository scan skips). Unreadable files still throw.
     */
    public Optional<TextFile> readIfText(String relativePath) {
        Optional<TextFile> cached = cache.get(relativePath);
        return cached != null ? cached : load(relativePath, false);
    }

    /**
     * The regular files under {@code relativeDir} (repository-relative, sorted), without following symlinks (so a
     * loop cannot trap the walk) and without {@code .git}. Empty if the directory does not exist.
     */
    public List<String> walk(String relativeDir) {
        return walk(relativeDir, false);
    }

    /**
     * Like {@link #walk(String)}, and also the symbolic links under {@code relativeDir} (not followed), when
     * {@code withLinks}: a configuration file is often a link ({@code odoo.conf -> odoo.conf.production}), and one
     * that cannot be read must be reported rather than passed over.
     */
    public List<String> walk(String relativeDir, boolean withLinks) {
        Path dir = resolve(relativeDir);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                            || withLinks && Files.isSymbolicLink(p))
                    .map(this::relative)
                    .filter(p -> !p.equals(".git") && !p.startsWith(".git/") && !p.contains("/.git/"))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            throw new GateInputException(relativeDir, 0, "cannot list the directory: " + reason(e));
        }
        return files;
    }

    /** Whether {@code relativePath} is a directory (not through a symlink). */
    public boolean isDirectory(String relativePath) {
        return Files.isDirectory(resolve(relativePath), LinkOption.NOFOLLOW_LINKS);
    }

    private Optional<TextFile> load(String relativePath, boolean strict) {
        Path path = resolve(relativePath);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            // toRealPath follows the links: a loop or a dangling link fails here, with its name
            Path real = path.toRealPath();
            if (Files.isDirectory(real)) {
                throw new GateInputException(relativePath, 0, "is a directory, expected a file");
            }
            long size = Files.size(real);
            if (size > maxFileBytes) {
                if (!strict) {
                    return Optional.empty();
                }
                throw new GateInputException(relativePath, 0, "file of " + size + " bytes is larger than the limit of "
                        + maxFileBytes + " bytes (max_file_bytes in odooops-gates.yaml)");
            }
            bytes = Files.readAllBytes(real);
        } catch (NoSuchFileException e) {
            throw new GateInputException(relativePath, 0, "cannot read: broken symbolic link");
        } catch (IOException e) {
            throw new GateInputException(relativePath, 0, "cannot read: " + reason(e));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (!strict) {
                    return Optional.empty();
                }
                throw new GateInputException(relativePath, lineAt(bytes, i),
                        "binary file (NUL byte at offset " + i + "), expected text");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            if (!strict) {
                return Optional.empty();
            }
            throw new GateInputException(relativePath, 0, "not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        lines.replaceAll(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
        return Optional.of(new TextFile(relativePath, lines));
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private Path resolve(String relativePath) {
        Path path = root.resolve(relativePath).normalize();
        if (!path.startsWith(root)) {
            // odooops-gates.yaml names files of this repository; an absolute or ../ path would read another one
            throw new GateInputException(relativePath, 0, "is outside the repository");
        }
        return path;
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (cause instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(Locale.ROOT);
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
