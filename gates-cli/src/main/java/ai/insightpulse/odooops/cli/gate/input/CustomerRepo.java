package ai.insightpulse.odooops.cli.gate.input;

import ai.insightpulse.odooops.cli.gate.GateInputException;
import ai.insightpulse.odooops.cli.gate.GatesConfig;
import ai.insightpulse.odooops.neutralize.DatabaseNames;
import ai.insightpulse.odooops.neutralize.Environment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer repository as the gates see it: each configured file parsed once, on first use, so that a gate
 * reads only what it checks. Odoo configuration files and reverse-proxy configuration are found where they live,
 * and each gets its environment from evidence ({@link FileEnvironment}): its name, the compose service that mounts
 * it, its own {@code db_name} or {@code server_name}, and what {@code odooops-gates.yaml} declares.
 */
public final class CustomerRepo {

    /** What kind of file a {@link SettingGroup} comes from. */
    public enum Kind {
        /** An Odoo configuration file. */
        ODOO_CONF,
        /** One service of a compose file (its environment and command). */
        COMPOSE_SERVICE,
        /** A dotenv file in use. */
        ENV_FILE,
        /** A dotenv template with placeholders. */
        TEMPLATE,
        /** The devcontainer definition. */
        DEVCONTAINER
    }

    /**
     * A set of settings read together: an odoo.conf, a compose service's environment and command, a dotenv file or
     * the devcontainer. {@code environment} is empty for files of no single environment, and for an odoo.conf whose
     * environment is unknown or in conflict; {@code placement} says why (for an odoo.conf and a compose service;
     * empty otherwise).
     */
    public record SettingGroup(Kind kind, String file, String label, Optional<Environment> environment,
                               List<ConfigValue> values, Optional<FileEnvironment> placement) {

        /** The last value of {@code key} (matched exactly). */
        public Optional<ConfigValue> value(String key) {
            ConfigValue found = null;
            for (ConfigValue v : values) {
                if (key.equals(v.key())) {
                    found = v;
                }
            }
            return Optional.ofNullable(found);
        }
    }

    /** An Odoo configuration file of the repository and the environment its evidence decides. */
    public record PlacedOdooConf(OdooConf conf, FileEnvironment placement) {

        /** The repository-relative path. */
        public String path() {
            return conf.path();
        }
    }

    /** One nginx server block of the repository and the environment its evidence decides. */
    public record PlacedServer(NginxConf file, NginxConf.ServerBlock server, FileEnvironment placement) {
    }

    /**
     * One service of a compose file and the environment its evidence decides: a compose file may hold one
     * environment's services or several (the seeds' {@code deploy/docker-compose.yml} runs odoo-prod and
     * odoo-staging side by side).
     *
     * @param odoo whether it runs Odoo ({@code odoo_services}, or "odoo" in its name or image)
     */
    public record PlacedService(ComposeFile file, ComposeFile.Service service, boolean odoo,
                                FileEnvironment placement) {

        /** The repository-relative path of its compose file. */
        public String path() {
            return file.path();
        }

        /** The environment its evidence decides, empty when unknown or in conflict. */
        public Optional<Environment> environment() {
            return placement.environment();
        }

        /** "service odoo-staging of deploy/docker-compose.yml", for messages. */
        public String label() {
            return "service " + service.name() + " of " + file.path();
        }
    }

    /** Variables that name the Odoo database in compose and dotenv files. */
    public static final Set<String> DATABASE_VARIABLES = Set.of("DB_NAME", "PGDATABASE", "POSTGRES_DB", "ODOO_DB",
            "ODOO_DB_NAME", "ODOO_DATABASE");

