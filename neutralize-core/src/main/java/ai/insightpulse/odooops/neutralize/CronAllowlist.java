package ai.insightpulse.odooops.neutralize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scheduled actions that stay as they are in a neutralized database, by xml id. Allowlisted crons are left
 * untouched (never switched on); every other cron is switched off.
 *
 * <p>The seeds' three names ({@code mail.mail_gc_notifications}, {@code base_automation.autovacuum},
 * {@code base.ir_cron_auto_vacuum}) exist in no Odoo series from 16.0 to 19.0. The default therefore leads with the
 * real ids, and keeps the seeds' names so that a database with a custom module defining them behaves as the seeds
 * intended; the summary lists every entry that resolves to nothing.
 */
public final class CronAllowlist {

    /** Odoo's auto-vacuum cron: the only cron Odoo's own neutralization keeps (16.0–19.0). */
    public static final XmlId AUTOVACUUM = new XmlId("base", "autovacuum_job");
    /** The cron that deletes notifications older than six months (the seeds' "mail_gc_notifications"). */
    public static final XmlId DELETE_NOTIFICATIONS = new XmlId("mail", "ir_cron_delete_notification");

    private static final CronAllowlist DEFAULT = new CronAllowlist(List.of(
            AUTOVACUUM,
            DELETE_NOTIFICATIONS,
            new XmlId("mail", "mail_gc_notifications"),
            new XmlId("base_automation", "autovacuum"),
            new XmlId("base", "ir_cron_auto_vacuum")));

    private static final CronAllowlist NONE = new CronAllowlist(List.of());

    private final List<XmlId> entries;

    private CronAllowlist(List<XmlId> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The default allowlist: the real ids first, then the seeds' three names. */
    public static CronAllowlist defaults() {
        return DEFAULT;
    }

    /** An allowlist that keeps no cron at all. */
    public static CronAllowlist none() {
        return NONE;
    }

    /** An allowlist of exactly these ids (duplicates removed, order kept). */
    public static CronAllowlist of(List<XmlId> ids) {
        return new CronAllowlist(new ArrayList<>(new LinkedHashSet<>(ids)));
    }

    /**
     * Parses the value of {@code IPAI_CRON_ALLOWLIST}: xml ids separated by commas or white space, or the single
     * word {@code none} for an empty allowlist.
     *
     * @throws ConfigException on an empty value or a malformed entry
     */
    public static CronAllowlist parse(String value) {
        if (value == null || value.isBlank()) {
            throw new ConfigException("IPAI_CRON_ALLOWLIST is set but empty (write 'none' to keep no cron)");
        }
        String trimmed = value.strip();
        if (trimmed.equals("none")) {
            return NONE;
        }
        Set<XmlId> ids = new LinkedHashSet<>();
        for (String part : trimmed.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                ids.add(XmlId.parse(part));
            } catch (ConfigException e) {
                throw new ConfigException("IPAI_CRON_ALLOWLIST entry " + e.getMessage());
            }
        }
        if (ids.isEmpty()) {
            throw new ConfigException("IPAI_CRON_ALLOWLIST has no entries (write 'none' to keep no cron)");
        }
        return new CronAllowlist(new ArrayList<>(ids));
    }

    /** The ids, in the order given. */
    public List<XmlId> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** Whether the allowlist keeps no cron. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CronAllowlist other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
