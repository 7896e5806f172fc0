package ai.insightpulse.odooops.neutralize.jooq.internal;

import ai.insightpulse.odooops.neutralize.jooq.internal.spi.Target;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.CronsTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.MailServersTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.MailSinkTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.NeutralizedFlagTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.WebBannerTarget;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Table;

/**
 * The engine's implementation of every {@link NeutralizationTarget}, in the order they run. Order matters only
 * within a target; targets touch disjoint rows.
 */
public final class TargetCatalog {

    private static final List<Target> ALL = List.of(
            new MailServersTarget(),
            new MailSinkTarget(),
            new CronsTarget(),
            new NeutralizedFlagTarget(),
            new WebBannerTarget());

    private static final Map<NeutralizationTarget, Target> BY_ID = new EnumMap<>(NeutralizationTarget.class);

    static {
        for (Target t : ALL) {
            BY_ID.put(t.id(), t);
        }
        for (NeutralizationTarget id : NeutralizationTarget.values()) {
            if (!BY_ID.containsKey(id)) {
                throw new ExceptionInInitializerError("no engine target for " + id);
            }
        }
    }

    private TargetCatalog() {
    }

    /** Every target, in run order. */
    public static List<Target> all() {
        return ALL;
    }

    /** The target implementing {@code id}. */
    public static Target of(NeutralizationTarget id) {
        return BY_ID.get(id);
    }

    /** The names of every table any target may touch, for the schema probe. */
    public static Set<String> tableNames() {
        Set<String> names = new TreeSet<>();
        for (Target t : ALL) {
            for (Table<?> table : t.tables()) {
                names.add(table.getName());
            }
        }
        return names;
    }
}
