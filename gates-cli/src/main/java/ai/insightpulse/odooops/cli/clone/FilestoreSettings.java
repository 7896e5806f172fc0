package ai.insightpulse.odooops.cli.clone;

import ai.insightpulse.odooops.cli.gate.GateInputException;
import ai.insightpulse.odooops.cli.gate.input.ConfigValue;
import ai.insightpulse.odooops.cli.gate.input.OdooConf;
import ai.insightpulse.odooops.cli.gate.input.TextFile;
import ai.insightpulse.odooops.lifecycle.backup.ZipLimits;
import ai.insightpulse.odooops.lifecycle.filestore.FilestoreCopyMode;
import ai.insightpulse.odooops.lifecycle.filestore.OdooDataDir;
import ai.insightpulse.odooops.neutralize.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How a copy treats files beside the database, validated once before anything connects.
 *
 * @param dataDir   Odoo's data dir, whose {@code filestore/<db>} is copied and published with the database; empty:
 *                  only the database is copied (today's behaviour, with a warning)
 * @param mode      how the filestore is copied
 * @param jobs      parallel restore of archive dumps
 * @param strict    refuse a backup zip whose manifest does not match the target
 * @param zipLimits bounds on what a backup zip may expand to
 */
record FilestoreSettings(Optional<OdooDataDir> dataDir, FilestoreCopyMode mode, int jobs, boolean strict,
                         ZipLimits zipLimits) {

    /** The variable naming Odoo's data dir. */
    static final String ODOO_DATA_DIR = "ODOO_DATA_DIR";
    /** The variable naming Odoo's configuration file (Odoo reads it too). */
    static final String ODOO_RC = "ODOO_RC";
    static final int MAX_JOBS = 64;

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
        if (jobs < 1 || jobs > MAX_JOBS) {
            throw new ConfigException("--jobs " + jobs + " is not between 1 and " + MAX_JOBS);
        }
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
        String shown = ConfigException.printable(conf.toString());
        OdooConf parsed;
        try {
            parsed = OdooConf.parse(new TextFile(conf.toString(), Files.readAllLines(conf, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ConfigException("cannot read the Odoo config " + shown + ": " + e.getClass().getSimpleName());
        } catch (GateInputException e) {
            throw new ConfigException("the Odoo config " + shown + " cannot be read as Odoo reads it: "
                    + e.getMessage());
        }
        // Odoo's default data_dir is under the home of the user Odoo runs as, which this process cannot know
        String value = parsed.option("data_dir").map(ConfigValue::value).filter(v -> !v.isBlank())
                .orElseThrow(() -> new ConfigException("the Odoo config " + shown + " sets no data_dir; pass "
                        + "--data-dir (or ODOO_DATA_DIR)"));
        return Path.of(value);
    }
}
