package ai.insightpulse.odooops.lifecycle.backup;

/**
 * Bounds on what a backup zip may expand to, checked on the declared sizes before anything is written and again
 * on the bytes actually inflated.
 *
 * @param maxTotalBytes the most all entries together may expand to
 * @param maxRatio      the most an entry (above {@link #RATIO_FLOOR} bytes), or the whole archive, may expand
 *                      relative to its compressed size
 * @param maxEntries    the most entries
 */
public record ZipLimits(long maxTotalBytes, long maxRatio, long maxEntries) {

    /** Entries smaller than this are not ratio-checked: tiny files of repeated bytes compress very well. */
    public static final long RATIO_FLOOR = 1 << 20;

    /** 1 TiB, 1000:1, 10 million entries: far above real Odoo backups, far below what fills a disk by surprise. */
    public static final ZipLimits DEFAULT = new ZipLimits(1L << 40, 1000, 10_000_000);

    public ZipLimits {
        if (maxTotalBytes <= 0 || maxRatio <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("zip limits must be positive");
        }
    }
}