    /** The configuration file the official Odoo image starts with ({@code ODOO_RC}), when no -c is given. */
    private static final String IMAGE_CONFIG = "/etc/odoo/odoo.conf";
    private static final Pattern CONFIG_FLAG = Pattern.compile("(?:^|\\s)(?:-c|--config)(?:=|\\s+)([^\\s\"']+)");
    /** File names an Odoo configuration goes by: odoo.conf, odoo.conf.staging, odoo-prod.conf, .odoorc, ... */
    private static final Pattern ODOO_CONF_NAME =
            Pattern.compile("(?i)(odoo|openerp)[^/]*\\.(conf|cfg)(\\.[^/]+)?|\\.?odoorc");
    /** File names docker compose reads: compose.yaml, docker-compose.yml, docker-compose.staging.yml, ... */
    private static final Pattern COMPOSE_NAME = Pattern.compile("(?i)(docker-)?compose([.-][^/]+)?\\.ya?ml");

    private final RepoFiles files;
    private final GatesConfig config;
    private List<ComposeFile> composeFiles;
    private List<PlacedService> services;
    private List<String> allFiles;
    private Map<String, List<EnvironmentEvidence>> mounts;
    private Map<String, List<EnvironmentEvidence>> odooMounts;
    private List<PlacedOdooConf> odooConfs;
    private List<PlacedServer> proxyServers;
    private final Map<String, Optional<EnvFile>> envFiles = new HashMap<>();
    private Optional<JsonWithComments> devcontainer;

    /** The repository read by {@code files}, laid out as {@code config} says. */
    public CustomerRepo(RepoFiles files, GatesConfig config) {
        this.files = files;
        this.config = config;
    }

    /** The configuration in force. */
    public GatesConfig config() {
        return config;
    }

    /** The file reader. */
    public RepoFiles files() {
        return files;
    }

    /** The environments the configuration names, in the order prod, stage, dev. */
    public List<Environment> environments() {
        return List.of(Environment.values()).stream().filter(config.environments()::containsKey).toList();
    }

    /** The files of {@code environment}. */
    public Optional<GatesConfig.EnvironmentFiles> filesOf(Environment environment) {
        return Optional.ofNullable(config.environments().get(environment));
    }

    /** The configured compose file path of {@code environment}, if any. */
    public Optional<String> composePath(Environment environment) {
        return filesOf(environment).map(GatesConfig.EnvironmentFiles::compose);
    }

    /**
     * Every compose file of the repository, by path: those {@code environments.<env>.compose} names that exist, and
     * every file named as docker compose names its files ({@code compose.yaml}, {@code docker-compose.yml},
     * {@code docker-compose.<anything>.yml}) wherever it lives.
     *
     * @throws ai.insightpulse.odooops.cli.gate.GateInputException if one cannot be read or parsed
     */
    public List<ComposeFile> composeFiles() {
        if (composeFiles == null) {
            TreeSet<String> paths = new TreeSet<>();
            for (Environment env : environments()) {
                composePath(env).filter(files::exists).ifPresent(paths::add);
            }
            for (String path : files.walk("", true)) {
                if (COMPOSE_NAME.matcher(path.substring(path.lastIndexOf('/') + 1)).matches()
                        && !files.isDirectory(path)) {
                    paths.add(path);
                }
            }
            List<ComposeFile> found = new ArrayList<>();
            for (String path : paths) {
                files.read(path).map(ComposeFile::parse).ifPresent(found::add);
            }
            composeFiles = List.copyOf(found);
        }
        return composeFiles;
    }

