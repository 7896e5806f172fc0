package ai.insightpulse.odooops.cli.gate.check;

import ai.insightpulse.odooops.cli.gate.Finding;
import ai.insightpulse.odooops.cli.gate.Gate;
import ai.insightpulse.odooops.cli.gate.GatesConfig;
import ai.insightpulse.odooops.cli.gate.Rule;
import ai.insightpulse.odooops.cli.gate.SecretFingerprint;
import ai.insightpulse.odooops.cli.gate.input.ComposeFile;
import ai.insightpulse.odooops.cli.gate.input.ConfigValue;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo.SettingGroup;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo;
import ai.insightpulse.odooops.cli.gate.input.OdooConf;
import ai.insightpulse.odooops.cli.gate.input.TextFile;
import ai.insightpulse.odooops.neutralize.Environment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code env-consistency}: implementation plan Phase 0/2 and constitution §3 and §8. Staging is neutralized by its
 * configuration (ODOO_STAGE, a mail sink, no crons, no production secret); production stays within its resource
 * limits.
 */
public final class EnvConsistencyCheck implements GateCheck {

    private static final Pattern BODY_SIZE = Pattern.compile("^\\s*client_max_body_size\\s+([0-9]+)([kKmMgG]?)\\s*;");

    @Override
    public Gate gate() {
        return Gate.ENV_CONSISTENCY;
    }

    @Override
    public List<Finding> check(CustomerRepo repo) {
        List<Finding> findings = new ArrayList<>();
        for (Environment env : repo.environments()) {
            odooStage(repo, env, findings);
        }
        if (repo.environments().contains(Environment.STAGE)) {
            staging(repo, findings);
        }
        if (repo.environments().contains(Environment.PROD)) {
            production(repo, findings);
        }
        return findings;
    }

    /**
     * Constitution §3.2: every environment sets ODOO_STAGE. A wrong value is also
     * {@code neutralization/odoo-stage-mismatch}: each gate must hold when run alone.
     */
    private static void odooStage(CustomerRepo repo, Environment env, List<Finding> findings) {
        for (ComposeFile.Service service : repo.odooServices(env)) {
            ConfigValue stage = service.environment().get("ODOO_STAGE");
            String problem;
            if (stage == null) {
                problem = " sets no ODOO_STAGE";
            } else if (stage.value() == null) {
                problem = " passes ODOO_STAGE through from the shell";
            } else if (!stage.value().equals(env.odooStageName())) {
                problem = " sets ODOO_STAGE=" + stage.value();
            } else {
                continue;
            }
            findings.add(Finding.at(Rule.ENV_ODOO_STAGE, repo.composePath(env).orElseThrow(),
                    stage == null ? service.line() : stage.line(), "service " + service.name() + problem
                            + "; expected ODOO_STAGE=" + env.odooStageName()));
        }
    }

    private static void staging(CustomerRepo repo, List<Finding> findings) {
        String confPath = repo.odooConfPath(Environment.STAGE).orElse(null);
        Optional<OdooConf> conf = repo.odooConf(Environment.STAGE);
        GatesConfig.Mail mail = repo.config().mail();
        if (conf.isEmpty()) {
            findings.add(Finding.at(Rule.ENV_STAGE_MAIL_SINK, confPath, 0,
                    "staging's odoo.conf is missing: nothing routes its mail to a sink"));
        } else {
            Optional<ConfigValue> server = conf.get().option("smtp_server");
            if (server.isEmpty()) {
                findings.add(Finding.at(Rule.ENV_STAGE_MAIL_SINK, confPath, 0,
                        "staging's odoo.conf sets no smtp_server; state the sink explicitly"));
            } else if (!MailHosts.isSink(server.get().value(), mail.sinkHosts())) {
                findings.add(Finding.at(Rule.ENV_STAGE_MAIL_SINK, confPath, server.get().line(),
                        "smtp_server = " + server.get().value() + " is not a mail sink (sinks: " + mail.sinkHosts() + ")"));
            }
        }
        stagingCrons(repo, conf, confPath, findings);
        stagingSecrets(repo, findings);
        cronTimeLimit(conf, repo.config().staging(), "staging", findings);
    }

