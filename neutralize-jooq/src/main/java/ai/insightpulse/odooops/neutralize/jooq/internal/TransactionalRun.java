package ai.insightpulse.odooops.neutralize.jooq.internal;

import ai.insightpulse.odooops.neutralize.jooq.internal.model.Target;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.SchemaProbe;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CRON;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MODEL_DATA;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MODEL_FIELDS;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MODULE_MODULE;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MODULE_MODULE_DEPENDENCY;

import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.ModuleResult;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.RuleResult;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.TargetOutcome;
import ai.insightpulse.odooops.neutralize.TargetResult;
import ai.insightpulse.odooops.neutralize.XmlId;
import ai.insightpulse.odooops.neutralize.jooq.internal.modules.InstalledModules;
import ai.insightpulse.odooops.neutralize.jooq.internal.modules.ModuleFailure;
import ai.insightpulse.odooops.neutralize.jooq.internal.modules.ModuleFilePlan;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.CronsTarget;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.CloseableResultQuery;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record6;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run against one database, in one transaction, with at most six round trips whatever the table sizes or the
 * number of targets: lock, probe, facts and every step's pending count, one batch of the statements of the steps
 * with rows to change, post-check, commit (four when nothing is pending: no batch, no post-check).
 */
public final class TransactionalRun {

    /** Key of the transaction-scoped advisory lock that serializes runs on one database ("odooops!"). */
    public static final long ADVISORY_LOCK_KEY = 0x6F646F6F6F707321L;

    private static final Logger LOG = LoggerFactory.getLogger("ai.insightpulse.odooops.neutralize");
    private static final Pattern SERIES = Pattern.compile("^((?:saas~)?\\d+\\.\\d+)");
    private static final Pattern BATCH_ENTRY = Pattern.compile("Batch entry (\\d+)");

    /**
     * jOOQ's settings of every run, in a holder: initializing this class touches no jOOQ class, since jOOQ's own
     * initialization may be under way on another thread ({@link ClassWarmup#firstRunInitialization()}).
     */
    static final class Jooq {
        static final Settings SETTINGS = new Settings()
                .withExecuteLogging(false)
                .withRenderFormatted(false);

        private Jooq() {
        }
    }

    /** What a run does. */
    public enum Mode {
        /** Count and apply, then commit. */
        APPLY,
        /**
         * Count only, in a READ ONLY transaction, as a prediction of {@link #APPLY}: the role must hold what a live
         * run would need (a plan that could not be carried out is an error, not a plan).
         */
        PLAN,
        /** Count only, in a READ ONLY transaction, to check a database: the role needs to read, not to write. */
        INSPECT
    }

    private final ConnectionOpener connections;
    private final NeutralizeConfig config;
    private final boolean readOnly;
    private final Mode mode;

    /**
     * @param connections where the connection comes from
     * @param config      a validated configuration
     * @param mode        apply, plan or inspect
     */
    public TransactionalRun(ConnectionOpener connections, NeutralizeConfig config, Mode mode) {
        this.connections = connections;
        this.config = config;
        this.mode = mode;
        this.readOnly = mode != Mode.APPLY;
    }

