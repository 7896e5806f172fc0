package ai.insightpulse.odooops.neutralize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where Odoo finds its modules: the directories of {@code --addons-path} / {@code ODOO_ADDONS_PATH}
 * (comma-separated, as Odoo's own option), or of {@code addons_path} in the Odoo configuration file
 * ({@code --odoo-conf} / {@code ODOO_RC}, section {@code [options]}). Fail closed: an entry that does not exist or
 * cannot be read is a configuration error, since a module file we cannot see is a neutralization we would skip.
 *
 * <p>A module resolves as Odoo resolves it: to the first directory on the path holding {@code <module>/} with a
 * manifest; its {@code data/neutralize.sql} is the file Odoo's {@code neutralize} command would run.
 *
 * @param directories the path's directories, in order
 * @param source      where the path came from, for messages ({@code ODOO_ADDONS_PATH}, {@code /etc/odoo/odoo.conf})
 */
public record AddonsPath(List<Path> directories, String source) {

    private static final Pattern MODULE_NAME = Pattern.compile("[A-Za-z0-9_]{1,128}");
    private static final String[] MANIFESTS = {"__manifest__.py", "__openerp__.py"};

    /** Copies the list. */
    public AddonsPath {
        directories = List.copyOf(directories);
    }

    /**
     * Parses a comma-separated path and checks every entry.
     *
     * @throws ConfigException when the path is empty or an entry is not a readable directory
     */
    public static AddonsPath parse(String value, String source) {
        List<Path> dirs = new ArrayList<>();
        for (String entry : value.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            if (e.startsWith("~")) {
                e = System.getProperty("user.home") + e.substring(1);
            }
            Path dir = Path.of(e).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
                throw new ConfigException(source + ": addons path entry '" + ConfigException.printable(entry.strip())
                        + "' is not a readable directory (module files there could not be seen)");
            }
            dirs.add(dir);
        }
        if (dirs.isEmpty()) {
            throw new ConfigException(source + ": the addons path is empty");
        }
        return new AddonsPath(dirs, source);
    }

    /**
     * The {@code addons_path} of an Odoo configuration file (INI, section {@code [options]}); empty when the file
     * sets none (Odoo then loads only its own addons: no module file of ours to find, and every non-core module is
     * listed as uncovered).
     *
     * @throws ConfigException when the file cannot be read or an entry is unreadable
     */
    public static Optional<AddonsPath> fromOdooConfig(Path file) {
        String source = "Odoo config " + ConfigException.printable(file.toString());
        // without addons_path Odoo loads only its own addons, whose files the built-in targets mirror: no path to read
        return OdooConfigFile.option(file, "addons_path").map(value -> parse(value, source));
    }

    /** The directory of {@code module}: the first on the path holding it with a manifest, as Odoo resolves it. */
    public Optional<Path> moduleDirectory(String module) {
        if (!MODULE_NAME.matcher(module).matches()) {
            return Optional.empty();
        }
        for (Path dir : directories) {
            Path candidate = dir.resolve(module);
            for (String manifest : MANIFESTS) {
                if (Files.isRegularFile(candidate.resolve(manifest))) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The module's {@code data/neutralize.sql}, if the module resolves and ships one. */
    public Optional<Path> neutralizeSql(String module) {
        return moduleDirectory(module).map(d -> d.resolve("data").resolve("neutralize.sql")).filter(Files::isRegularFile);
    }
}
