package ai.insightpulse.odooops.neutralize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** One grammar for every duration the CLI and the agent read; {@code m} is minutes everywhere. */
class ConfigValuesTest {

    @ParameterizedTest
    @CsvSource({"500ms, 500", "15s, 15000", "12, 12000", "1m, 60000", "2h, 7200000", "1d, 86400000",
            "' 5s ', 5000", "0, 0"})
    void aDurationIsAWholeNumberAndAUnitBareMeaningSeconds(String text, long millis) {
        assertThat(ConfigValues.duration("X", text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "-1s", "1.5s", "5 m", "1w", "12345678s", "1mo", ""})
    void anythingElseIsNotADurationAndTheMessageNamesTheSetting(String text) {
        assertThatThrownBy(() -> ConfigValues.duration("ODOOOPS_X", text)).isInstanceOf(ConfigException.class)
                .hasMessage("ODOOOPS_X='" + ConfigException.printable(text)
                        + "' is not a duration (e.g. 15s, 500ms, 1m)");
    }

    @Test
    void anUnsetVariableIsEmptyABlankOneIsAnError() {
        assertThat(ConfigValues.optional(Map.of(), "X")).isEmpty();
        assertThat(ConfigValues.optional(Map.of("X", " v "), "X")).contains("v");
        assertThatThrownBy(() -> ConfigValues.optional(Map.of("X", "  "), "X"))
                .isInstanceOf(ConfigException.class).hasMessage("X is set but empty");
    }
}
