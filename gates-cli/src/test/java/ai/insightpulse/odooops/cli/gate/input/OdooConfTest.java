package ai.insightpulse.odooops.cli.gate.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.insightpulse.odooops.cli.gate.GateInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** odoo.conf in the dialect of Python's RawConfigParser, as Odoo 16.0–19.0 read it. */
class OdooConfTest {

    private static OdooConf parse(String... lines) {
        return OdooConf.parse(new TextFile("config/odoo.conf", List.of(lines)));
    }

    @Test
    void readsEqualsAndColonDelimitersAtTheFirstDelimiter() {
        OdooConf conf = parse("[options]", "db_host = db", "db_port: 5432", "dbfilter = ^odoo_stage$=x");

        assertThat(conf.option("db_host").orElseThrow().value()).isEqualTo("db");
        assertThat(conf.option("db_port").orElseThrow().value()).isEqualTo("5432");
        assertThat(conf.option("dbfilter").orElseThrow().value()).isEqualTo("^odoo_stage$=x");
    }

    @Test
    void lowerCasesOptionNamesAsConfigParserDoes() {
        assertThat(parse("[options]", "Workers = 4").option("workers").orElseThrow().line()).isEqualTo(2);
    }

    @Test
    void skipsFullLineCommentsButKeepsInlineHashesInValues() {
        OdooConf conf = parse("[options]", "# a comment", "; another", "admin_passwd = a#b ; c");

        assertThat(conf.option("admin_passwd").orElseThrow().value()).isEqualTo("a#b ; c");
    }

    @Test
    void joinsIndentedContinuationLinesToTheValueOfTheLineAbove() {
        OdooConf conf = parse("[options]", "addons_path = /a,", "    /b", "workers = 2");

        assertThat(conf.option("addons_path").orElseThrow().value()).isEqualTo("/a,\n/b");
        assertThat(conf.option("addons_path").orElseThrow().line()).isEqualTo(2);
        assertThat(conf.option("workers").orElseThrow().value()).isEqualTo("2");
    }

    @Test
    void refusesAnOptionBeforeAnySection() {
        assertThatThrownBy(() -> parse("workers = 2", "[options]"))
                .isInstanceOf(GateInputException.class)
                .hasMessage("config/odoo.conf:1: option before any [section] header; Odoo refuses this file");
    }

    @Test
    void refusesALineWithoutDelimiter() {
        assertThatThrownBy(() -> parse("[options]", "workers"))
                .hasMessage("config/odoo.conf:2: not a 'key = value' line; Odoo refuses this file");
    }

    @Test
    void refusesADuplicateSection() {
        assertThatThrownBy(() -> parse("[options]", "a = 1", "[options]"))
                .hasMessage("config/odoo.conf:3: duplicate section [options] (first at line 1); Odoo refuses this file");
    }

    @Test
    void refusesAFileWithoutOptionsSectionThatOdooWouldIgnore() {
        assertThatThrownBy(() -> parse("[option]", "workers = 4"))
                .hasMessage("config/odoo.conf: no [options] section: Odoo would ignore every setting in this file");
    }
}
