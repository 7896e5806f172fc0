package ai.insightpulse.odooops.neutralize.testing;

import ai.insightpulse.odooops.neutralize.AddonsPath;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * The customer's modules as installed in a database, matching the test addons tree
 * ({@code src/test/resources/addons}): {@code ipai_queue} (a job queue with pending jobs, shipping a
 * {@code neutralize.sql}), {@code ipai_mail_api} (mail by API, its key in {@code ir_config_parameter}, shipping a
 * {@code neutralize.sql}, depending on {@code ipai_queue}), {@code ipai_bridge_settings} (credential-, URL- and
 * host-shaped settings and a field, no neutralization: uncovered), {@code ipai_not_installed} (on disk, not
 * installed), OCA's {@code queue_job} (covered by a built-in target) and {@code base} (whose file on the tree a
 * built-in target mirrors: never run). {@code ipai_broken}'s file fails; it is installed only by
 * {@link #installBroken}. {@code ipai_cron_revival}'s file undoes the crons target; it is installed only by
 * {@link #installCronRevival}. {@code ipai_run_settings}'s file records the run's transaction settings; it is
 * installed only by {@link #installRunSettings}.
 */
public final class ModuleFilesSeed {

    /** The mail API key; must never appear in any output. */
    public static final String MAIL_API_KEY = "zoho-api-live-7f3a9c";
    /** The bridge's webhook URL; a secret URL. */
    public static final String BRIDGE_WEBHOOK = "https://hooks.bridge.example/T0/B1/live-hook-c0ffee";

    private ModuleFilesSeed() {
    }

    private static Path tree;

    /** The test addons tree. */
    public static AddonsPath addonsPath() {
        return AddonsPath.parse(addonsTree().toString(), "test");
    }

    /**
     * The test addons tree as a directory: the resources themselves, or (when another module's tests read them
     * from this module's test jar) a copy in a temporary directory.
     */
    public static synchronized Path addonsTree() {
        if (tree != null) {
            return tree;
        }
        try {
            URI uri = ModuleFilesSeed.class.getResource("/addons").toURI();
            if ("file".equals(uri.getScheme())) {
                tree = Path.of(uri);
                return tree;
            }
            Path copy = Files.createTempDirectory("odooops-addons");
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of());
                 Stream<Path> files = Files.walk(jar.getPath("/addons"))) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Path target = copy.resolve(jar.getPath("/addons").relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            tree = copy;
            return tree;
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Seeds the modules, their settings and the job queue's table. */
    public static void seed(OdooDatabase db) {
        // the trimmed fixture schemas lack these two core tables; created with the real tables' columns we read
        db.execute("""
                CREATE TABLE IF NOT EXISTS ir_module_module_dependency (
                    id serial PRIMARY KEY, name varchar, module_id integer, auto_install_required boolean DEFAULT true);
                CREATE TABLE IF NOT EXISTS ir_model_fields (
                    id serial PRIMARY KEY, name varchar NOT NULL, model varchar NOT NULL, ttype varchar);
                CREATE TABLE ipai_job (id serial PRIMARY KEY, state varchar NOT NULL, note varchar);
                INSERT INTO ipai_job (state) VALUES ('pending'), ('pending'), ('enqueued'), ('done'), ('failed');
                """);
        try {
            Connection c = db.connection();
            module(c, "base", "Odoo S.A.", "LGPL-3", "installed");
            module(c, "queue_job", "Camptocamp,ACSONE SA/NV,Odoo Community Association (OCA)", "LGPL-3", "installed");
            int queue = module(c, "ipai_queue", "InsightPulse AI", "LGPL-3", "installed");
            int mail = module(c, "ipai_mail_api", "InsightPulse AI", "LGPL-3", "to upgrade");
            module(c, "ipai_bridge_settings", "InsightPulse AI", "OPL-1", "installed");
            module(c, "ipai_not_installed", "InsightPulse AI", "LGPL-3", "uninstalled");
            depends(c, mail, "ipai_queue");
            depends(c, mail, "base");
            depends(c, queue, "base");
            param(c, "ipai_mail_api.api_key", MAIL_API_KEY, null);
            param(c, "ipai_mail_api.endpoint", "https://mail.zoho.example/api/v1", null);
            param(c, "ipai_bridge_settings.webhook_url", BRIDGE_WEBHOOK, "ipai_bridge_settings");
            param(c, "ipai_bridge_settings.sync_host", "bridge.internal.example", null);
            int field = FixtureRows.insert(c, "ir_model_fields", Map.of("name", "bridge_host", "model", "res.company"));
            FixtureRows.insert(c, "ir_model_data", Map.of("module", "ipai_bridge_settings",
                    "name", "field_res_company__bridge_host", "model", "ir.model.fields", "res_id", field));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Installs {@code ipai_cron_revival}, whose file turns every cron back on (undoing the crons target). */
    public static void installCronRevival(OdooDatabase db) {
        try {
            module(db.connection(), "ipai_cron_revival", "InsightPulse AI", "LGPL-3", "installed");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Installs {@code ipai_run_settings}, whose file records the run's transaction settings. */
    public static void installRunSettings(OdooDatabase db) {
        try {
            module(db.connection(), "ipai_run_settings", "InsightPulse AI", "LGPL-3", "installed");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Installs {@code ipai_broken}, whose file's second statement fails. */
    public static void installBroken(OdooDatabase db) {
        try {
            module(db.connection(), "ipai_broken", "InsightPulse AI", "LGPL-3", "installed");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int module(Connection c, String name, String author, String license, String state)
            throws SQLException {
        try (var ps = c.prepareStatement("UPDATE ir_module_module SET author = ?, license = ? WHERE name = ?"
                + " RETURNING id")) {
            ps.setString(1, author);
            ps.setString(2, license);
            ps.setString(3, name);
            try (var rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
        }
        return FixtureRows.insert(c, "ir_module_module", Map.of("name", name, "author", author, "license", license,
                "state", state));
    }

    private static void depends(Connection c, int moduleId, String dependency) throws SQLException {
        FixtureRows.insert(c, "ir_module_module_dependency", Map.of("module_id", moduleId, "name", dependency));
    }

    private static void param(Connection c, String key, String value, String module) throws SQLException {
        int id = FixtureRows.insert(c, "ir_config_parameter", Map.of("key", key, "value", value));
        if (module != null) {
            FixtureRows.insert(c, "ir_model_data", Map.of("module", module, "name", key.replace('.', '_'),
                    "model", "ir.config_parameter", "res_id", id));
        }
    }
}
