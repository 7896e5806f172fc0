package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.QUEUE_JOB;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Cancels the OCA {@code queue_job} jobs a copy's job runner would execute. The runner starts with the Odoo
 * server and picks up every job in {@code pending}; on start it also re-queues {@code enqueued} and
 * {@code started} jobs a dead runner left behind, and {@code wait_dependencies} jobs follow their parents. So all
 * four states are live work in a copy (an invoice sent, a stock move pushed to a carrier, a sync to a partner);
 * {@code done}, {@code failed} and {@code cancelled} jobs are history and stay as they are. OCA/queue's own
 * {@code neutralize.sql} (later branches) cancels the same four states; we also stamp {@code date_cancelled}
 * (UTC, as Odoo stores it), as cancelling from the UI does.
 */
public final class QueueJobsTarget extends RequiredColumnsTarget {

    /** The states a job runner acts on. */
    public static final List<String> RUNNABLE = List.of("wait_dependencies", "pending", "enqueued", "started");
    /** The state they are left in. */
    public static final String CANCELLED = "cancelled";

    /** The target. */
    public QueueJobsTarget() {
        super(NeutralizationTarget.QUEUE_JOBS, QUEUE_JOB.ID, QUEUE_JOB.STATE);
    }

    @Override
    public List<Step> steps(RunContext context) {
        Map<Field<?>, Object> assignments = new LinkedHashMap<>();
        assignments.put(QUEUE_JOB.STATE, CANCELLED);
        if (context.schema().has(QUEUE_JOB.DATE_CANCELLED)) {
            Field<LocalDateTime> nowUtc = DSL.function("timezone", SQLDataType.LOCALDATETIME, DSL.inline("UTC"),
                    DSL.currentOffsetDateTime());
            assignments.put(QUEUE_JOB.DATE_CANCELLED, nowUtc);
        }
        return List.of(Step.update(context.dsl(), QUEUE_JOB, assignments, QUEUE_JOB.STATE.in(RUNNABLE)));
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("OCA queue_job", "queue_job.state, .date_cancelled",
                "jobs in `wait_dependencies`, `pending`, `enqueued` or `started` set to `cancelled` (dated); "
                        + "done, failed and cancelled jobs untouched",
                "OCA 16.0–18.0 when queue_job is installed (table probed; covered without an addons path)");
    }
}
