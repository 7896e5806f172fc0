package ai.insightpulse.odooops.cli.evidence;

import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.ConfigVariables;
import ai.insightpulse.odooops.neutralize.DatabaseNames;
import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.Secret;
import ai.insightpulse.odooops.neutralize.SecretFile;
import ai.insightpulse.odooops.neutralize.jooq.ConnectionSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The control plane: an {@code ops} schema in any PostgreSQL (Supabase included), created and upgraded by Flyway
 * from {@code db/ops/V*.sql} on first use. It records every run ({@code neutralization_runs}, and
 * {@code deployments} for {@code clone}/{@code restore}) and holds {@code policies} that override, per
 * environment, the cron allowlist and the targets.
 *
 * <p>Reads {@code ODOOOPS_EVIDENCE_DB} (a JDBC URL; put no password in it), {@code ODOOOPS_EVIDENCE_DB_PASSWORD}
 * or {@code ODOOOPS_EVIDENCE_DB_PASSWORD_FILE}, and {@code ODOOOPS_CLIENT_ID} (default {@code default}, the value of every {@code client_id} column).
 *
 * <p>Every table is under forced row-level security keyed on the caller's {@code client_id} claim (migration V2,
 * constitution §7.2): each transaction here first claims {@code ODOOOPS_CLIENT_ID}, so the writer needs neither
 * table ownership nor {@code BYPASSRLS}, and sees and changes only its own client's rows.
 */
public final class ControlPlane {

    /** The password of the control-plane role, when the URL does not carry one. */
    public static final String PASSWORD_VARIABLE = "ODOOOPS_EVIDENCE_DB_PASSWORD";
    /** A file holding that password (Docker/Kubernetes secrets). */
    public static final String PASSWORD_FILE_VARIABLE = "ODOOOPS_EVIDENCE_DB_PASSWORD_FILE";
    /** The tenant of every row this run writes or reads. */
    public static final String CLIENT_ID_VARIABLE = "ODOOOPS_CLIENT_ID";

    private static final String SCHEMA = "ops";
    /** How long the evidence database may take to answer a connection. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The setting Supabase's {@code auth.jwt()} reads, and ours (migration V2) too. */
    private static final String CLAIMS_SETTING = "request.jwt.claims";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Settings SETTINGS = new Settings().withExecuteLogging(false).withRenderFormatted(false);

    private static final Table<?> POLICIES = DSL.table(DSL.name(SCHEMA, "policies"));
    private static final Table<?> RUNS = DSL.table(DSL.name(SCHEMA, "neutralization_runs"));
    private static final Table<?> DEPLOYMENTS = DSL.table(DSL.name(SCHEMA, "deployments"));
    private static final Table<?> ENVIRONMENTS = DSL.table(DSL.name(SCHEMA, "environments"));
    private static final Field<String> CLIENT_ID = DSL.field(DSL.name("client_id"), String.class);
    private static final Field<String> NAME = DSL.field(DSL.name("name"), String.class);
    private static final Field<String> ENVIRONMENT = DSL.field(DSL.name("environment"), String.class);
    private static final Field<Boolean> ACTIVE = DSL.field(DSL.name("active"), Boolean.class);
    private static final Field<String> CRON_ALLOWLIST = DSL.field(DSL.name("cron_allowlist"), String.class);
    private static final Field<String> TARGETS = DSL.field(DSL.name("targets"), String.class);
    private static final Field<String> SKIP_TARGETS = DSL.field(DSL.name("skip_targets"), String.class);
    private static final Field<String> RULES = DSL.field(DSL.name("rules"), String.class);
    private static final Field<String> MAIL_CATCHER = DSL.field(DSL.name("mail_catcher"), String.class);
    private static final Field<String> MAIL_CATCHER_HOSTS = DSL.field(DSL.name("mail_catcher_hosts"), String.class);
    private static final Field<Boolean> REQUIRE_COVERAGE = DSL.field(DSL.name("require_coverage"), Boolean.class);
    private static final Field<Long> ID = DSL.field(DSL.name("id"), Long.class);

    private ControlPlane() {
    }

