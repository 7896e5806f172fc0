package ai.insightpulse.odooops.cli.gate.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** dotenv files as docker compose reads them. */
class EnvFileTest {

    private static EnvFile parse(String... lines) {
        return EnvFile.parse(new TextFile(".env", List.of(lines)));
    }

    @Test
    void readsPlainExportedAndQuotedValuesWithTheirLines() {
        EnvFile env = parse("# comment", "A=1", "export B=two words # note", "C='single # kept'", "D=\"x\\ny\"");

        assertThat(env.values()).containsExactly(
                new ConfigValue(".env", 2, "A", "1"),
                new ConfigValue(".env", 3, "B", "two words"),
                new ConfigValue(".env", 4, "C", "single # kept"),
                new ConfigValue(".env", 5, "D", "x\ny"));
    }

    @Test
    void aDoubleQuotedValueMaySpanLinesAndKeepsTheLineItStartsOn() {
        EnvFile env = parse("KEY=\"-----BEGIN", "body", "-----END\"", "NEXT=1");

        assertThat(env.value("KEY").orElseThrow()).isEqualTo(new ConfigValue(".env", 1, "KEY", "-----BEGIN\nbody\n-----END"));
        assertThat(env.value("NEXT").orElseThrow().line()).isEqualTo(4);
    }

    @Test
    void aLineThatIsNoVariableIsRefusedWithItsLine() {
        assertThatThrownBy(() -> parse("A=1", "not a variable"))
                .hasMessage(".env:2: not a KEY=value line");
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThatThrownBy(() -> parse("A='open"))
                .hasMessage(".env:1: unclosed ' quote");
    }
}
