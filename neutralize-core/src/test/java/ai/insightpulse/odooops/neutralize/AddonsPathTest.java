package ai.insightpulse.odooops.neutralize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The addons path: Odoo's comma-separated option or its config file's addons_path; unreadable entries fail closed. */
class AddonsPathTest {

    @TempDir
    Path dir;

    @Test
    void aModuleResolvesToTheFirstDirectoryHoldingItWithAManifestAsOdooResolvesIt() throws IOException {
        Path first = module(dir.resolve("first"), "ipai_x", false);
        Path second = module(dir.resolve("second"), "ipai_x", true);
        module(dir.resolve("second"), "ipai_y", true);

        AddonsPath path = AddonsPath.parse(" " + first + " ,," + second, "test");

        assertThat(path.directories()).containsExactly(first, second);
        assertThat(path.neutralizeSql("ipai_x")).as("the first match has no file: none, as Odoo would run none")
                .isEmpty();
        assertThat(path.neutralizeSql("ipai_y")).contains(second.resolve("ipai_y/data/neutralize.sql"));
        assertThat(path.neutralizeSql("../ipai_y")).isEmpty();
    }

    @Test
    void theOdooConfigFilesAddonsPathIsReadFromItsOptionsSection() throws IOException {
        Path addons = Files.createDirectories(dir.resolve("extra-addons"));
        Path conf = Files.writeString(dir.resolve("odoo.conf"), "[other]\naddons_path = /nowhere\n[options]\n"
                + "; a comment\nadmin_passwd = s3cret\naddons_path = " + addons + "\n");
        Path none = Files.writeString(dir.resolve("bare.conf"), "[options]\ndb_host = db\n");

        assertThat(AddonsPath.fromOdooConfig(conf).orElseThrow().directories()).containsExactly(addons);
        assertThat(AddonsPath.fromOdooConfig(none)).isEmpty();
        assertThat(ConfigVariables.addonsPath(Map.of("ODOO_RC", conf.toString(),
                "ODOO_ADDONS_PATH", dir.toString())).orElseThrow().directories())
                .as("ODOO_ADDONS_PATH wins over ODOO_RC").containsExactly(dir);
    }

    @Test
    void anEntryThatIsNotAReadableDirectoryIsAConfigErrorNamingItAndNoSecret() throws IOException {
        Path conf = Files.writeString(dir.resolve("odoo.conf"), "[options]\nadmin_passwd = s3cret\n"
                + "addons_path = " + dir.resolve("gone") + "\n");

        assertThatThrownBy(() -> AddonsPath.parse(dir + "," + dir.resolve("gone"), "ODOO_ADDONS_PATH"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("ODOO_ADDONS_PATH")
                .hasMessageContaining("gone");
        assertThatThrownBy(() -> AddonsPath.fromOdooConfig(conf)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("gone").hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> AddonsPath.fromOdooConfig(dir.resolve("missing.conf")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not a readable file");
    }

    private static Path module(Path root, String name, boolean withFile) throws IOException {
        Path m = Files.createDirectories(root.resolve(name));
        Files.writeString(m.resolve("__manifest__.py"), "{'name': '" + name + "'}\n");
        if (withFile) {
            Files.createDirectories(m.resolve("data"));
            Files.writeString(m.resolve("data/neutralize.sql"), "UPDATE x SET a = 1;\n");
        }
        return root;
    }
}