    private static void stagingCrons(CustomerRepo repo, Optional<OdooConf> conf, String confPath,
                                     List<Finding> findings) {
        Optional<ConfigValue> threads = conf.flatMap(c -> c.option("max_cron_threads"));
        if (threads.filter(t -> t.value().equals("0")).isPresent()) {
            return;
        }
        boolean onBoot = repo.odooServices(Environment.STAGE).stream()
                .flatMap(s -> s.commandLines().stream())
                .anyMatch(v -> v.value().contains("neutralize"));
        for (String hook : repo.filesOf(Environment.STAGE).orElseThrow().bootHooks()) {
            onBoot |= repo.files().read(hook)
                    .map(f -> f.lines().stream().anyMatch(l -> !l.strip().startsWith("#") && l.contains("neutralize")))
                    .orElse(false);
        }
        if (!onBoot) {
            findings.add(Finding.at(Rule.ENV_STAGE_CRONS, threads.map(ConfigValue::file).orElse(confPath),
                    threads.map(ConfigValue::line).orElse(0), threads
                            .map(t -> "max_cron_threads = " + t.value() + " and no neutralization on boot")
                            .orElse("staging sets no max_cron_threads = 0 and runs no neutralization on boot")));
        }
    }

    private static void stagingSecrets(CustomerRepo repo, List<Finding> findings) {
        SecretKeys keys = new SecretKeys(repo.config().secrets());
        Map<String, ConfigValue> prodSecrets = new LinkedHashMap<>();
        List<SettingGroup> groups = repo.settingGroups();
        for (SettingGroup g : groups) {
            if (g.environment().filter(Environment.PROD::equals).isPresent()) {
                for (ConfigValue v : g.values()) {
                    if (SecretKeys.isSecretKey(v.key()) && v.value() != null && !keys.isPlaceholder(v.value())) {
                        prodSecrets.putIfAbsent(v.value(), v);
                    }
                }
            }
        }
        for (SettingGroup g : groups) {
            if (g.environment().filter(Environment.STAGE::equals).isEmpty()) {
                continue;
            }
            for (ConfigValue v : g.values()) {
                ConfigValue prod = v.value() == null ? null : prodSecrets.get(v.value());
                if (prod != null && SecretKeys.isSecretKey(v.key())) {
                    findings.add(Finding.at(Rule.ENV_STAGE_PROD_SECRET, v.file(), v.line(), v.key()
                            + " has the same value as production's " + prod.key() + " (" + prod.file() + ":"
                            + prod.line() + "), " + SecretFingerprint.of(v.value())));
                }
            }
        }
    }

    private static void production(CustomerRepo repo, List<Finding> findings) {
        GatesConfig.Limits limits = repo.config().production();
        String confPath = repo.odooConfPath(Environment.PROD).orElse(null);
        Optional<OdooConf> conf = repo.odooConf(Environment.PROD);
        if (conf.isEmpty()) {
            findings.add(Finding.at(Rule.ENV_PROD_WORKERS, confPath, 0, "production's odoo.conf is missing"));
        } else {
            if (limits.workersMin() != null || limits.workersMax() != null) {
                Optional<ConfigValue> workers = conf.get().option("workers");
                Integer n = workers.map(w -> integer(w.value())).orElse(0);
                int min = limits.workersMin() == null ? 0 : limits.workersMin();
                int max = limits.workersMax() == null ? Integer.MAX_VALUE : limits.workersMax();
                if (n == null || n < min || n > max) {
                    findings.add(Finding.at(Rule.ENV_PROD_WORKERS, confPath, workers.map(ConfigValue::line).orElse(0),
                            workers.map(w -> "workers = " + w.value()).orElse("workers is not set (Odoo's default 0"
                                    + " runs no worker processes)") + "; expected " + min + " to " + max));
                }
            }
            if (limits.dbMaxconn() != null) {
                Optional<ConfigValue> maxconn = conf.get().option("db_maxconn");
                Integer n = maxconn.map(m -> integer(m.value())).orElse(64);
                if (n == null || n > limits.dbMaxconn() || n < 1) {
                    findings.add(Finding.at(Rule.ENV_PROD_DB_MAXCONN, confPath, maxconn.map(ConfigValue::line).orElse(0),
                            maxconn.map(m -> "db_maxconn = " + m.value()).orElse("db_maxconn is not set (Odoo's "
                                    + "default is 64)") + "; expected at most " + limits.dbMaxconn()));
                }
            }
        }
        cronTimeLimit(conf, limits, "production", findings);
        requestSize(repo, limits, findings);
    }