    /**
     * Every service of every compose file, each with the environment its evidence decides, strongest first:
     * <ol>
     *   <li>where it lives: its name's words ({@code odoo-staging}), its compose file's declaration
     *       ({@code environments.<env>.compose}, when one environment alone names the file) or, undeclared, the
     *       words of the compose file's name ({@code docker-compose.staging.yml});</li>
     *   <li>what it states: its literal {@code IPAI_ENV}, {@code ODOO_STAGE} and database name
     *       ({@code DB_NAME}, ...);</li>
     *   <li>for an Odoo service, the configuration file it mounts: that file's name or declaration
     *       ({@code environments.<env>.odoo_conf}), then that file's {@code db_name}.</li>
     * </ol>
     * A stated value that disagrees with where the service lives is what {@code neutralization} and {@code db-name}
     * check, not a reason to move the service, as a {@code db_name} is for an odoo.conf.
     */
    public List<PlacedService> services() {
        if (services == null) {
            List<PlacedService> placed = new ArrayList<>();
            for (ComposeFile file : composeFiles()) {
                List<ComposeFile.Service> odoo = file.odooServices(config.odooServices());
                String dir = parentOf(file.path());
                List<EnvironmentEvidence> fileEvidence = composeFileEvidence(file.path());
                for (ComposeFile.Service service : file.services()) {
                    List<EnvironmentEvidence> where = new ArrayList<>();
                    EnvironmentEvidence.ofPath(service.name()).ifPresent(where::add);
                    where.addAll(fileEvidence);
                    List<EnvironmentEvidence> stated = statedEvidence(service);
                    List<EnvironmentEvidence> confNamed = new ArrayList<>();
                    List<EnvironmentEvidence> confDbName = new ArrayList<>();
                    if (odoo.contains(service)) {
                        mountedConfig(dir, service).ifPresent(conf -> mountedConfEvidence(conf, confNamed,
                                confDbName));
                    }
                    placed.add(new PlacedService(file, service, odoo.contains(service),
                            FileEnvironment.decide(List.of(where, stated, confNamed, confDbName))));
                }
            }
            services = List.copyOf(placed);
        }
        return services;
    }

    /** The services whose evidence decides {@code environment}, Odoo's alone when {@code odooOnly}. */
    public List<PlacedService> services(Environment environment, boolean odooOnly) {
        return services().stream().filter(s -> (s.odoo() || !odooOnly)
                && s.environment().filter(environment::equals).isPresent()).toList();
    }

    /** The evidence of a compose file for its services: its declaration, else its name. */
    private List<EnvironmentEvidence> composeFileEvidence(String path) {
        List<Environment> declaring = environments().stream()
                .filter(env -> composePath(env).filter(path::equals).isPresent()).toList();
        if (declaring.size() == 1) {
            Environment env = declaring.get(0);
            return List.of(new EnvironmentEvidence(env, "its compose file, the configured compose file of "
                    + env.ipaiName() + " (environments." + env.ipaiName() + ".compose)"));
        }
        if (!declaring.isEmpty()) {
            return List.of(); // one file configured for several environments says nothing of each service
        }
        return EnvironmentEvidence.ofPath(path).map(e -> new EnvironmentEvidence(e.environment(),
                "the name of its compose file " + path + e.source().substring("its name".length()))).stream()
                .toList();
    }

    /** The environments a service's own literal IPAI_ENV, ODOO_STAGE and database names state. */
    private static List<EnvironmentEvidence> statedEvidence(ComposeFile.Service service) {
        List<EnvironmentEvidence> stated = new ArrayList<>();
        for (ConfigValue v : service.environment().values()) {
            if (v.value() == null) {
                continue;
            }
            Optional<Environment> env = "IPAI_ENV".equals(v.key()) ? Environment.fromIpaiEnv(v.value())
                    : "ODOO_STAGE".equals(v.key()) ? Environment.fromOdooStage(v.value())
                    : DATABASE_VARIABLES.contains(v.key()) ? DatabaseNames.environmentOf(v.value().strip())
                    : Optional.empty();
            env.ifPresent(e -> stated.add(new EnvironmentEvidence(e, "its " + v.key() + "=" + v.value()
                    + " (line " + v.line() + ")")));
        }
        return stated;
    }

