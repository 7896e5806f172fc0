package ai.insightpulse.odooops.neutralize.jooq.internal.modules;

import ai.insightpulse.odooops.neutralize.AddonsPath;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.ModuleResult;
import ai.insightpulse.odooops.neutralize.TargetOutcome;
import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which installed modules' {@code data/neutralize.sql} a run executes, in which order, and which modules no
 * neutralization covers. Built after the facts select, from the installed modules, the addons path and the
 * Odoo series; reads the files, touches no database.
 *
 * <p>Order: dependency order (a module after the modules it depends on), then name, so every run on every copy
 * executes the same files in the same order (Odoo's own command follows its module graph's load order).
 * Idempotence: a file runs once per copy and again only when its content changed; its sha256 is recorded in
 * {@code ir_config_parameter} under {@value InstalledModules#RECORD_PREFIX}{@code <module>} in the same
 * transaction.
 *
 * @param toRun     the files to run, in order
 * @param results   one result per module with a file (run, to run, or already run), in order
 * @param uncovered the uncovered modules, by name
 */
public record ModuleFilePlan(List<ModuleFile> toRun, List<ModuleResult> results, List<String> uncovered) {

    /** The longest module file read: larger is not a neutralization script. */
    public static final long MAX_FILE_BYTES = 16 << 20;

    /**
     * A module file to run.
     *
     * @param module     the module
     * @param path       the file
     * @param statements its statements, in order
     * @param sha256     its checksum, hex
     */
    public record ModuleFile(String module, Path path, List<String> statements, String sha256) {
    }

    /** A plan that runs nothing and lists nothing. */
    public static ModuleFilePlan none() {
        return new ModuleFilePlan(List.of(), List.of(), List.of());
    }

    /**
     * The plan for these installed modules.
     *
     * @throws ModuleFailure when a file cannot be read or split (a config error: nothing ran)
     */
    public static ModuleFilePlan of(List<InstalledModules.Module> installed, Optional<AddonsPath> addonsPath,
                                    Optional<String> series, boolean dryRun) {
        List<ModuleFile> toRun = new ArrayList<>();
        List<ModuleResult> results = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        for (InstalledModules.Module m : dependencyOrder(installed)) {
            if (MirroredModules.coveredByBuiltIn(m.name(), series)) {
                continue;
            }
            Optional<Path> file = addonsPath.flatMap(p -> p.neutralizeSql(m.name()));
            if (file.isEmpty()) {
                // without an addons path nothing was seen; with one, a module without a file needs none only
                // when it owns nothing shaped like a credential, URL or host
                if (!m.core() && (addonsPath.isEmpty() || m.ownsShapedData())) {
                    uncovered.add(m.name());
                }
                continue;
            }
            byte[] bytes = read(m.name(), file.get());
            String sha256 = sha256(bytes);
            if (m.recordedSha256().filter(sha256::equals).isPresent()) {
                results.add(new ModuleResult(m.name(), TargetOutcome.NO_OP, 0, 0));
                continue;
            }
            List<String> statements = split(m.name(), bytes);
            toRun.add(new ModuleFile(m.name(), file.get(), statements, sha256));
            results.add(new ModuleResult(m.name(), dryRun ? TargetOutcome.WOULD_CHANGE : TargetOutcome.CHANGED,
                    statements.size(), 0));
        }
        uncovered.sort(null);
        return new ModuleFilePlan(toRun, results, uncovered);
    }

    /** The results with the rows each run file's statements reported, by module. */
    public List<ModuleResult> withRows(Map<String, Long> rowsByModule) {
        List<ModuleResult> out = new ArrayList<>();
        for (ModuleResult r : results) {
            out.add(new ModuleResult(r.module(), r.outcome(), r.statements(), rowsByModule.getOrDefault(r.module(), 0L)));
        }
        return out;
    }

    /** Modules in dependency order, ties (and cycles, which Odoo refuses anyway) broken by name. */
    static List<InstalledModules.Module> dependencyOrder(List<InstalledModules.Module> modules) {
        Map<String, InstalledModules.Module> byName = new HashMap<>();
        modules.forEach(m -> byName.put(m.name(), m));
        Map<String, Set<String>> waitingOn = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        for (InstalledModules.Module m : modules) {
            Set<String> deps = new HashSet<>();
            for (String d : m.depends()) {
                if (byName.containsKey(d) && !d.equals(m.name())) {
                    deps.add(d);
                    dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(m.name());
                }
            }
            waitingOn.put(m.name(), deps);
        }
        TreeSet<String> ready = new TreeSet<>();
        waitingOn.forEach((name, deps) -> {
            if (deps.isEmpty()) {
                ready.add(name);
            }
        });
        List<InstalledModules.Module> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        while (ordered.size() < modules.size()) {
            if (ready.isEmpty()) {
                // a cycle: take the first remaining module by name
                waitingOn.keySet().stream().filter(n -> !done.contains(n)).sorted().findFirst().ifPresent(ready::add);
            }
            String next = ready.pollFirst();
            if (next == null || !done.add(next)) {
                continue;
            }
            ordered.add(byName.get(next));
            for (String dependent : dependents.getOrDefault(next, List.of())) {
                Set<String> deps = waitingOn.get(dependent);
                deps.remove(next);
                if (deps.isEmpty() && !done.contains(dependent)) {
                    ready.add(dependent);
                }
            }
        }
        return ordered;
    }

    private static byte[] read(String module, Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ModuleFailure(Failure.Kind.CONFIG, "module " + module + ": " + file
                        + " is larger than " + (MAX_FILE_BYTES >> 20) + " MiB; nothing was changed");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ModuleFailure(Failure.Kind.CONFIG, "module " + module + ": " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + "); nothing was changed");
        }
    }

    private static List<String> split(String module, byte[] bytes) {
        List<String> statements = new ArrayList<>();
        try (SqlScriptReader reader = new SqlScriptReader(new ByteArrayInputStream(bytes))) {
            for (SqlScriptReader.Piece piece = reader.next(); piece != null; piece = reader.next()) {
                if (piece instanceof SqlScriptReader.MetaCommand meta) {
                    throw new ModuleFailure(Failure.Kind.CONFIG, "module " + module
                            + ": data/neutralize.sql line " + meta.line()
                            + " is a psql meta-command, not SQL; nothing was changed");
                }
                SqlScriptReader.Statement s = (SqlScriptReader.Statement) piece;
                if (!s.tokens().isEmpty() && !(s.tokens().size() == 1 && s.tokens().get(0).isSymbol(';'))) {
                    statements.add(s.sql());
                }
            }
        } catch (SqlScriptReader.ScriptFormatException e) {
            throw new ModuleFailure(Failure.Kind.CONFIG, "module " + module + ": data/neutralize.sql line "
                    + e.line() + ": " + e.getMessage() + "; nothing was changed");
        } catch (IOException e) {
            throw new ModuleFailure(Failure.Kind.INTERNAL, "module " + module + ": " + e);
        }
        return statements;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
