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
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo.PlacedOdooConf;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo.PlacedServer;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo.PlacedService;
import ai.insightpulse.odooops.cli.gate.input.FileEnvironment;
import ai.insightpulse.odooops.cli.gate.input.OdooConf;
import ai.insightpulse.odooops.neutralize.Environment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code env-consistency}: implementation plan Phase 0/2 and constitution §3 and §8. Staging is neutralized by its
 * configuration (ODOO_STAGE, a mail sink, no crons, no production secret); production stays within its resource
 * limits.
 */
public final class EnvConsistencyCheck implements GateCheck {

    private static final Pattern BODY_SIZE = Pattern.compile("([0-9]{1,12})([kKmMgG]?)");
    private static final String HOW_FOUND = "a file named like odoo.conf.<env>, mounted by the environment's Odoo"
            + " service, with its db_name, or declared in odooops-gates.yaml";

    @Override
    public Gate gate() {
        return Gate.ENV_CONSISTENCY;
    }

    @Override
    public List<Finding> check(CustomerRepo repo) {
        List<Finding> findings = new ArrayList<>();
        odooStage(repo, findings);
        placements(repo, findings);
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
    private static void odooStage(CustomerRepo repo, List<Finding> findings) {
        for (PlacedService placed : repo.services()) {
            if (!placed.odoo() || placed.environment().isEmpty()) {
                continue; // neutralization (unknown) or environment-conflict (conflicting) reports it once
            }
            Environment env = placed.environment().get();
            ComposeFile.Service service = placed.service();
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
            findings.add(Finding.at(Rule.ENV_ODOO_STAGE, placed.path(),
                    stage == null ? service.line() : stage.line(), placed.label() + problem
                            + "; expected ODOO_STAGE=" + env.odooStageName() + " (" + placed.placement().reason()
                            + ")"));
        }
    }

    private static void staging(CustomerRepo repo, List<Finding> findings) {
        List<PlacedOdooConf> confs = repo.odooConfs(Environment.STAGE);
        GatesConfig.Mail mail = repo.config().mail();
        if (confs.isEmpty()) {
            findings.add(Finding.at(Rule.ENV_STAGE_MAIL_SINK, declaredConf(repo, Environment.STAGE), 0,
                    "no odoo.conf of staging found (" + HOW_FOUND + "): nothing routes its mail to a sink"));
        }
        for (PlacedOdooConf placed : confs) {
            OdooConf conf = placed.conf();
            Optional<ConfigValue> server = conf.option("smtp_server");
            if (server.isEmpty()) {
                findings.add(Finding.at(Rule.ENV_STAGE_MAIL_SINK, conf.path(), 0,
                        "staging's odoo.conf sets no smtp_server; state the sink explicitly"));
            } else if (!MailHosts.isSink(server.get().value(), mail.sinkHosts())) {
                findings.add(Finding.at(Rule.ENV_STAGE_MAIL_SINK, conf.path(), server.get().line(),
                        "smtp_server = " + server.get().value() + " is not a mail sink (sinks: " + mail.sinkHosts() + ")"));
            }
            stagingCrons(repo, conf, findings);
            cronTimeLimit(Optional.of(conf), repo.config().staging(), "staging", findings);
        }
        if (confs.isEmpty()) {
            stagingCrons(repo, null, findings);
        }
        stagingSecrets(repo, findings);
    }

    private static String declaredConf(CustomerRepo repo, Environment env) {
        return repo.filesOf(env).map(GatesConfig.EnvironmentFiles::odooConf).orElse(null);
    }

    private static void stagingCrons(CustomerRepo repo, OdooConf conf, List<Finding> findings) {
        Optional<ConfigValue> threads = Optional.ofNullable(conf).flatMap(c -> c.option("max_cron_threads"));
        if (threads.filter(t -> t.value().equals("0")).isPresent()) {
            return;
        }
        boolean onBoot = repo.services(Environment.STAGE, true).stream()
                .flatMap(s -> s.service().commandLines().stream())
                .anyMatch(v -> v.value().contains("neutralize"));
        for (String hook : repo.filesOf(Environment.STAGE).orElseThrow().bootHooks()) {
            onBoot |= repo.files().read(hook)
                    .map(f -> f.lines().stream().anyMatch(l -> !l.strip().startsWith("#") && l.contains("neutralize")))
                    .orElse(false);
        }
        if (!onBoot) {
            String file = conf == null ? declaredConf(repo, Environment.STAGE) : conf.path();
            findings.add(Finding.at(Rule.ENV_STAGE_CRONS, file, threads.map(ConfigValue::line).orElse(0), threads
                    .map(t -> "staging max_cron_threads = " + t.value() + " and no neutralization on boot")
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
        List<PlacedOdooConf> confs = repo.odooConfs(Environment.PROD);
        if (confs.isEmpty()) {
            findings.add(Finding.at(Rule.ENV_PROD_WORKERS, declaredConf(repo, Environment.PROD), 0,
                    "no odoo.conf of production found (" + HOW_FOUND + ")"));
        }
        for (PlacedOdooConf placed : confs) {
            OdooConf conf = placed.conf();
            String confPath = conf.path();
            if (limits.workersMin() != null || limits.workersMax() != null) {
                Optional<ConfigValue> workers = conf.option("workers");
                Integer n = workers.map(w -> integer(w.value())).orElse(0);
                int min = limits.workersMin() == null ? 0 : limits.workersMin();
                int max = limits.workersMax() == null ? Integer.MAX_VALUE : limits.workersMax();
                if (n == null || n < min || n > max) {
                    findings.add(Finding.at(Rule.ENV_PROD_WORKERS, confPath, workers.map(ConfigValue::line).orElse(0),
                            "production " + workers.map(w -> "workers = " + w.value()).orElse("workers is not set"
                                    + " (Odoo's default 0 runs no worker processes)") + "; expected " + min + " to "
                                    + max));
                }
            }
            if (limits.dbMaxconn() != null) {
                Optional<ConfigValue> maxconn = conf.option("db_maxconn");
                Integer n = maxconn.map(m -> integer(m.value())).orElse(64);
                if (n == null || n > limits.dbMaxconn() || n < 1) {
                    findings.add(Finding.at(Rule.ENV_PROD_DB_MAXCONN, confPath, maxconn.map(ConfigValue::line).orElse(0),
                            "production " + maxconn.map(m -> "db_maxconn = " + m.value()).orElse("db_maxconn is not"
                                    + " set (Odoo's default is 64)") + "; expected at most " + limits.dbMaxconn()));
                }
            }
            cronTimeLimit(Optional.of(conf), limits, "production", findings);
        }
        requestSize(repo, limits, findings);
    }

    /**
     * One finding per Odoo configuration file, and per nginx server block that passes requests on, whose environment
     * the evidence leaves in conflict or unknown: the rules that depend on the environment skip it, so this is where
     * it is said.
     */
    private static void placements(CustomerRepo repo, List<Finding> findings) {
        for (PlacedOdooConf conf : repo.odooConfs()) {
            placement(conf.placement(), conf.path(), 0, conf.path(), findings);
        }
        for (PlacedServer server : repo.proxyServers()) {
            if (!server.server().proxies()) {
                continue; // a redirect or a catch-all (server_name _; return 444) serves no environment's Odoo
            }
            String what = "the server block" + (server.server().serverNames().isEmpty() ? ""
                    : " of " + String.join(" ", server.server().serverNames()));
            placement(server.placement(), server.file().path(), server.server().line(), what, findings);
        }
        for (PlacedService service : repo.services()) {
            // an Odoo service with no evidence states no IPAI_ENV: neutralization reports it, once
            if (service.odoo() && service.placement().conflicting()) {
                placement(service.placement(), service.path(), service.service().line(), service.label(),
                        findings);
            }
        }
    }

    private static void placement(FileEnvironment placement, String file, int line, String what,
                                  List<Finding> findings) {
        if (placement.conflicting()) {
            findings.add(Finding.at(Rule.ENV_ENVIRONMENT_CONFLICT, file, line, what + " is " + placement.conflict()
                    + "; the rules of one environment skip it"));
        } else if (placement.unknown()) {
            findings.add(Finding.at(Rule.ENV_ENVIRONMENT_UNKNOWN, file, line, what + " shows no environment (no"
                    + " environment in its name, no compose service mounts it, no db_name or server_name of one, not"
                    + " declared in odooops-gates.yaml); only the rules of every environment check it"));
        }
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
        List<PlacedServer> servers = repo.proxyServers().stream()
                .filter(s -> s.placement().environment().filter(Environment.PROD::equals).isPresent()).toList();
        if (servers.isEmpty()) {
            String declared = repo.filesOf(Environment.PROD).map(GatesConfig.EnvironmentFiles::proxyConf).orElse(null);
            findings.add(Finding.at(Rule.ENV_PROD_REQUEST_SIZE, declared, 0, "no nginx server block of production"
                    + " found (under " + String.join(", ", repo.config().proxyDirs()) + ", environments.prod.proxy_conf"
                    + " or mounted by a production service): nothing limits a request to " + limits.maxRequestMb()
                    + " MB"));
            return;
        }
        Set<ConfigValue> judged = new HashSet<>();
        for (PlacedServer server : servers) {
            List<ConfigValue> stated = new ArrayList<>(server.server().bodySizes());
            stated.addAll(server.file().fileBodySizes());
            for (ConfigValue size : stated) {
                if (judged.add(size)) {
                    bodySize(size, limits, findings);
                }
            }
            if (stated.isEmpty() && server.server().proxies()) {
                findings.add(Finding.at(Rule.ENV_PROD_REQUEST_SIZE, server.file().path(), server.server().line(),
                        "production's server block" + (server.server().serverNames().isEmpty() ? "" : " of "
                                + String.join(" ", server.server().serverNames())) + " passes requests on with no"
                                + " client_max_body_size; state the " + limits.maxRequestMb() + " MB limit explicitly"));
            }
        }
    }

    private static void bodySize(ConfigValue size, GatesConfig.Limits limits, List<Finding> findings) {
        Matcher m = BODY_SIZE.matcher(size.value());
        if (!m.matches()) {
            findings.add(Finding.at(Rule.ENV_PROD_REQUEST_SIZE, size.file(), size.line(), "client_max_body_size "
                    + size.value() + " is not a size nginx reads; expected at most " + limits.maxRequestMb() + "m"));
            return;
        }
        long bytes = Long.parseLong(m.group(1)) * switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1024L;
            case "m" -> 1024L * 1024;
            case "g" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        if (bytes == 0 || bytes > limits.maxRequestMb() * 1024L * 1024) {
            findings.add(Finding.at(Rule.ENV_PROD_REQUEST_SIZE, size.file(), size.line(), "production"
                    + " client_max_body_size " + size.value() + (bytes == 0 ? " (no limit)" : "")
                    + "; expected at most " + limits.maxRequestMb() + "m"));
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