    /**
     * The evidence the configuration file at {@code path} carries by itself (not through the services that mount
     * it, which would go round in a circle): its name or declaration into {@code named}, its {@code db_name} into
     * {@code dbName}. A file that cannot be read gives no evidence here; the gates that read it report it.
     */
    private void mountedConfEvidence(String path, List<EnvironmentEvidence> named, List<EnvironmentEvidence> dbName) {
        String prefix = "the configuration it mounts, " + path + ", ";
        EnvironmentEvidence.ofPath(path).ifPresent(e -> named.add(new EnvironmentEvidence(e.environment(),
                prefix + "by " + e.source())));
        for (Environment env : environments()) {
            if (path.equals(filesOf(env).orElseThrow().odooConf())) {
                named.add(new EnvironmentEvidence(env, prefix + "declared in odooops-gates.yaml (environments."
                        + env.ipaiName() + ".odoo_conf)"));
            }
        }
        try {
            files.read(path).map(OdooConf::parse).flatMap(CustomerRepo::dbNameEvidence).ifPresent(e ->
                    dbName.add(new EnvironmentEvidence(e.environment(), prefix + "by its " + e.source())));
        } catch (GateInputException unreadable) {
            // reported by every gate that reads Odoo configuration files; a service is placed without it
        }
    }

    /** The repository-relative path of the configuration file an Odoo service reads, when it is bind-mounted. */
    private static Optional<String> mountedConfig(String composeDir, ComposeFile.Service service) {
        String configPath = odooConfigPath(service);
        return service.volumes().stream().flatMap(v -> configSource(composeDir, v, configPath).stream()).findFirst();
    }

    /** The host file {@code volume} puts at {@code configPath} (the file itself or a directory above it). */
    private static Optional<String> configSource(String composeDir, ComposeFile.Volume volume, String configPath) {
        String target = volume.target().replaceAll("/+$", "");
        if (!configPath.equals(target) && !configPath.startsWith(target + "/")) {
            return Optional.empty();
        }
        return hostPath(composeDir, volume).map(source -> source + configPath.substring(target.length()));
    }

    /** Every file of the repository (repository-relative, sorted, without {@code .git}), listed once. */
    public List<String> allFiles() {
        if (allFiles == null) {
            allFiles = files.walk("");
        }
        return allFiles;
    }

    /**
     * Every Odoo configuration file of the repository, by path: those {@code odooops-gates.yaml} declares, those an
     * Odoo service of a compose file mounts as its configuration, and files named like one ({@code odoo.conf*},
     * {@code odoo-*.conf}, ...) that have an {@code [options]} section (an nginx {@code odoo.conf} is not one).
     *
     * @throws ai.insightpulse.odooops.cli.gate.GateInputException if one cannot be read or Odoo would refuse it
     */
    public List<PlacedOdooConf> odooConfs() {
        if (odooConfs == null) {
            Map<String, List<EnvironmentEvidence>> declared = new LinkedHashMap<>();
            for (Environment env : environments()) {
                String path = filesOf(env).orElseThrow().odooConf();
                if (path != null) {
                    declared.computeIfAbsent(path, p -> new ArrayList<>()).add(new EnvironmentEvidence(env,
                            "odooops-gates.yaml (environments." + env.ipaiName() + ".odoo_conf)"));
                }
            }
            mounts();
            TreeSet<String> candidates = new TreeSet<>(declared.keySet());
            candidates.addAll(odooMounts.keySet());
            List<PlacedOdooConf> found = new ArrayList<>();
            for (String path : files.walk("", true)) {
                String name = path.substring(path.lastIndexOf('/') + 1);
                // read strictly: a file named like Odoo's configuration that cannot be read is reported, not passed
                if (!candidates.contains(path) && ODOO_CONF_NAME.matcher(name).matches()
                        && !files.isDirectory(path)
                        && files.read(path).filter(CustomerRepo::hasOptionsSection).isPresent()) {
                    candidates.add(path);
                }
            }
            for (String path : candidates) {
                Optional<OdooConf> conf = files.read(path).map(OdooConf::parse);
                if (conf.isEmpty()) {
                    continue;
                }
                List<EnvironmentEvidence> placement = new ArrayList<>();
                EnvironmentEvidence.ofPath(path).ifPresent(placement::add);
                placement.addAll(odooMounts.getOrDefault(path, List.of()));
                placement.addAll(declared.getOrDefault(path, List.of()));
                found.add(new PlacedOdooConf(conf.get(), FileEnvironment.decide(placement,
                        dbNameEvidence(conf.get()).stream().toList())));
            }
            odooConfs = List.copyOf(found);
        }
        return odooConfs;
    }

