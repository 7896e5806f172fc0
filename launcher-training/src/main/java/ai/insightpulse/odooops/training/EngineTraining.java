package ai.insightpulse.odooops.training;

import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.Secret;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import ai.insightpulse.odooops.neutralize.jooq.internal.ClassWarmup;
import ai.insightpulse.odooops.neutralize.jooq.internal.TargetCatalog;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockDataProvider;
import org.jooq.tools.jdbc.MockResult;

/**
 * The engine's part of a training run: every statement of every target rendered and executed against a mock
 * connection (jOOQ's execution path), then a plan and a live run through the PostgreSQL driver against
 * {@link TrainingDatabase}. Build-only: it reaches into the engine's internals, which is why it lives here and
 * not in any published artifact.
 */
public final class EngineTraining {

    private EngineTraining() {
    }

    /**
     * Renders and executes every target's statements (against a mock connection), then plans and applies against
     * a stand-in.
     *
     * @throws IllegalStateException when a training run does not end as a real one would (the training no
     *                               longer covers the path it is meant to)
     */
    public static void warmUp() {
        renderAll();
        try (TrainingDatabase standIn = TrainingDatabase.start()) {
            JooqNeutralizer engine = JooqNeutralizer.create();
            NeutralizeConfig config = trainingConfig(standIn.port());
            expect(engine.inspect(config), RunStatus.DRY_RUN);
            expect(engine.neutralize(config), RunStatus.OK);
        }
    }

    /**
     * Renders every target's statements for a schema that has every column and runs them through jOOQ's execution
     * path on a mock connection; returns the total SQL length plus the rows the mock reported.
     */
    public static int renderAll() {
        RunContext context = ClassWarmup.renderContext();
        return ClassWarmup.renderEveryTarget(context) + executeAgainstMock(context);
    }

    /** A dev database on {@code port} of the loopback interface: what {@link #warmUp()} runs against. */
    static NeutralizeConfig trainingConfig(int port) {
        return NeutralizeConfig.builder()
                .environment(Environment.DEV)
                .database(new DatabaseEndpoint("127.0.0.1", port, "training", Secret.empty(),
                        TrainingDatabase.DATABASE_NAME))
                .confirmed(true)
                .build();
    }

    private static void expect(NeutralizationResult result, RunStatus status) {
        if (result.status() != status) {
            throw new IllegalStateException("training run ended " + result.status().wireName() + ", not "
                    + status.wireName() + result.failure().map(f -> ": " + f.message()).orElse(""));
        }
    }

    /** Runs the statements through jOOQ's execution path (fetch, batch) on a mock JDBC connection. */
    private static int executeAgainstMock(RunContext rendered) {
        MockDataProvider provider = ctx -> {
            if (ctx.batch()) {
                MockResult[] results = new MockResult[Math.max(ctx.batchSQL().length, ctx.batchBindings().length)];
                Arrays.fill(results, new MockResult(1));
                return results;
            }
            DSLContext create = DSL.using(SQLDialect.POSTGRES);
            Field<String> text = DSL.field(DSL.name("text"), String.class);
            Result<Record1<String>> result = create.newResult(text);
            result.add(create.newRecord(text).values("on"));
            return new MockResult[] {new MockResult(1, result)};
        };
        DSLContext dsl = DSL.using(new MockConnection(provider), SQLDialect.POSTGRES);
        RunContext context = new RunContext(dsl, rendered.schema(), rendered.allowlist(), rendered.databaseName());
        List<Query> queries = new ArrayList<>();
        for (Target target : TargetCatalog.all()) {
            for (Step step : target.steps(context)) {
                queries.add(step.apply());
            }
        }
        int rows = dsl.batch(queries).execute().length;
        rows += dsl.select(DSL.inline("on")).fetch().size();
        return rows;
    }
}