    /** Runs and reports; never throws for database trouble. */
    public NeutralizationResult execute() {
        long started = System.nanoTime();
        String phase = "connecting";
        try (Connection connection = connections.open()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(readOnly);
            try {
                phase = "taking the neutralize lock";
                lock(connection);
                // at once when done before, perhaps on another thread while this one connected and took the lock
                // (JooqNeutralizer.prepare)
                ClassWarmup.firstRunInitialization();
                DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES, Jooq.SETTINGS);
                phase = "probing the schema";
                ProbedSchema schema = SchemaProbe.probe(dsl, ProbedTables.with(config.declaredRules().tables()));
                TableAccessCheck.requireOdoo(schema);
                Plan plan = Plan.of(new RunContext(dsl, schema, config.cronAllowlist(),
                        config.database().database(), config.credentialParameters(), config.sanitization(),
                        config.mailSink()), config.targets());
                TableAccessCheck.requirePrivileges(schema, plan.tablesByTarget(), plan.stepsByTarget(),
                        mode != Mode.INSPECT);
                DeclaredRulePlan rulePlan = DeclaredRulePlan.of(dsl, schema, config.declaredRules(),
                        mode != Mode.INSPECT, config.sanitization().enabled()
                                && plan.skipped().get(NeutralizationTarget.SANITIZE_PARTNERS) == null);
                plan = plan.withRules(rulePlan);
                phase = "counting";
                // closed below once read for the last time; on failure, with the connection
                FactsQuery factsQuery = factsQuery(dsl, schema, plan);
                Facts facts = readFacts(factsQuery, plan);
                phase = "reading the modules' neutralize.sql";
                ModuleFilePlan modules = ModuleFilePlan.of(facts.installedModules(), config.addonsPath(),
                        facts.odooSeries(), readOnly);
                requireCoverage(modules);
                List<Long> perStep;
                List<Long> perRule;
                List<ModuleResult> moduleResults = modules.results();
                if (readOnly) {
                    if (!facts.transactionReadOnly()) {
                        throw new IllegalStateException("the dry-run transaction is not READ ONLY");
                    }
                    perStep = facts.pendingPerStep();
                    perRule = facts.pendingPerRule();
                    factsQuery.close();
                    connection.rollback();
                } else {
                    phase = "applying";
                    List<Integer> due = Facts.due(facts.pendingPerStep());
                    List<Integer> dueRules = Facts.due(facts.pendingPerRule());
                    Applied applied = apply(connection, dsl, plan, facts.pendingPerStep(), due, dueRules, modules,
                            config.statementTimeout());
                    perStep = applied.perStep();
                    perRule = applied.perRule();
                    moduleResults = modules.withRows(applied.rowsByModule());
                    if (!due.isEmpty() || !dueRules.isEmpty() || !modules.toRun().isEmpty()) {
                        phase = "verifying";
                        verifyNothingPending(plan, readFacts(factsQuery, plan));
                    }
                    factsQuery.close();
                    phase = "committing";
                    connection.commit();
                }
                Map<NeutralizationTarget, Long> rows = plan.sumPerTarget(perStep);
                NeutralizationResult result = result(plan, rows, perRule, facts, moduleResults,
                        modules.uncovered(), started, plan.tablesPerTarget(perStep, facts.detailPerStep()));
                log(result);
                return result;
            } catch (Exception e) {
                rollbackQuietly(connection);
                throw e;
            }
        } catch (Exception e) {
            // returned, not logged: the caller reports it (the CLI on stderr, the agent in its log and snapshot)
            return NeutralizationResult.failed(
                    Optional.of(config.environment().ipaiName()), Optional.of(config.database().database()),
                    readOnly, FailureClassifier.classify(e, phase, config), elapsed(started));
        }
    }

    /**
     * The transaction's settings and the advisory lock, in one round trip. A fixed statement with parameters, sent
     * through JDBC without jOOQ: it runs before jOOQ's one-time initialization is needed, so in the CLI the lock's
     * round trip overlaps that initialization on its other thread ({@code JooqNeutralizer.prepare}) instead of
     * following it.
     */
    private void lock(Connection connection) throws SQLException {
        // set_config(…, true) is SET LOCAL: these settings end with the transaction, on a pooled connection too.
        // No JIT compilation: the facts select and the post-check are one-off statements of a few thousand
        // expressions each, which PostgreSQL's JIT (on by default, above a plan cost of 100,000: any table of some
        // hundred thousand rows) compiled for each process of every run, ~1.9 s of CPU a statement at 1,000,000
        // partners, for scans of a second; results are the same either way (the setting exists from PostgreSQL 11).
        // Runs queue behind each other; a dry run takes the shared lock, so it counts a settled state.
        String sql = "SELECT set_config('lock_timeout', ?, true), set_config('statement_timeout', ?, true),"
                + " CASE WHEN current_setting('jit', true) IS NOT NULL THEN set_config('jit', 'off', true) END,"
                + (readOnly ? " pg_advisory_xact_lock_shared(?)" : " pg_advisory_xact_lock(?)");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, config.lockTimeout().toMillis() + "ms");
            statement.setString(2, config.statementTimeout().toMillis() + "ms");
            statement.setLong(3, ADVISORY_LOCK_KEY);
            statement.executeQuery().close();
        }
    }

    /**
     * The facts select: the transaction's mode, the Odoo series, the allowlist's resolved crons, every step's and
     * rule's pending count and the installed modules, in one round trip. Kept prepared: run again after the batch,
     * it is the post-check ({@link #verifyNothingPending}), with nothing rendered twice.
     */
    private FactsQuery factsQuery(DSLContext dsl, ProbedSchema schema, Plan plan) {
        List<Field<?>> fields = new ArrayList<>();
        Field<String> readOnlySetting = DSL.function("current_setting", String.class, DSL.inline("transaction_read_only"))
                .as("tx_read_only");
        fields.add(readOnlySetting);
        Field<String> series = null;
        if (schema.missing(IR_MODULE_MODULE.NAME, IR_MODULE_MODULE.LATEST_VERSION).isEmpty()) {
            series = DSL.field(DSL.select(IR_MODULE_MODULE.LATEST_VERSION).from(IR_MODULE_MODULE)
                    .where(IR_MODULE_MODULE.NAME.eq("base")).limit(1)).as("base_version");
            fields.add(series);
        }
        Field<String[]> resolved = null;
        boolean cronsProbed = TargetCatalog.of(NeutralizationTarget.CRONS).unavailableReason(schema).isEmpty();
        if (cronsProbed && !config.cronAllowlist().isEmpty()) {
            resolved = DSL.field(DSL.select(DSL.arrayAgg(IR_MODEL_DATA.MODULE.concat(".").concat(IR_MODEL_DATA.NAME)))
                    .from(IR_MODEL_DATA)
                    .where(IR_MODEL_DATA.MODEL.eq(CronsTarget.CRON_MODEL))
                    .and(CronsTarget.allowlisted(config.cronAllowlist()))
                    .and(IR_MODEL_DATA.RES_ID.in(DSL.select(IR_CRON.ID).from(IR_CRON)))).as("resolved_allowlist");
            fields.add(resolved);
        }
        List<Field<?>> counts = plan.factFields();
        fields.addAll(counts);
        Optional<Field<Long[]>> ruleCounts = plan.rules().countsField().map(f -> f.as("rule_counts"));
        ruleCounts.ifPresent(fields::add);
        Field<Result<Record6<String, String, String, String, String, Boolean>>> modules =
                InstalledModules.field(schema).as("installed_modules");
        fields.add(modules);
        return new FactsQuery(dsl.select(fields).keepStatement(true), readOnlySetting, Optional.ofNullable(series),
                Optional.ofNullable(resolved), counts, ruleCounts, modules);
    }

    /** The facts select and the fields its record is read by. Closing it closes the prepared statement it keeps. */
    private record FactsQuery(CloseableResultQuery<Record> query, Field<String> readOnlySetting,
                              Optional<Field<String>> series, Optional<Field<String[]>> resolved,
                              List<Field<?>> counts, Optional<Field<Long[]>> ruleCounts,
                              Field<Result<Record6<String, String, String, String, String, Boolean>>> modules)
            implements AutoCloseable {

        @Override
        public void close() {
            query.close();
        }
    }

    /** Runs the facts select (again, when run before: same statement, same parameters) and reads its one row. */
    private Facts readFacts(FactsQuery q, Plan plan) {
        Record r = q.query().fetchOne();
        boolean txReadOnly = "on".equals(r.get(q.readOnlySetting()));
        Optional<String> odooSeries = Optional.empty();
        if (q.series().isPresent() && r.get(q.series().get()) != null) {
            Matcher m = SERIES.matcher(r.get(q.series().get()));
            odooSeries = m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }
        Set<String> resolvedIds = new HashSet<>();
        if (q.resolved().isPresent() && r.get(q.resolved().get()) != null) {
            resolvedIds.addAll(Arrays.asList(r.get(q.resolved().get())));
        }
        List<String> unresolved = new ArrayList<>();
        for (XmlId id : config.cronAllowlist().entries()) {
            if (!resolvedIds.contains(id.toString())) {
                unresolved.add(id.toString());
            }
        }
        List<Long> pending = new ArrayList<>();
        List<Long[]> details = new ArrayList<>();
        for (Field<?> f : q.counts()) {
            Object v = r.get(f);
            if (v instanceof Object[] array) {
                Long[] longs = new Long[array.length];
                for (int j = 0; j < array.length; j++) {
                    longs[j] = array[j] == null ? 0L : ((Number) array[j]).longValue();
                }
                details.add(longs);
                pending.add(longs.length == 0 ? 0L : longs[0]);
            } else {
                details.add(null);
                pending.add(v == null ? 0L : ((Number) v).longValue());
            }
        }
        List<Long> pendingPerRule = q.ruleCounts().isPresent() ? plan.rules().counts(r.get(q.ruleCounts().get()))
                : List.of();
        List<InstalledModules.Module> installed = InstalledModules.read(r.get(q.modules()));
        return new Facts(txReadOnly, odooSeries, unresolved, pending, pendingPerRule, details, installed);
    }

    /**
     * With coverage required, a module holding credential-shaped data that nothing neutralizes fails the run
     * before anything is applied (a dry run predicts that failure). A check ({@link Mode#INSPECT}) reports the
     * list and leaves the verdict to its caller.
     */
    private void requireCoverage(ModuleFilePlan modules) {
        if (config.requireCoverage() && mode != Mode.INSPECT && !modules.uncovered().isEmpty()) {
            throw new ModuleFailure(Failure.Kind.UNCOVERED, "coverage is required and no neutralization covers "
                    + modules.uncovered().size() + " installed module(s): " + String.join(", ", modules.uncovered())
                    + " (give the addons path holding their data/neutralize.sql, or declare rules); nothing was changed");
        }
    }

    /**
     * Runs, in one batch (one round trip), the statements of the steps that have rows to change ({@code due}, by
     * index), then those of the declared rules that have ({@code dueRules}, by index), then the statements of the
     * module files to run, each file followed by the record of its checksum: a step or rule with nothing pending is
     * neither rendered nor sent, so its tables are not even locked. The post-check that follows counts every step
     * and rule again, the skipped ones included, so a module file that undoes a target fails the run.
     */
    private Applied apply(Connection connection, DSLContext dsl, Plan plan, List<Long> pendingPerStep,
                          List<Integer> due, List<Integer> dueRules, ModuleFilePlan modules,
                          Duration statementTimeout) throws SQLException {
        Long[] changed = new Long[plan.steps().size()];
        Arrays.fill(changed, 0L);
        Long[] changedByRule = new Long[plan.rules().runnable().size()];
        Arrays.fill(changedByRule, 0L);
        Map<String, Long> rowsByModule = new HashMap<>();
        if (due.isEmpty() && dueRules.isEmpty() && modules.toRun().isEmpty()) {
            return new Applied(Arrays.asList(changed), Arrays.asList(changedByRule), rowsByModule);
        }
        List<String> batch = new ArrayList<>();
        for (int i : due) {
            Step step = plan.steps().get(i);
            batch.add(step.rewrite().isPresent()
                    ? step.rewrite().get().render(dsl, pendingPerStep.get(i), step.apply())
                    : dsl.renderInlined(step.apply()));
        }
        int firstRuleEntry = batch.size();
        for (int rule : dueRules) {
            batch.add(plan.rules().inlinedUpdate(dsl, rule));
        }
        int entriesBeforeFiles = batch.size();
        // per batch entry after the steps': the module file and the statement's number in it (0: the record)
        List<ModuleFilePlan.ModuleFile> entryFile = new ArrayList<>();
        List<Integer> entryNumber = new ArrayList<>();
        for (ModuleFilePlan.ModuleFile file : modules.toRun()) {
            for (int n = 0; n < file.statements().size(); n++) {
                batch.add(file.statements().get(n));
                entryFile.add(file);
                entryNumber.add(n + 1);
            }
            batch.add(recordChecksum(file));
            entryFile.add(file);
            entryNumber.add(0);
        }
        // The batch is one round trip: the server answers when its last statement ends, so the socket must wait for
        // every statement's timeout, not one's (at 1M partners a socket timeout of one statement's cut the batch off)
        int timeout = connection.getNetworkTimeout();
        long batchMillis = statementTimeout.toMillis() * batch.size() + 30_000L;
        if (timeout > 0) {
            connection.setNetworkTimeout(Runnable::run, (int) Math.min(Integer.MAX_VALUE, batchMillis));
        }
        int[] counts;
        try (Statement statement = connection.createStatement()) {
            // the files' text goes to the server as written: no JDBC escape rewriting of {fn …} and the like
            statement.setEscapeProcessing(false);
            for (String sql : batch) {
                statement.addBatch(sql);
            }
            counts = statement.executeBatch();
        } catch (BatchUpdateException e) {
            int failed = failedEntry(e);
            int moduleEntry = failed - entriesBeforeFiles;
            if (moduleEntry >= 0 && moduleEntry < entryFile.size()) {
                ModuleFilePlan.ModuleFile file = entryFile.get(moduleEntry);
                String what = entryNumber.get(moduleEntry) == 0
                        ? "recording the checksum of module " + file.module() + "'s " + file.path()
                        : "running module " + file.module() + "'s " + file.path() + ", statement "
                        + entryNumber.get(moduleEntry) + " of " + file.statements().size();
                throw new ModuleFailure(Failure.Kind.DATABASE,
                        FailureClassifier.classify(e, what, config).message());
            }
            throw e;
        } finally {
            if (timeout > 0) {
                connection.setNetworkTimeout(Runnable::run, timeout);
            }
        }
        for (int i = 0; i < due.size(); i++) {
            // a step whose table may have been rewritten changed every row it counted, in this transaction
            changed[due.get(i)] = plan.steps().get(due.get(i)).rewrite().isPresent()
                    ? pendingPerStep.get(due.get(i))
                    : (long) Math.max(0, counts[i]);
        }
        for (int i = 0; i < dueRules.size(); i++) {
            changedByRule[dueRules.get(i)] = (long) Math.max(0, counts[firstRuleEntry + i]);
        }
        for (int i = 0; i < entryFile.size(); i++) {
            if (entryNumber.get(i) > 0) {
                rowsByModule.merge(entryFile.get(i).module(), (long) Math.max(0, counts[entriesBeforeFiles + i]), Long::sum);
            }
        }
        return new Applied(Arrays.asList(changed), Arrays.asList(changedByRule), rowsByModule);
    }

    /** Which batch entry failed: pgjdbc marks every entry failed and names the one in its message. */
    private static int failedEntry(BatchUpdateException e) {
        int[] counts = e.getUpdateCounts();
        if (counts != null) {
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == Statement.EXECUTE_FAILED) {
                    if (i > 0) {
                        return i;
                    }
                    break;
                }
            }
        }
        Matcher m = BATCH_ENTRY.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * The upsert recording a file's checksum, as text (a jOOQ upsert built and rendered per file cost a cold JVM
     * ~0.3 ms each). The key is the module's name, which matched {@code [A-Za-z0-9_]} for its file to be found on
     * the addons path, and the checksum is hex: nothing to escape, quotes doubled all the same.
     */
    private static String recordChecksum(ModuleFilePlan.ModuleFile file) {
        String key = (InstalledModules.RECORD_PREFIX + file.module()).replace("'", "''");
        return new StringBuilder(256)
                .append("insert into \"ir_config_parameter\" (\"key\", \"value\", \"create_date\", \"write_date\")")
                .append(" values ('").append(key).append("', '").append(file.sha256().replace("'", "''"))
                .append("', (now() at time zone 'UTC'), (now() at time zone 'UTC'))")
                .append(" on conflict (\"key\") do update set \"value\" = excluded.\"value\",")
                .append(" \"write_date\" = excluded.\"write_date\"")
                .toString();
    }

    /** What the batch changed: rows per step, per runnable rule, and per module whose file ran. */
    private record Applied(List<Long> perStep, List<Long> perRule, Map<String, Long> rowsByModule) {
    }

    /**
     * The post-check, on the facts select run again after the batch ({@code after}): every step and rule, those
     * with nothing due before included, must have nothing pending now, or the run fails and rolls back.
     */
    private static void verifyNothingPending(Plan plan, Facts after) {
        Map<NeutralizationTarget, Long> perTarget = plan.sumPerTarget(after.pendingPerStep());
        perTarget.forEach((target, n) -> {
            if (n > 0) {
                throw new IllegalStateException("post-check failed: " + n + " row(s) still pending for " + target
                        + " after applying; rolled back");
            }
        });
        List<Long> perRule = after.pendingPerRule();
        for (int i = 0; i < perRule.size(); i++) {
            if (perRule.get(i) > 0) {
                throw new IllegalStateException("post-check failed: " + perRule.get(i) + " row(s) still pending for "
                        + plan.rules().runnable().get(i).label() + " after applying (a target or another rule"
                        + " writes the same rows back); rolled back");
            }
        }
    }

    private NeutralizationResult result(Plan plan, Map<NeutralizationTarget, Long> rows, List<Long> rowsPerRule,
                                        Facts facts, List<ModuleResult> modules, List<String> uncovered,
                                        long started, Map<NeutralizationTarget, Map<String, Long>> tables) {
        List<TargetResult> targets = new ArrayList<>();
        for (NeutralizationTarget id : NeutralizationTarget.values()) {
            if (!config.targets().contains(id)) {
                targets.add(TargetResult.notSelected(id));
            } else if (plan.skipped().containsKey(id)) {
                targets.add(TargetResult.skipped(id, plan.skipped().get(id)));
            } else {
                targets.add(TargetResult.counted(id, rows.getOrDefault(id, 0L), readOnly)
                        .withTables(tables.getOrDefault(id, Map.of())));
            }
        }
        List<RuleResult> rules = plan.rules().results(config.declaredRules(), rowsPerRule, readOnly);
        boolean changedAnything = targets.stream().anyMatch(t -> t.rows() > 0)
                || rules.stream().anyMatch(r -> r.rows() > 0)
                || modules.stream().anyMatch(m -> m.outcome() == TargetOutcome.CHANGED);
        RunStatus status = readOnly ? RunStatus.DRY_RUN : changedAnything ? RunStatus.OK : RunStatus.NO_OP;
        return new NeutralizationResult(Optional.of(config.environment().ipaiName()),
                Optional.of(config.database().database()), readOnly, status, targets, facts.unresolvedAllowlist(),
                facts.odooSeries(), elapsed(started), Optional.empty(), rules, modules, uncovered);
    }

    private static void log(NeutralizationResult r) {
        if (LOG.isInfoEnabled()) {
            StringBuilder b = new StringBuilder();
            for (TargetResult t : r.targets()) {
                b.append(' ').append(t.target().id()).append('=').append(t.outcome().wireName());
                if (t.rows() > 0) {
                    b.append('(').append(t.rows()).append(')');
                }
            }
            LOG.info("{} {} ({}) in {} ms:{}", r.dryRun() ? "planned" : "neutralized", r.database().orElse("?"),
                    r.odooSeries().orElse("series unknown"), r.duration().toMillis(), b);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is gone or the transaction already ended: either way nothing was committed
        }
    }

    /**
     * Every table a target touches, plus the core tables (which decide whether this is Odoo at all) and
     * {@code ir_module_module} for the Odoo series. A holder class: the
     * catalog is built when the schema is probed, after the connection is open.
     */
    private static final class ProbedTables {
        static final Set<String> NAMES = names();

        /** {@link #NAMES} and the declared rules' tables: still one probe, one round trip. */
        static Set<String> with(Set<String> ruleTables) {
            if (ruleTables.isEmpty()) {
                return NAMES;
            }
            Set<String> tables = new HashSet<>(NAMES);
            tables.addAll(ruleTables);
            return tables;
        }

        private static Set<String> names() {
            Set<String> tables = new HashSet<>(TargetCatalog.tableNames());
            tables.addAll(TableAccessCheck.coreTableNames());
            tables.add(IR_MODULE_MODULE.getName());
            tables.add(IR_MODULE_MODULE_DEPENDENCY.getName());
            tables.add(IR_MODEL_FIELDS.getName());
            return Set.copyOf(tables);
        }
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * What the run read before changing anything; {@code pendingPerStep} in the plan's step order,
     * {@code pendingPerRule} in the order of the plan's runnable rules.
     */
    private record Facts(boolean transactionReadOnly, Optional<String> odooSeries, List<String> unresolvedAllowlist,
                         List<Long> pendingPerStep, List<Long> pendingPerRule, List<Long[]> detailPerStep,
                         List<InstalledModules.Module> installedModules) {

        /** The indexes of the steps (or rules) with rows to change. */
        static List<Integer> due(List<Long> pending) {
            List<Integer> due = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                if (pending.get(i) > 0) {
                    due.add(i);
                }
            }
            return due;
        }
    }

    /**
     * The selected targets split into runnable steps and skipped targets.
     *
     * @param tablesByTarget the existing tables each runnable target touches, for the privilege check
     */
    private record Plan(List<NeutralizationTarget> owners, List<Step> steps,
                        Map<NeutralizationTarget, String> skipped,
                        Map<NeutralizationTarget, Set<String>> tablesByTarget,
                        DeclaredRulePlan rules) {

        /**
         * This plan with the declared rules, after the targets' steps: counted in the same select (one folded
         * field), applied in the same batch, post-checked together, so a target and a rule that undo each other
         * fail the run instead of taking turns on every run.
         */
        Plan withRules(DeclaredRulePlan rulePlan) {
            return new Plan(owners, steps, skipped, tablesByTarget, rulePlan);
        }

        static Plan of(RunContext context, Set<NeutralizationTarget> selected) {
            List<NeutralizationTarget> owners = new ArrayList<>();
            List<Step> steps = new ArrayList<>();
            Map<NeutralizationTarget, String> skipped = new EnumMap<>(NeutralizationTarget.class);
            Map<NeutralizationTarget, Set<String>> tablesByTarget = new EnumMap<>(NeutralizationTarget.class);
            for (Target target : TargetCatalog.all()) {
                if (!selected.contains(target.id())) {
                    continue;
                }
                Optional<String> reason = target.unavailableReason(context.schema());
                if (reason.isPresent()) {
                    skipped.put(target.id(), reason.get());
                    continue;
                }
                Set<String> tables = new HashSet<>();
                for (org.jooq.Table<?> table : target.tables()) {
                    if (context.schema().has(table.getName())) {
                        tables.add(table.getName());
                    }
                }
                tablesByTarget.put(target.id(), tables);
                for (Step step : target.steps(context)) {
                    owners.add(target.id());
                    steps.add(step);
                }
            }
            return new Plan(owners, steps, skipped, tablesByTarget, DeclaredRulePlan.none());
        }

        /** The steps of each runnable target. */
        Map<NeutralizationTarget, List<Step>> stepsByTarget() {
            Map<NeutralizationTarget, List<Step>> byTarget = new EnumMap<>(NeutralizationTarget.class);
            for (int i = 0; i < steps.size(); i++) {
                if (owners.get(i) == null) {
                    continue;
                }
                byTarget.computeIfAbsent(owners.get(i), k -> new ArrayList<>()).add(steps.get(i));
            }
            return byTarget;
        }

        /** What the facts select counts: per step its pending count, or its detail array (pending first). */
        List<Field<?>> factFields() {
            List<Field<?>> fields = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                fields.add(step.detail().isPresent() ? step.detail().get().counts().as("counts_" + i)
                        : step.pending().as("pending_" + i));
            }
            return fields;
        }

        /**
         * Rows per table and column per target, for the steps that report them: table rows from {@code perStep}
         * (changed, or predicted), column rows from the counts read before applying.
         */
        Map<NeutralizationTarget, Map<String, Long>> tablesPerTarget(List<Long> perStep, List<Long[]> details) {
            Map<NeutralizationTarget, Map<String, Long>> out = new EnumMap<>(NeutralizationTarget.class);
            for (int i = 0; i < steps.size(); i++) {
                Optional<Step.Detail> detail = steps.get(i).detail();
                if (owners.get(i) == null || detail.isEmpty()) {
                    continue;
                }
                Map<String, Long> counts = out.computeIfAbsent(owners.get(i), k -> new LinkedHashMap<>());
                String table = detail.get().table();
                long rows = i < perStep.size() ? perStep.get(i) : 0L;
                counts.merge(table, rows, Long::sum);
                if (detail.get().deletes()) {
                    counts.merge(table + ":deleted", rows, Long::sum);
                }
                Long[] read = i < details.size() ? details.get(i) : null;
                List<String> columns = detail.get().columns();
                for (int j = 0; j < columns.size(); j++) {
                    long n = rows == 0 || read == null || j + 1 >= read.length ? 0L : read[j + 1];
                    counts.merge(table + "." + columns.get(j), n, Long::sum);
                }
            }
            return out;
        }

        Map<NeutralizationTarget, Long> sumPerTarget(List<Long> perStep) {
            Map<NeutralizationTarget, Long> sums = new EnumMap<>(NeutralizationTarget.class);
            for (int i = 0; i < owners.size(); i++) {
                if (owners.get(i) == null) {
                    continue;
                }
                sums.merge(owners.get(i), i < perStep.size() ? perStep.get(i) : 0L, Long::sum);
            }
            return sums;
        }
    }
}
