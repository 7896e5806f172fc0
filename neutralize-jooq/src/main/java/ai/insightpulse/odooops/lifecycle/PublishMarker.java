package ai.insightpulse.odooops.lifecycle;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * When and by what a database was published: {@code clone} and {@code restore} write it as the database's comment
 * ({@code odooops:published_at=<ISO instant>;by=<clone|restore>}) in the transaction that renames the copy to its
 * target, and {@link GarbageCollection} collects only databases that carry it. A database comment lives in the
 * cluster's {@code pg_shdescription}, keyed by the database's OID: it follows renames and is not copied by
 * {@code CREATE DATABASE … TEMPLATE}, so a copy never inherits its source's marker.
 *
 * @param publishedAt when the copy was published (second precision)
 * @param by          the command that published it: {@code clone} or {@code restore}
 */
public record PublishMarker(Instant publishedAt, String by) {

    private static final Pattern TEXT = Pattern.compile("odooops:published_at=([0-9T:\\-.Z]{1,40});by=(clone|restore)");

    /** Checks the parts. */
    public PublishMarker {
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (!"clone".equals(by) && !"restore".equals(by)) {
            throw new IllegalArgumentException("a database is published by clone or restore, not " + by);
        }
        publishedAt = publishedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The marker of a copy {@code by} publishes now. */
    public static PublishMarker now(String by) {
        return new PublishMarker(Instant.now(), by);
    }

    /** The comment text. */
    public String text() {
        return "odooops:published_at=" + publishedAt + ";by=" + by;
    }

    /** The marker a database comment holds; empty for any other comment, or none. */
    public static Optional<PublishMarker> parse(String comment) {
        if (comment == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(comment.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PublishMarker(Instant.parse(m.group(1)), m.group(2)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes the marker as the comment of {@code database}, in the caller's transaction (a comment is
     * transactional). The caller must own the database or be a member of its owner.
     */
    public void writeOn(DSLContext dsl, String database) {
        // COMMENT takes a literal, not a parameter: inline() quotes it
        dsl.query("COMMENT ON DATABASE {0} IS {1}", DSL.name(database), DSL.inline(text())).execute();
    }
}