    /** The Odoo configuration files whose evidence decides {@code environment}. */
    public List<PlacedOdooConf> odooConfs(Environment environment) {
        return odooConfs().stream().filter(c -> c.placement().environment().filter(environment::equals).isPresent())
                .toList();
    }

    /**
     * Every nginx server block of the repository: in files under {@code proxy_dirs}, the files
     * {@code environments.*.proxy_conf} declares, and files a compose service mounts.
     */
    public List<PlacedServer> proxyServers() {
        if (proxyServers == null) {
            Map<String, List<EnvironmentEvidence>> declared = new LinkedHashMap<>();
            for (Environment env : environments()) {
                String path = filesOf(env).orElseThrow().proxyConf();
                if (path != null) {
                    declared.computeIfAbsent(path, p -> new ArrayList<>()).add(new EnvironmentEvidence(env,
                            "odooops-gates.yaml (environments." + env.ipaiName() + ".proxy_conf)"));
                }
            }
            TreeSet<String> candidates = new TreeSet<>(declared.keySet());
            for (String dir : config.proxyDirs()) {
                candidates.addAll(files.walk(dir));
            }
            Map<String, List<EnvironmentEvidence>> mounted = mounts();
            for (String path : mounted.keySet()) {
                if (!odooMounts.containsKey(path) && files.exists(path)) {
                    candidates.add(path);
                }
            }
            List<PlacedServer> servers = new ArrayList<>();
            for (String path : candidates) {
                Optional<TextFile> text = declared.containsKey(path) ? files.read(path) : files.readIfText(path);
                if (text.isEmpty()) {
                    continue;
                }
                NginxConf nginx = NginxConf.parse(text.get());
                List<EnvironmentEvidence> fileEvidence = new ArrayList<>();
                EnvironmentEvidence.ofPath(path).ifPresent(fileEvidence::add);
                fileEvidence.addAll(declared.getOrDefault(path, List.of()));
                for (NginxConf.ServerBlock server : nginx.servers()) {
                    List<EnvironmentEvidence> placement = new ArrayList<>(fileEvidence);
                    // one nginx container often serves every environment (the seeds' nginx-prod-v2 serves erp and
                    // erp.staging), so the service mounting a file, like a public name, only hints
                    List<EnvironmentEvidence> hints = new ArrayList<>(mounted.getOrDefault(path, List.of()));
                    boolean publicName = false;
                    for (String name : server.serverNames()) {
                        Optional<EnvironmentEvidence> labelled = hostEvidence(name);
                        if (labelled.isPresent()) {
                            placement.add(labelled.get());
                        } else if (!publicName && isPublicHostName(name)) {
                            // the seeds' hosts: prod serves erp.insightpulseai.net, staging the labelled
                            // erp.staging.insightpulseai.net, PR previews *.dev.insightpulseai.com
                            publicName = true;
                            hints.add(new EnvironmentEvidence(Environment.PROD, "server_name " + name
                                    + " (a public name without an environment label)"));
                        }
                    }
                    servers.add(new PlacedServer(nginx, server, FileEnvironment.decide(placement, hints)));
                }
            }
            proxyServers = List.copyOf(servers);
        }
        return proxyServers;
    }

    private static boolean hasOptionsSection(TextFile file) {
        return file.lines().stream().anyMatch(l -> l.strip().equals("[options]"));
    }

