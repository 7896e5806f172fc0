package ai.insightpulse.odooops.neutralize.jooq.internal.model;

import java.util.Objects;

/**
 * What an engine target mirrors and touches, and its exact rule, for {@code docs/TARGETS.md}. It does not
 * describe the target again: the one description is the catalog's
 * {@link ai.insightpulse.odooops.neutralize.NeutralizationTarget#description()}, shown next to these facts. A test
 * renders the table from both and compares it with the file, and checks that every table a target probes is
 * named here, so the document cannot drift from the code.
 *
 * @param modules  the Odoo module(s) whose {@code neutralize.sql} the target mirrors
 * @param touches  tables and columns, e.g. {@code fetchmail_server.active}
 * @param rule     exactly what it writes or removes, with the values, e.g. {@code passwords set to `dummy`}
 * @param versions the Odoo series it applies to and how they differ
 */
public record TargetInfo(String modules, String touches, String rule, String versions) {

    /** Checks that every part is given. */
    public TargetInfo {
        Objects.requireNonNull(modules, "modules");
        Objects.requireNonNull(touches, "touches");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(versions, "versions");
    }
}