    /**
     * The active policy of the run's environment, if there is one. The run's environment comes from {@code --to}
     * (clone, restore), {@code --env}, then {@code IPAI_ENV} / {@code ODOO_STAGE}. Command-line flags still win
     * over a policy, as they win over variables.
     *
     * @param to  the value of {@code --to} picocli parsed, if given
     * @param envFlag the value of {@code --env} picocli parsed, if given
     * @throws RuntimeException when the control plane cannot be read
     */
    public static Optional<ActivePolicy> activePolicy(String url, Optional<String> to, Optional<String> envFlag,
                                                      Map<String, String> environment, PrintWriter err) {
        Optional<Environment> env = runEnvironment(to, envFlag, environment);
        if (env.isEmpty()) {
            return Optional.empty();
        }
        try (Connection c = connect(url, environment)) {
            String clientId = clientId(environment);
            Record policy = dsl(c).transactionResult(tx -> {
                DSLContext t = claimed(tx.dsl(), clientId);
                return t.select(NAME, CRON_ALLOWLIST, TARGETS, SKIP_TARGETS, RULES, MAIL_CATCHER, MAIL_CATCHER_HOSTS,
                                REQUIRE_COVERAGE)
                        .from(POLICIES)
                        .where(CLIENT_ID.eq(clientId)).and(ENVIRONMENT.eq(env.get().ipaiName()))
                        .and(ACTIVE.isTrue()).fetchOne();
            });
            if (policy == null) {
                return Optional.empty();
            }
            err.println("odooops: policy '" + policy.get(NAME) + "' of the control plane applies to "
                    + env.get().ipaiName());
            err.flush();
            return Optional.of(new ActivePolicy(policy.get(NAME), Optional.ofNullable(policy.get(CRON_ALLOWLIST)),
                    Optional.ofNullable(policy.get(TARGETS)), Optional.ofNullable(policy.get(SKIP_TARGETS)),
                    Optional.ofNullable(policy.get(RULES)), Optional.ofNullable(policy.get(MAIL_CATCHER)),
                    Optional.ofNullable(policy.get(MAIL_CATCHER_HOSTS)),
                    Boolean.TRUE.equals(policy.get(REQUIRE_COVERAGE))));
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * A policy of the control plane, active for the run's environment.
     *
     * @param name          its name
     * @param cronAllowlist replaces {@code IPAI_CRON_ALLOWLIST}, when set
     * @param targets       replaces {@code IPAI_NEUTRALIZE_TARGETS}, when set
     * @param skipTargets   replaces {@code IPAI_NEUTRALIZE_SKIP_TARGETS}, when set
     * @param rules         a declared-rules document that replaces the file {@code IPAI_NEUTRALIZE_RULES} names
     */
    public record ActivePolicy(String name, Optional<String> cronAllowlist, Optional<String> targets,
                               Optional<String> skipTargets, Optional<String> rules, Optional<String> mailCatcher,
                               Optional<String> mailCatcherHosts, boolean requireCoverage) {

        /** {@code environment} with this policy's settings laid over it (flags still win over them). */
        public Map<String, String> overlay(Map<String, String> environment) {
            Map<String, String> withPolicy = new HashMap<>(environment);
            cronAllowlist.ifPresent(v -> withPolicy.put(ConfigVariables.IPAI_CRON_ALLOWLIST, v));
            targets.ifPresent(v -> withPolicy.put(ConfigVariables.IPAI_NEUTRALIZE_TARGETS, v));
            skipTargets.ifPresent(v -> withPolicy.put(ConfigVariables.IPAI_NEUTRALIZE_SKIP_TARGETS, v));
            mailCatcher.ifPresent(v -> withPolicy.put(ConfigVariables.IPAI_MAIL_CATCHER, v));
            mailCatcherHosts.ifPresent(v -> withPolicy.put(ConfigVariables.IPAI_MAIL_CATCHER_HOSTS, v));
            if (requireCoverage) {
                withPolicy.put(ConfigVariables.IPAI_REQUIRE_COVERAGE, "YES");
            }
            return withPolicy;
        }
    }

    /**
     * Inserts the run (and, for clone/restore, the deployment of {@code source}); returns the run's id.
     *
     * @param summary the run's summary object, rendered from its result; empty when it printed none
     */
    static long recordRun(String url, Map<String, String> environment, String command, Optional<String> source,
                          Optional<ObjectNode> summary, Optional<String> policy, int exitCode, Instant started,
                          Instant ended) {
        try (Connection c = connect(url, environment)) {
            DSLContext dsl = dsl(c);
            String clientId = clientId(environment);
            String env = text(summary, "env");
            String db = text(summary, "db");
            String status = text(summary, "status");
            return dsl.transactionResult(tx -> {
                DSLContext t = claimed(tx.dsl(), clientId);
                // drop and gc remove databases: the environment's database is not one they saw live
                boolean removes = command.equals("drop") || command.equals("gc");
                if (env != null && Environment.fromIpaiEnv(env).isPresent() && !removes) {
                    t.insertInto(ENVIRONMENTS).columns(CLIENT_ID, NAME, DSL.field(DSL.name("database_name"), String.class))
                            .values(clientId, env, db)
                            .onConflict(CLIENT_ID, NAME).doUpdate()
                            .set(DSL.field(DSL.name("database_name"), String.class), db)
                            .set(DSL.field(DSL.name("last_seen_at"), OffsetDateTime.class), DSL.currentOffsetDateTime())
                            .execute();
                }
                Map<Field<?>, Object> row = new HashMap<>();
                row.put(CLIENT_ID, clientId);
                row.put(DSL.field(DSL.name("command"), String.class), command);
                row.put(DSL.field(DSL.name("environment"), String.class), env);
                row.put(DSL.field(DSL.name("database_name"), String.class), db);
                row.put(DSL.field(DSL.name("status"), String.class), status);
                row.put(DSL.field(DSL.name("exit_code"), Integer.class), exitCode);
                row.put(DSL.field(DSL.name("dry_run"), Boolean.class), bool(summary, "dry_run"));
                row.put(DSL.field(DSL.name("mail_servers_changed"), Long.class), number(summary, "mail_servers_changed"));
                row.put(DSL.field(DSL.name("crons_changed"), Long.class), number(summary, "crons_changed"));
                row.put(DSL.field(DSL.name("already_neutralized"), Boolean.class), bool(summary, "already_neutralized"));
                row.put(DSL.field(DSL.name("policy_name"), String.class), policy.orElse(null));
                row.put(DSL.field(DSL.name("error_kind"), String.class),
                        summary.map(s -> s.path("error").path("kind")).filter(JsonNode::isTextual).map(JsonNode::asText).orElse(null));
                row.put(DSL.field(DSL.name("error_message"), String.class),
                        summary.map(s -> s.path("error").path("message")).filter(JsonNode::isTextual).map(JsonNode::asText).orElse(null));
                row.put(DSL.field(DSL.name("summary"), SQLDataType.JSONB),
                        summary.map(s -> JSONB.valueOf(s.toString())).orElse(null));
                row.put(DSL.field(DSL.name("started_at"), OffsetDateTime.class), started.atOffset(ZoneOffset.UTC));
                row.put(DSL.field(DSL.name("ended_at"), OffsetDateTime.class), ended.atOffset(ZoneOffset.UTC));
                long runId = t.insertInto(RUNS).set(row).returningResult(ID).fetchOne(ID);

                if ((command.equals("clone") || command.equals("restore")) && db != null) {
                    Map<Field<?>, Object> deployment = new HashMap<>();
                    deployment.put(CLIENT_ID, clientId);
                    deployment.put(DSL.field(DSL.name("kind"), String.class), command);
                    deployment.put(DSL.field(DSL.name("environment"), String.class), env);
                    deployment.put(DSL.field(DSL.name("database_name"), String.class), db);
                    deployment.put(DSL.field(DSL.name("source"), String.class), source.orElse(null));
                    deployment.put(DSL.field(DSL.name("status"), String.class),
                            exitCode == 0 ? "published" : "failed");
                    deployment.put(DSL.field(DSL.name("exit_code"), Integer.class), exitCode);
                    deployment.put(DSL.field(DSL.name("run_id"), Long.class), runId);
                    deployment.put(DSL.field(DSL.name("started_at"), OffsetDateTime.class), started.atOffset(ZoneOffset.UTC));
                    deployment.put(DSL.field(DSL.name("ended_at"), OffsetDateTime.class), ended.atOffset(ZoneOffset.UTC));
                    t.insertInto(DEPLOYMENTS).set(deployment).execute();
                }
                return runId;
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Deletes, or with {@code dryRun} only counts, this client's runs started before {@code before} and the
     * deployments of those runs, in one transaction under the client's claim: row-level security keeps every other
     * client's rows out of reach whatever the role may do.
     */
    public static PrunedRuns pruneRuns(String url, Map<String, String> environment, Instant before, boolean dryRun) {
        try (Connection c = connect(url, environment)) {
            String clientId = clientId(environment);
            return dsl(c).transactionResult(tx -> {
                DSLContext t = claimed(tx.dsl(), clientId);
                Field<OffsetDateTime> startedAt = DSL.field(DSL.name("started_at"), OffsetDateTime.class);
                var expiredRuns = DSL.select(ID).from(RUNS).where(CLIENT_ID.eq(clientId))
                        .and(startedAt.lt(before.atOffset(ZoneOffset.UTC)));
                Field<Long> runId = DSL.field(DSL.name("run_id"), Long.class);
                if (dryRun) {
                    return new PrunedRuns(clientId, t.fetchCount(expiredRuns),
                            t.fetchCount(DEPLOYMENTS, CLIENT_ID.eq(clientId).and(runId.in(expiredRuns))));
                }
                int deployments = t.deleteFrom(DEPLOYMENTS).where(CLIENT_ID.eq(clientId)).and(runId.in(expiredRuns))
                        .execute();
                int runs = t.deleteFrom(RUNS).where(ID.in(expiredRuns)).execute();
                return new PrunedRuns(clientId, runs, deployments);
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * What {@link #pruneRuns} deleted or would delete.
     *
     * @param clientId    the client whose rows they are
     * @param runs        rows of {@code ops.neutralization_runs}
     * @param deployments rows of {@code ops.deployments} that pointed at those runs
     */
    public record PrunedRuns(String clientId, int runs, int deployments) {
    }

    /**
     * Sets the client claim that the ops tables' row-level security policies read (migration V2) for the rest of
     * the current transaction only: {@code set_config(…, true)} is undone at commit or rollback, so a pooled or
     * reused connection never carries one client's claim into another's transaction. Works the same on Supabase,
     * whose {@code auth.jwt()} reads the same setting.
     */
    private static DSLContext claimed(DSLContext transaction, String clientId) {
        ObjectNode claims = MAPPER.createObjectNode().put("client_id", clientId);
        transaction.select(DSL.function("set_config", String.class, DSL.inline(CLAIMS_SETTING),
                DSL.val(claims.toString()), DSL.inline(true))).fetch();
        return transaction;
    }

    /**
     * Opens a connection after bringing the ops schema up to date. Flyway migrates only when a migration is
     * pending: a writer that neither owns the tables nor may create anything (the role docs/OPERATIONS.md
     * describes) only reads the history, and the owner's first run, or the owner's run after an upgrade, migrates.
     */
    private static Connection connect(String url, Map<String, String> environment) throws SQLException {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the evidence database URL is not a jdbc:postgresql: URL");
        }
        String password = password(environment).orElse(null);
        Flyway flyway = Flyway.configure(ControlPlane.class.getClassLoader())
                .dataSource(url, null, password)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/ops")
                .load();
        if (flyway.info().pending().length > 0) {
            flyway.migrate();
        }
        return ConnectionSource.openUrl(url, Optional.ofNullable(password), CONNECT_TIMEOUT, "odooops-evidence");
    }

    /** The control-plane password from {@code ODOOOPS_EVIDENCE_DB_PASSWORD} or the file of {@code …_FILE}. */
    public static Optional<String> password(Map<String, String> environment) {
        String direct = environment.get(PASSWORD_VARIABLE);
        if (direct != null && !direct.isEmpty()) {
            return Optional.of(direct);
        }
        String file = environment.get(PASSWORD_FILE_VARIABLE);
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        Secret secret = SecretFile.read(PASSWORD_FILE_VARIABLE, file, "the password");
        return secret.isEmpty() ? Optional.empty() : Optional.of(secret.reveal());
    }

    private static DSLContext dsl(Connection c) {
        return DSL.using(c, SQLDialect.POSTGRES, SETTINGS);
    }

    private static Optional<Environment> runEnvironment(Optional<String> to, Optional<String> env,
                                                        Map<String, String> environment) {
        if (to.isPresent()) {
            return DatabaseNames.environmentOf(to.get());
        }
        if (env.isPresent()) {
            return Environment.fromIpaiEnv(env.get());
        }
        try {
            return Optional.of(ConfigVariables.environment(environment));
        } catch (ConfigException e) {
            return Optional.empty(); // the command reports it
        }
    }

    private static String clientId(Map<String, String> environment) {
        String id = environment.get(CLIENT_ID_VARIABLE);
        return id == null || id.isBlank() ? "default" : id;
    }

    private static String text(Optional<ObjectNode> summary, String key) {
        return summary.map(s -> s.get(key)).filter(JsonNode::isTextual).map(JsonNode::asText).orElse(null);
    }

    private static Boolean bool(Optional<ObjectNode> summary, String key) {
        return summary.map(s -> s.get(key)).filter(JsonNode::isBoolean).map(JsonNode::asBoolean).orElse(null);
    }

    private static Long number(Optional<ObjectNode> summary, String key) {
        return summary.map(s -> s.get(key)).filter(JsonNode::isNumber).map(JsonNode::asLong).orElse(null);
    }
}
