package ai.insightpulse.odooops.neutralize.jooq.internal;

import ai.insightpulse.odooops.neutralize.jooq.internal.spi.Target;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.ProbedSchema;

import ai.insightpulse.odooops.neutralize.CronAllowlist;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Properties;
import org.jooq.Query;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockDataProvider;
import org.jooq.tools.jdbc.MockResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Renders every statement of every target without a database, so that a class-data-sharing training run loads
 * the classes a real run needs (jOOQ's renderer, the generated tables, the driver). Used only to build the
 * launcher's AppCDS archive.
 */
public final class ClassWarmup {

    private ClassWarmup() {
    }

    /** Initializes the catalog, the generated tables and jOOQ's renderer by rendering every target once. */
    public static void preload() {
        renderEveryTarget();
    }

    /** Renders every target's statements for a schema that has every column; returns the total SQL length. */
    public static int renderAll() {
        RunContext context = renderContext();
        int length = renderEveryTarget();
        length += executeAgainstMock(context);
        connectToAPortThatHangsUp();
        return length;
    }

    private static int renderEveryTarget() {
        RunContext context = renderContext();
        DSLContext dsl = context.dsl();
        int length = 0;
        for (Target target : TargetCatalog.all()) {
            for (Step step : target.steps(context)) {
                length += dsl.renderInlined(step.apply()).length();
                length += dsl.render(dsl.select(List.of(step.pending()))).length();
            }
        }
        return length;
    }

    /** A context whose schema has every column any target knows. */
    private static RunContext renderContext() {
        Map<String, Map<String, String>> columns = new HashMap<>();
        for (Target target : TargetCatalog.all()) {
            for (Table<?> table : target.tables()) {
                for (Field<?> field : table.fields()) {
                    columns.computeIfAbsent(table.getName(), k -> new HashMap<>()).put(field.getName(), "text");
                }
            }
        }
        return new RunContext(DSL.using(SQLDialect.POSTGRES), new ProbedSchema(columns), CronAllowlist.defaults(),
                "odoo_dev_training");
    }

    /** Runs the statements through jOOQ's execution path (fetch, batch) on a mock JDBC connection. */
    private static int executeAgainstMock(RunContext rendered) {
        MockDataProvider provider = ctx -> {
            if (ctx.batch()) {
                MockResult[] results = new MockResult[Math.max(ctx.batchSQL().length, ctx.batchBindings().length)];
                java.util.Arrays.fill(results, new MockResult(1));
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

    /** Loads the driver's connection classes: a local socket that accepts and closes at once. */
    private static void connectToAPortThatHangsUp() {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    server.accept().close();
                } catch (IOException ignored) {
                    // the training run is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Properties props = new Properties();
            props.setProperty("user", "training");
            props.setProperty("connectTimeout", "2");
            props.setProperty("ApplicationName", "odooops-training");
            try {
                DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + "/training", props)
                        .close();
            } catch (SQLException expected) {
                // the peer hung up: the classes of the connection path are loaded, which is all we wanted
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
