package ai.insightpulse.odooops.neutralize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/CONTRACT.md and the code state the same contract version. */
class ContractDocumentTest {

    @Test
    void contractDocumentStatesTheCodesContractVersion() throws Exception {
        Path doc = Path.of("..", "docs", "CONTRACT.md");
        String text = Files.readString(doc);
        Matcher m = Pattern.compile("\\*\\*Contract version: ([0-9]+\\.[0-9]+\\.[0-9]+)\\*\\*").matcher(text);
        assertThat(m.find()).as("docs/CONTRACT.md states **Contract version: X.Y.Z**").isTrue();
        assertThat(m.group(1)).isEqualTo(ContractVersion.VALUE);
    }
}