    /** The environment {@code db_name} names, when it names allowed databases of one environment only. */
    private static Optional<EnvironmentEvidence> dbNameEvidence(OdooConf conf) {
        Optional<ConfigValue> dbName = conf.option("db_name");
        if (dbName.isEmpty()) {
            return Optional.empty();
        }
        Environment found = null;
        for (String name : dbName.get().value().split(",")) {
            String n = name.strip();
            if (n.isEmpty() || n.equalsIgnoreCase("false")) {
                continue;
            }
            Optional<Environment> env = DatabaseNames.environmentOf(n);
            if (env.isEmpty() || (found != null && found != env.get())) {
                return Optional.empty();
            }
            found = env.get();
        }
        return found == null ? Optional.empty() : Optional.of(new EnvironmentEvidence(found,
                "db_name = " + dbName.get().value() + " (line " + dbName.get().line() + ")"));
    }

    private static Optional<EnvironmentEvidence> hostEvidence(String host) {
        for (String label : host.toLowerCase(Locale.ROOT).split("[.-]")) {
            Optional<Environment> env = EnvironmentEvidence.ofWord(label);
            if (env.isPresent()) {
                return Optional.of(new EnvironmentEvidence(env.get(), "server_name " + host));
            }
        }
        return Optional.empty();
    }

