package ai.insightpulse.odooops.neutralize.jooq.internal.model;

import java.util.Objects;

/**
 * What a target mirrors and touches, in words, for {@code docs/TARGETS.md}. A test renders the table from these
 * records and compares it with the file, and checks that every table a target probes is named here, so the
 * document cannot drift from the code.
 *
 * @param modules  the Odoo module(s) whose {@code neutralize.sql} the target mirrors
 * @param touches  tables and columns, e.g. {@code fetchmail_server.active}
 * @param changes  what the target leaves behind
 * @param versions the Odoo series it applies to and how they differ
 */
public record TargetInfo(String modules, String touches, String changes, String versions) {

    /** Checks that every part is given. */
    public TargetInfo {
        Objects.requireNonNull(modules, "modules");
        Objects.requireNonNull(touches, "touches");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(versions, "versions");
    }
}
