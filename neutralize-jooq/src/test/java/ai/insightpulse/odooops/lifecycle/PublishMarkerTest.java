package ai.insightpulse.odooops.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishMarkerTest {

    @Test
    void theCommentTextReadsBackAsTheSameMarker() {
        PublishMarker marker = new PublishMarker(Instant.parse("2026-12-04T21:00:07.123Z"), "restore");

        assertThat(marker.text()).isEqualTo("odooops:published_at=2026-12-04T21:00:07Z;by=restore");
        assertThat(PublishMarker.parse(marker.text())).contains(marker);
    }

    @Test
    void anyOtherCommentIsNoMarker() {
        assertThat(PublishMarker.parse(null)).isEmpty();
        assertThat(PublishMarker.parse("staging copy, keep")).isEmpty();
        assertThat(PublishMarker.parse("odooops:published_at=yesterday;by=clone")).isEmpty();
        assertThat(PublishMarker.parse("odooops:published_at=2026-12-04T21:00:07Z;by=hand")).isEmpty();
        assertThat(PublishMarker.parse("x odooops:published_at=2026-12-04T21:00:07Z;by=clone")).isEmpty();
    }

    @Test
    void onlyCloneAndRestorePublish() {
        assertThatThrownBy(() -> new PublishMarker(Instant.now(), "drop"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