    private static boolean isPublicHostName(String host) {
        return host.contains(".") && !host.startsWith("~") && !host.startsWith("*") && !host.startsWith(".")
                && !host.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ':')
                && !host.equalsIgnoreCase("localhost") && !host.endsWith(".local") && !host.endsWith(".localhost");
    }

    /**
     * What the compose files mount, by repository-relative host path: every bind-mounted file, and every file under a
     * bind-mounted directory of a service that is not Odoo (nginx reads all of {@code conf.d}), each with the
     * environment of the service (a hint for reverse-proxy files). An Odoo service's configuration ({@code -c} or
     * {@code --config}, {@code ODOO_RC}, or the image's {@code /etc/odoo/odoo.conf}) is traced through its mounts
     * into {@code odooMounts}.
     */
    private Map<String, List<EnvironmentEvidence>> mounts() {
        if (mounts == null) {
            mounts = new LinkedHashMap<>();
            odooMounts = new LinkedHashMap<>();
            for (PlacedService placed : services()) {
                ComposeFile.Service service = placed.service();
                String dir = parentOf(placed.path());
                // a service of unknown or conflicting environment tells nothing of the files it mounts
                Optional<Environment> serviceEnv = placed.environment();
                String configPath = placed.odoo() ? odooConfigPath(service) : null;
                for (ComposeFile.Volume volume : service.volumes()) {
                    Optional<String> source = hostPath(dir, volume);
                    if (source.isEmpty()) {
                        continue;
                    }
                    Optional<String> config = configPath == null ? Optional.empty()
                            : configSource(dir, volume, configPath);
                    List<EnvironmentEvidence> evidence = serviceEnv.map(env -> List.of(new EnvironmentEvidence(env,
                            placed.label() + " (which mounts it at " + volume.target() + ")"))).orElse(List.of());
                    if (config.isPresent()) {
                        odooMounts.computeIfAbsent(config.get(), p -> new ArrayList<>()).addAll(evidence);
                    } else if (files.isDirectory(source.get())) {
                        if (configPath == null) {
                            for (String f : files.walk(source.get())) {
                                mounts.computeIfAbsent(f, p -> new ArrayList<>()).addAll(evidence);
                            }
                        }
                    } else {
                        mounts.computeIfAbsent(source.get(), p -> new ArrayList<>()).addAll(evidence);
                    }
                }
            }
        }
        return mounts;
    }

    private static String odooConfigPath(ComposeFile.Service service) {
        for (ConfigValue line : service.commandLines()) {
            Matcher m = CONFIG_FLAG.matcher(line.value());
            if (m.find()) {
                return m.group(1);
            }
        }
        ConfigValue rc = service.environment().get("ODOO_RC");
        return rc != null && rc.value() != null && rc.value().startsWith("/") ? rc.value() : IMAGE_CONFIG;
    }

    /** The repository-relative host path of a bind mount, when it is one inside the repository. */
    private static Optional<String> hostPath(String composeDir, ComposeFile.Volume volume) {
        // compose resolves a relative source against the project directory: the compose file's own directory
        if (!volume.isBindMount() || volume.source().startsWith("/") || volume.source().startsWith("~")) {
            return Optional.empty();
        }
        Path resolved = Path.of(composeDir).resolve(volume.source()).normalize();
        String path = resolved.toString().replace('\\', '/');
        if (path.startsWith("..") || path.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(path.replaceAll("/+$", ""));
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The dotenv file at {@code path}, if present. */
    public Optional<EnvFile> envFile(String path) {
        Optional<EnvFile> cached = envFiles.get(path);
        if (cached == null) {
            cached = files.read(path).map(EnvFile::parse);
            envFiles.put(path, cached);
        }
        return cached;
    }

    /** The devcontainer definition, if present. */
    public Optional<JsonWithComments> devcontainer() {
        if (devcontainer == null) {
            devcontainer = Optional.ofNullable(config.devcontainer()).flatMap(files::read)
                    .map(JsonWithComments::parse);
        }
        return devcontainer;
    }

    /** The documentation files: Markdown files under the configured directories, and the configured files. */
    public List<TextFile> docs() {
        List<TextFile> docs = new ArrayList<>();
        for (String path : config.docs()) {
            if (files.isDirectory(path)) {
                for (String file : files.walk(path)) {
                    if (file.endsWith(".md")) {
                        files.read(file).ifPresent(docs::add);
                    }
                }
            } else {
                files.read(path).ifPresent(docs::add);
            }
        }
        return docs;
    }

    /**
     * Every group of settings, in a fixed order: every Odoo configuration file and every compose service (each with
     * the environment its evidence decides); per configured environment its dotenv files; then the shared dotenv
     * files, the templates and the devcontainer.
     */
    public List<SettingGroup> settingGroups() {
        List<SettingGroup> groups = new ArrayList<>();
        for (PlacedOdooConf c : odooConfs()) {
            groups.add(new SettingGroup(Kind.ODOO_CONF, c.path(), c.path(), c.placement().environment(),
                    c.conf().values(), Optional.of(c.placement())));
        }
        for (PlacedService s : services()) {
            List<ConfigValue> values = new ArrayList<>(s.service().environment().values());
            values.addAll(s.service().commandLines());
            groups.add(new SettingGroup(Kind.COMPOSE_SERVICE, s.path(), s.label(), s.environment(), values,
                    Optional.of(s.placement())));
        }
        for (Environment env : environments()) {
            Optional<Environment> of = Optional.of(env);
            for (String path : filesOf(env).orElseThrow().envFiles()) {
                envFile(path).ifPresent(f -> groups.add(new SettingGroup(Kind.ENV_FILE, path, path, of, f.values(),
                        Optional.empty())));
            }
        }
        for (String path : config.envFiles()) {
            envFile(path).ifPresent(f -> groups.add(new SettingGroup(Kind.ENV_FILE, path, path, Optional.empty(),
                    f.values(), Optional.empty())));
        }
        for (String path : config.templates()) {
            envFile(path).ifPresent(f -> groups.add(new SettingGroup(Kind.TEMPLATE, path, path, Optional.empty(),
                    f.values(), Optional.empty())));
        }
        devcontainer().ifPresent(d -> groups.add(new SettingGroup(Kind.DEVCONTAINER, d.path(), d.path(),
                Optional.of(Environment.DEV), d.values(), Optional.empty())));
        return groups;
    }
}
