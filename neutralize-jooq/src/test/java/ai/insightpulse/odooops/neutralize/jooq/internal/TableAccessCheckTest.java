package ai.insightpulse.odooops.neutralize.jooq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.CronAllowlist;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Target;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TableAccess.Privilege;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The probe and the statements agree: statements name tables unqualified (so PostgreSQL resolves them through the
 * search path exactly as the probe's {@code to_regclass} did), and the privileges a run checks are read from the
 * statements themselves.
 */
class TableAccessCheckTest {

    private final DSLContext dsl = DSL.using(SQLDialect.POSTGRES);

    @Test
    void noStatementQualifiesATableWithASchema() {
        RunContext context = everyColumn();
        for (Target target : TargetCatalog.all()) {
            for (Step step : target.steps(context)) {
                assertThat(dsl.renderInlined(step.apply())).as(target.id().id()).doesNotContain("\"public\".");
                assertThat(dsl.renderInlined(dsl.select(step.pending()))).as(target.id().id())
                        .doesNotContain("\"public\".");
            }
        }
    }

    @Test
    void everyStatementDeclaresTheWritePrivilegesItNeeds() {
        RunContext context = everyColumn();
        for (Target target : TargetCatalog.all()) {
            for (Step step : target.steps(context)) {
                Map<String, Set<Privilege>> writes = TableAccessCheck.writesOf(step.apply());
                assertThat(writes).as(target.id().id()).hasSize(1);
                String table = writes.keySet().iterator().next();
                assertThat(target.tables().stream().map(org.jooq.Table::getName))
                        .as(target.id().id() + " probes the table it writes").contains(table);
            }
        }
    }

    @Test
    void anUpsertNeedsInsertAndUpdate() {
        RunContext context = everyColumn();
        Step upsert = TargetCatalog.of(ai.insightpulse.odooops.neutralize.NeutralizationTarget.NEUTRALIZED_FLAG)
                .steps(context).get(0);

        assertThat(TableAccessCheck.writesOf(upsert.apply()))
                .containsEntry("ir_config_parameter", Set.of(Privilege.INSERT, Privilege.UPDATE));
    }

    private static RunContext everyColumn() {
        Map<String, Map<String, String>> columns = new HashMap<>();
        ClassWarmup.everyColumn().forEach((table, names) -> names.forEach(
                name -> columns.computeIfAbsent(table, k -> new HashMap<>()).put(name, "text")));
        return new RunContext(DSL.using(SQLDialect.POSTGRES), new ProbedSchema(columns), CronAllowlist.defaults(),
                "odoo_dev_t");
    }
}
