package ai.insightpulse.odooops.lifecycle.backup.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipException;

/**
 * An entry's inflated bytes, refused as soon as they exceed what the central directory declared or what the whole
 * archive may expand to: a header that lies about sizes cannot get past the bounds checked before extraction.
 */
public final class CountingInput extends FilterInputStream {

    private final String entry;
    private final long declared;
    private final AtomicLong total;
    private final long maxTotal;
    private long read;

    public CountingInput(InputStream in, String entry, long declared, AtomicLong total, long maxTotal) {
        super(in);
        this.entry = entry;
        this.declared = declared;
        this.total = total;
        this.maxTotal = maxTotal;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws ZipException {
        read += n;
        if (read > declared) {
            throw new ZipException(entry + " expands beyond the " + declared + " bytes its header declares");
        }
        if (total.addAndGet(n) > maxTotal) {
            throw new ZipException("the archive expands beyond the limit of " + maxTotal + " bytes");
        }
    }
}
