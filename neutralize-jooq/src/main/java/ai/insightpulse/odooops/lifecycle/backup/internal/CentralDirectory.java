package ai.insightpulse.odooops.lifecycle.backup.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

/**
 * Reads the names and Unix file types a zip's central directory records. {@link java.util.zip.ZipFile} does not
 * expose the external attributes, where a symbolic link entry is marked ({@code S_IFLNK} in the high 16 bits,
 * made by a Unix host); an extractor that ignored them would write a link's target as a file's content.
 */
public final class CentralDirectory {

    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int UNIX_HOST = 3;
    private static final int S_IFMT = 0170000;
    private static final int S_IFLNK = 0120000;
    private static final long MAX_CENTRAL_DIRECTORY = 1L << 31;

    private CentralDirectory() {
    }

    /**
     * An entry's record in the central directory.
     *
     * @param name    its name as stored (UTF-8)
     * @param symlink marked as a symbolic link
     */
    public record Entry(String name, boolean symlink) {
    }

    /** Every entry of the central directory of {@code zip}. */
    public static List<Entry> read(Path zip) throws IOException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = channel.size();
            int tail = (int) Math.min(size, 22 + 65535);
            ByteBuffer end = read(channel, size - tail, tail);
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == EOCD) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new ZipException("not a zip or truncated: no end of central directory");
            }
            long count = Short.toUnsignedLong(end.getShort(eocd + 10));
            long cdSize = Integer.toUnsignedLong(end.getInt(eocd + 12));
            long cdOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
            if (count == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL) {
                long eocdAt = size - tail + eocd;
                if (eocdAt < 20) {
                    throw new ZipException("damaged zip: zip64 end of central directory missing");
                }
                ByteBuffer locator = read(channel, eocdAt - 20, 20);
                if (locator.getInt(0) != ZIP64_LOCATOR) {
                    throw new ZipException("damaged zip: zip64 locator missing");
                }
                ByteBuffer zip64 = read(channel, locator.getLong(8), 56);
                if (zip64.getInt(0) != ZIP64_EOCD) {
                    throw new ZipException("damaged zip: zip64 end of central directory missing");
                }
                count = zip64.getLong(32);
                cdSize = zip64.getLong(40);
                cdOffset = zip64.getLong(48);
            }
            if (cdSize > MAX_CENTRAL_DIRECTORY || cdOffset + cdSize > size || cdOffset < 0) {
                throw new ZipException("damaged or truncated zip: the central directory lies outside the file");
            }
            ByteBuffer cd = read(channel, cdOffset, (int) cdSize);
            List<Entry> entries = new ArrayList<>();
            int at = 0;
            for (long i = 0; i < count; i++) {
                if (at + 46 > cdSize || cd.getInt(at) != CENTRAL_HEADER) {
                    throw new ZipException("damaged zip: bad central directory record " + i);
                }
                int madeBy = Short.toUnsignedInt(cd.getShort(at + 4)) >> 8;
                int nameLength = Short.toUnsignedInt(cd.getShort(at + 28));
                int extraLength = Short.toUnsignedInt(cd.getShort(at + 30));
                int commentLength = Short.toUnsignedInt(cd.getShort(at + 32));
                int external = cd.getInt(at + 38);
                if (at + 46 + nameLength > cdSize) {
                    throw new ZipException("damaged zip: bad central directory record " + i);
                }
                byte[] name = new byte[nameLength];
                cd.get(at + 46, name);
                boolean symlink = madeBy == UNIX_HOST && ((external >>> 16) & S_IFMT) == S_IFLNK;
                entries.add(new Entry(new String(name, StandardCharsets.UTF_8), symlink));
                at += 46 + nameLength + extraLength + commentLength;
            }
            return entries;
        }
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        if (position < 0 || position + length > channel.size()) {
            throw new ZipException("damaged or truncated zip: a record lies outside the file");
        }
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new ZipException("truncated zip");
            }
        }
        return buffer.flip().order(ByteOrder.LITTLE_ENDIAN);
    }
}
