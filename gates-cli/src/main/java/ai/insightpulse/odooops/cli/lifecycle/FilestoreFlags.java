package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.lifecycle.FilestoreSettings;
import ai.insightpulse.odooops.lifecycle.backup.ZipLimits;
import ai.insightpulse.odooops.lifecycle.filestore.FilestoreCopyMode;
import ai.insightpulse.odooops.lifecycle.filestore.OdooDataDir;
import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.OdooConfigFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The filestore flags of {@code clone} and {@code restore} ({@code --data-dir}, {@code --odoo-conf},
 * {@code --filestore-copy}, {@code --jobs}, {@code --strict}, {@code --zip-max-*}) and their variables, resolved into
 * the library's {@link FilestoreSettings} once, before anything connects.
 */
final class FilestoreFlags {

    private FilestoreFlags() {
    }

    /** The variable naming Odoo's data dir. */
    static final String ODOO_DATA_DIR = "ODOO_DATA_DIR";
    /** The variable naming Odoo's configuration file (Odoo reads it too). */
    static final String ODOO_RC = "ODOO_RC";

    /**
     * Resolves the data dir: {@code --data-dir}, else {@code ODOO_DATA_DIR}, else {@code data_dir} of
     * {@code --odoo-conf} or {@code ODOO_RC}.
     *
     * @throws ConfigException for a data dir that is not a directory, an unreadable config file or one without
     *                         {@code data_dir}, an unknown copy mode, or bounds out of range
     */
    static FilestoreSettings resolve(Map<String, String> environment, String dataDirFlag, String odooConfFlag,
                                     String modeFlag, int jobs, boolean strict, long zipMaxBytes,
                                     long zipMaxRatio) {
        FilestoreCopyMode mode = FilestoreCopyMode.parse(modeFlag).orElseThrow(() -> new ConfigException(
                "--filestore-copy '" + ConfigException.printable(modeFlag)
                        + "' is not one of auto, reflink, hardlink, copy"));
        if (zipMaxBytes <= 0 || zipMaxRatio <= 0) {
            throw new ConfigException("--zip-max-bytes and --zip-max-ratio must be positive");
        }
        ZipLimits limits = new ZipLimits(zipMaxBytes, zipMaxRatio, ZipLimits.DEFAULT.maxEntries());
        Optional<Path> dir = Optional.ofNullable(dataDirFlag).or(() -> Optional.ofNullable(
                environment.get(ODOO_DATA_DIR))).filter(s -> !s.isBlank()).map(Path::of);
        if (dir.isEmpty()) {
            Optional<String> conf = Optional.ofNullable(odooConfFlag)
                    .or(() -> Optional.ofNullable(environment.get(ODOO_RC))).filter(s -> !s.isBlank());
            if (conf.isPresent()) {
                dir = Optional.of(dataDirOf(Path.of(conf.get())));
            }
        }
        if (dir.isPresent() && !Files.isDirectory(dir.get())) {
            throw new ConfigException("the Odoo data dir " + ConfigException.printable(dir.get().toString())
                    + " is not a directory");
        }
        return new FilestoreSettings(dir.map(OdooDataDir::new), mode, jobs, strict, limits);
    }

    private static Path dataDirOf(Path conf) {
        // Odoo's default data_dir is under the home of the user Odoo runs as, which this process cannot know
        String value = OdooConfigFile.option(conf, "data_dir").orElseThrow(() -> new ConfigException("the Odoo config "
                + ConfigException.printable(conf.toString()) + " sets no data_dir; pass --data-dir (or ODOO_DATA_DIR)"));
        return Path.of(value);
    }
}