    /**
     * Odoo (16.0–19.0): {@code limit_time_real_cron} -1 (the default) means "use {@code limit_time_real}" (default
     * 120 s), and 0 means no limit at all.
     */
    private static void cronTimeLimit(Optional<OdooConf> conf, GatesConfig.Limits limits, String env,
                                      List<Finding> findings) {
        if (conf.isEmpty() || limits.cronTimeLimitSeconds() == null) {
            return;
        }
        Optional<ConfigValue> cron = conf.get().option("limit_time_real_cron");
        Optional<ConfigValue> real = conf.get().option("limit_time_real");
        Integer cronValue = cron.map(c -> integer(c.value())).orElse(-1);
        ConfigValue decisive = cron.orElse(null);
        Integer seconds = cronValue;
        if (cronValue != null && cronValue < 0) {
            seconds = real.map(r -> integer(r.value())).orElse(120);
            decisive = real.orElse(cron.orElse(null));
        }
        int limit = limits.cronTimeLimitSeconds();
        if (seconds == null || seconds == 0 || seconds > limit) {
            String file = decisive != null ? decisive.file() : conf.get().path();
            String stated = decisive == null ? "no cron time limit" : decisive.key() + " = " + decisive.value();
            findings.add(Finding.at(Rule.ENV_CRON_TIME_LIMIT, file, decisive == null ? 0 : decisive.line(),
                    env + " " + stated + (seconds != null && seconds == 0 ? " (no limit)" : "")
                            + "; a cron may run at most " + limit + " s"));
        }
    }

    /**
     * Odoo has no odoo.conf option for the request body size ({@code limit_request} counts requests per worker; 16.0+
     * hard-codes a 128 MiB maximum), so the constitution's 50 MB limit lives in the reverse proxy: nginx's
     * {@code client_max_body_size}.
     */
    private static void requestSize(CustomerRepo repo, GatesConfig.Limits limits, List<Finding> findings) {
        if (limits.maxRequestMb() == null) {
            return;
        }
        String proxy = repo.filesOf(Environment.PROD).map(GatesConfig.EnvironmentFiles::proxyConf).orElse(null);
        Optional<TextFile> file = proxy == null ? Optional.<TextFile>empty()
                : repo.files().read(proxy);
        if (file.isEmpty()) {
            findings.add(Finding.at(Rule.ENV_PROD_REQUEST_SIZE, proxy, 0, "production's reverse proxy configuration"
                    + (proxy == null ? " is not configured (environments.prod.proxy_conf)" : " is missing")
                    + ": nothing limits a request to " + limits.maxRequestMb() + " MB"));
            return;
        }
        boolean stated = false;
        List<String> lines = file.get().lines();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = BODY_SIZE.matcher(lines.get(i));
            if (m.find()) {
                stated = true;
                long bytes = Long.parseLong(m.group(1)) * switch (m.group(2).toLowerCase(Locale.ROOT)) {
                    case "k" -> 1024L;
                    case "m" -> 1024L * 1024;
                    case "g" -> 1024L * 1024 * 1024;
                    default -> 1L;
                };
                if (bytes == 0 || bytes > limits.maxRequestMb() * 1024L * 1024) {
                    findings.add(Finding.at(Rule.ENV_PROD_REQUEST_SIZE, proxy, i + 1, "client_max_body_size "
                            + m.group(1) + m.group(2) + (bytes == 0 ? " (no limit)" : "") + "; expected at most "
                            + limits.maxRequestMb() + "m"));
                }
            }
        }
        if (!stated) {
            findings.add(Finding.at(Rule.ENV_PROD_REQUEST_SIZE, proxy, 0,
                    "no client_max_body_size; state the " + limits.maxRequestMb() + " MB limit explicitly"));
        }
    }

    private static Integer integer(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
