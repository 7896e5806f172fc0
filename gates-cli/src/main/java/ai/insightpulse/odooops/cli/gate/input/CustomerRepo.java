package ai.insightpulse.odooops.cli.gate.input;

import ai.insightpulse.odooops.cli.gate.GatesConfig;
import ai.insightpulse.odooops.neutralize.Environment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The customer repository as the gates see it: each configured file parsed once, on first use, so that a gate
 * reads only what it checks.
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
     * the devcontainer. {@code environment} is empty for files of no single environment.
     */
    public record SettingGroup(Kind kind, String file, String label, Optional<Environment> environment,
                               List<ConfigValue> values) {

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

    private final RepoFiles files;
    private final GatesConfig config;
    private final Map<Environment, Optional<ComposeFile>> compose = new EnumMap<>(Environment.class);
    private final Map<Environment, Optional<OdooConf>> odooConf = new EnumMap<>(Environment.class);
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

    /** The configured odoo.conf path of {@code environment}, if any. */
    public Optional<String> odooConfPath(Environment environment) {
        return filesOf(environment).map(GatesConfig.EnvironmentFiles::odooConf);
    }

    /** The compose file of {@code environment}, if configured and present. */
    public Optional<ComposeFile> compose(Environment environment) {
        return compose.computeIfAbsent(environment, e -> composePath(e)
                .flatMap(files::read).map(ComposeFile::parse));
    }

    /** The odoo.conf of {@code environment}, if configured and present. */
    public Optional<OdooConf> odooConf(Environment environment) {
        return odooConf.computeIfAbsent(environment, e -> odooConfPath(e)
                .flatMap(files::read).map(OdooConf::parse));
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

    /** The Odoo services of {@code environment}'s compose file. */
    public List<ComposeFile.Service> odooServices(Environment environment) {
        return compose(environment).map(c -> c.odooServices(config.odooServices())).orElse(List.of());
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
     * Every group of settings the configuration names, in a fixed order: per environment its odoo.conf, its compose
     * services, its dotenv files; then the shared dotenv files, the templates and the devcontainer.
     */
    public List<SettingGroup> settingGroups() {
        List<SettingGroup> groups = new ArrayList<>();
        for (Environment env : environments()) {
            Optional<Environment> of = Optional.of(env);
            odooConf(env).ifPresent(c -> groups.add(new SettingGroup(Kind.ODOO_CONF, c.path(), c.path(), of,
                    c.values())));
            compose(env).ifPresent(c -> {
                for (ComposeFile.Service s : c.services()) {
                    List<ConfigValue> values = new ArrayList<>(s.environment().values());
                    values.addAll(s.commandLines());
                    groups.add(new SettingGroup(Kind.COMPOSE_SERVICE, c.path(), c.path() + " service " + s.name(),
                            of, values));
                }
            });
            for (String path : filesOf(env).orElseThrow().envFiles()) {
                envFile(path).ifPresent(f -> groups.add(new SettingGroup(Kind.ENV_FILE, path, path, of, f.values())));
            }
        }
        for (String path : config.envFiles()) {
            envFile(path).ifPresent(f -> groups.add(new SettingGroup(Kind.ENV_FILE, path, path, Optional.empty(),
                    f.values())));
        }
        for (String path : config.templates()) {
            envFile(path).ifPresent(f -> groups.add(new SettingGroup(Kind.TEMPLATE, path, path, Optional.empty(),
                    f.values())));
        }
        devcontainer().ifPresent(d -> groups.add(new SettingGroup(Kind.DEVCONTAINER, d.path(), d.path(),
                Optional.of(Environment.DEV), d.values())));
        return groups;
    }
}
