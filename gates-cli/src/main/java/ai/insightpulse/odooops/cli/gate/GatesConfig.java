package ai.insightpulse.odooops.cli.gate;

import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.MailSink;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The gates' view of a customer repository: which files are whose and the policy values. Read from the optional
 * {@code odooops-gates.yaml} at the repository root; every key left out takes the default fitting the seeds'
 * layout ({@link #defaults()}). Immutable once read.
 */
public record GatesConfig(
        Map<Environment, EnvironmentFiles> environments,
        List<String> proxyDirs,
        String devcontainer,
        List<String> envFiles,
        List<String> templates,
        List<String> docs,
        List<String> odooServices,
        List<String> addonsPath,
        Mail mail,
        Limits production,
        Limits staging,
        Secrets secrets,
        Bucket bucket,
        Promotion promotion,
        long maxFileBytes) {

    /**
     * The files of one environment; each may be absent (then the rules that need it say so). {@code odooConf} and
     * {@code proxyConf} are declarations: evidence of the environment of a file found anyway, not the only place
     * looked at (see {@code CustomerRepo}).
     */
    public record EnvironmentFiles(String compose, String odooConf, List<String> envFiles, String proxyConf,
                                   List<String> bootHooks) {

        /** Empty lists for absent ones. */
        public EnvironmentFiles {
            envFiles = envFiles == null ? List.of() : List.copyOf(envFiles);
            bootHooks = bootHooks == null ? List.of() : List.copyOf(bootHooks);
        }
    }

    /** Mail policy: ports allowed to a real relay, hosts that are sinks, personal mailbox domains. */
    public record Mail(List<Integer> allowedPorts, List<String> sinkHosts, List<String> personalDomains) {
    }

    /**
     * Resource limits of one environment (constitution §8): workers, request size in MB, database connections,
     * cron time in seconds. A null value is not checked.
     */
    public record Limits(Integer workersMin, Integer workersMax, Integer maxRequestMb, Integer dbMaxconn,
                         Integer cronTimeLimitSeconds) {
    }

    /** Which values count as placeholders (regular expressions, whole value, case-insensitive) and paths to skip. */
    public record Secrets(List<String> placeholders, List<String> ignore) {
    }

    /** The storage bucket guard: the variable and each environment's required prefix. */
    public record Bucket(String variable, Map<Environment, String> prefixes) {
    }

    /** The branches of linear promotion. */
    public record Promotion(String mainBranch, String productionBranch) {
    }

    /** Requires every part; the reader fills absent ones from {@link #defaults()}. */
    public GatesConfig {
        Objects.requireNonNull(environments, "environments");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(production, "production");
        Objects.requireNonNull(staging, "staging");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(promotion, "promotion");
        environments = Map.copyOf(environments);
        proxyDirs = List.copyOf(proxyDirs);
        envFiles = List.copyOf(envFiles);
        templates = List.copyOf(templates);
        docs = List.copyOf(docs);
        odooServices = List.copyOf(odooServices);
        addonsPath = List.copyOf(addonsPath);
    }

    /** The canonical addons path of constitution §5.2. */
    public static final List<String> CANONICAL_ADDONS_PATH = List.of(
            "/workspaces/odoo/addons/odoo",
            "/workspaces/odoo/addons/oca",
            "/workspaces/odoo/addons/ipai",
            "/workspaces/odoo/addons/ipai_meta");

    /** The defaults: the seeds' layout and the constitution's numbers. */
    public static GatesConfig defaults() {
        return new GatesConfig(
                Map.of(
                        Environment.PROD, new EnvironmentFiles("docker/compose/prod.yml", null,
                                List.of(".env.production"), null, List.of()),
                        Environment.STAGE, new EnvironmentFiles("docker/compose/stage.yml", null,
                                List.of(".env.staging"), null, List.of("docker/odoo/entrypoint-hook.sh")),
                        Environment.DEV, new EnvironmentFiles("docker/compose/dev.yml", null,
                                List.of(".env.dev"), null, List.of("docker/odoo/entrypoint-hook.sh"))),
                List.of("deploy/nginx", "docker/nginx", "nginx"),
                ".devcontainer/devcontainer.json",
                List.of(".env"),
                List.of(".env.template", ".env.example"),
                List.of("docs", "README.md"),
                List.of(),
                CANONICAL_ADDONS_PATH,
                new Mail(List.of(465, 587),
                        MailSink.CATCHER_NAMES,
                        List.of("gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "rocketmail.com",
                                "outlook.com", "hotmail.com", "live.com", "msn.com", "icloud.com", "me.com",
                                "mac.com", "aol.com", "proton.me", "protonmail.com", "gmx.com", "gmx.net",
                                "gmx.de", "mail.com", "yandex.com", "yandex.ru", "zohomail.com", "qq.com",
                                "163.com")),
                new Limits(4, 8, 50, 20, 300),
                new Limits(null, null, null, null, 600),
                new Secrets(List.of("", "CHANGE_?ME", "REPLACE_WITH_[A-Z0-9_]*", "TODO", "x{3,}", "<[^>]*>",
                        "\\$\\{[^}]+}", "\\$[A-Za-z_][A-Za-z0-9_]*", "false", "none", "null"), List.of()),
                new Bucket("SUPABASE_BUCKET", Map.of(Environment.STAGE, "staging-", Environment.PROD, "prod-")),
                new Promotion("main", "production"),
                1_048_576);
    }

    /** The file name of the configuration at the repository root. */
    public static final String FILE_NAME = "odooops-gates.yaml";
}
