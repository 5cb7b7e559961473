package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CursorsTest {

    private final Cursors cursors = new Cursors(() -> "test-cursor-key".getBytes(StandardCharsets.UTF_8));

    @Test
    void aCursorReturnsItsPositionForItsOwnQueryOnly() {
        var cursor = cursors.encode("2026-08-05T03:20:00.000Z#01J", "status=NEW");

        assertThat(cursors.decode(cursor, "status=NEW")).isEqualTo("2026-08-05T03:20:00.000Z#01J");
        assertThatThrownBy(() -> cursors.decode(cursor, "status=VERIFIED")).isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> new Cursors(() -> "another-key".getBytes(StandardCharsets.UTF_8))
                .decode(cursor, "status=NEW")).isInstanceOf(BadRequest.class);
    }

    @Test
    void anAlteredPositionIsRefused() {
        var cursor = cursors.encode("2026-08-05T03:20:00.000Z#01J", "");
        var forged = cursors.encode("2030-01-01T00:00:00.000Z#01J", "").split("\\.")[0] + "." + cursor.split("\\.")[1];

        assertThatThrownBy(() -> cursors.decode(forged, "")).isInstanceOfSatisfying(BadRequest.class,
                bad -> assertThat(bad.field()).isEqualTo("cursor"));
        assertThatThrownBy(() -> cursors.decode("%%%", "")).isInstanceOf(BadRequest.class);
    }
}
