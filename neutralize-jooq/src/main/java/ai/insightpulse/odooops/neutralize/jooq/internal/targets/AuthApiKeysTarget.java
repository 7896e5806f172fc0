package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.AUTH_API_KEY;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Takes the OCA {@code auth_api_key} keys (server-auth) out of use: archived where the column exists (17.0+) and
 * the key replaced, so that prod's callers cannot authenticate against a copy and the secret does not travel with
 * every dump of it.
 *
 * <p>OCA's own {@code neutralize.sql} has been written two ways: archive and set the key to the fixed text
 * {@code neutralized}, or set it to NULL. {@code key} is NOT NULL in the 16.0–18.0 schemas, and a fixed text is a
 * working key wherever the row is active again: 16.0 has no {@code active} column, and 17.0+ recomputes
 * {@code active} from the user's when the company option asks it to. We therefore write a random value no caller
 * knows, {@code odooops-neutralized-<uuid>} (PostgreSQL's {@code gen_random_uuid()}: the value never enters the
 * JVM); its prefix marks the key as done, so a second run changes nothing.
 */
public final class AuthApiKeysTarget extends RequiredColumnsTarget {

    /** The prefix of a replaced key. */
    public static final String REPLACED_PREFIX = "odooops-neutralized-";

    /** The target. */
    public AuthApiKeysTarget() {
        super(NeutralizationTarget.AUTH_API_KEYS, AUTH_API_KEY.ID, AUTH_API_KEY.KEY);
    }

    @Override
    public List<Step> steps(RunContext context) {
        Condition replaced = AUTH_API_KEY.KEY.startsWith(REPLACED_PREFIX);
        Field<String> random = DSL.inline(REPLACED_PREFIX)
                .concat(DSL.function("gen_random_uuid", Object.class).cast(String.class));
        Map<Field<?>, Object> assignments = new LinkedHashMap<>();
        assignments.put(AUTH_API_KEY.KEY, DSL.when(replaced, AUTH_API_KEY.KEY).otherwise(random));
        Condition pending = replaced.not();
        if (context.schema().has(AUTH_API_KEY.ACTIVE)) {
            assignments.put(AUTH_API_KEY.ACTIVE, false);
            pending = pending.or(AUTH_API_KEY.ACTIVE.isDistinctFrom(false));
        }
        return List.of(Step.update(context.dsl(), AUTH_API_KEY, assignments, pending));
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("OCA auth_api_key", "auth_api_key.key, .active",
                "every key archived (17.0+) and replaced by `" + REPLACED_PREFIX
                        + "<random uuid>` (NOT NULL kept; never a fixed, guessable key)",
                "OCA 16.0–18.0 when auth_api_key is installed (table probed; covered without an addons path)");
    }
}
