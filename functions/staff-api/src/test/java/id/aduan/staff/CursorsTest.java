package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.kernel.Tenant;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorsTest {

    private static final Tenant BANDUNG = new Tenant("32.73");
    private static final Tenant GARUT = new Tenant("32.05");

    private final Cursors cursors = new Cursors(() -> "test-cursor-key".getBytes(StandardCharsets.UTF_8));

    @Test
    void aCursorReturnsItsPositionForItsOwnQueryOnly() {
        var cursor = cursors.encode("2026-08-05T03:20:00.000Z#01J", "status=NEW", BANDUNG);

        assertThat(cursors.decode(cursor, "status=NEW", BANDUNG)).isEqualTo("2026-08-05T03:20:00.000Z#01J");
        assertThatThrownBy(() -> cursors.decode(cursor, "status=VERIFIED", BANDUNG)).isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> new Cursors(() -> "another-key".getBytes(StandardCharsets.UTF_8))
                .decode(cursor, "status=NEW", BANDUNG)).isInstanceOf(BadRequest.class);
    }

    @Test
    void anAlteredPositionIsRefused() {
        var cursor = cursors.encode("2026-08-05T03:20:00.000Z#01J", "", BANDUNG);
        var forged = cursors.encode("2030-01-01T00:00:00.000Z#01J", "", BANDUNG).split("\\.")[0] + "." + cursor.split("\\.")[1];

        assertThatThrownBy(() -> cursors.decode(forged, "", BANDUNG)).isInstanceOfSatisfying(BadRequest.class,
                bad -> assertThat(bad.field()).isEqualTo("cursor"));
        assertThatThrownBy(() -> cursors.decode("%%%", "", BANDUNG)).isInstanceOf(BadRequest.class);
    }

    @Test
    void aCursorCarriedToAnotherTenantsStaffIsRefusedAsIssuedForAnotherTenant() {
        var cursor = cursors.encode("2026-08-05T03:20:00.000Z#01J", "status=NEW", BANDUNG);

        assertThatThrownBy(() -> cursors.decode(cursor, "status=NEW", GARUT)).isInstanceOfSatisfying(BadRequest.class,
                bad -> assertThat(bad.explanation().key()).isEqualTo("error.cursorOtherTenant"));
    }

    @Test
    void aCursorWithAnotherTenantWrittenIntoItFailsItsSignature() {
        var cursor = cursors.encode("2026-08-05T03:20:00.000Z#01J", "status=NEW", BANDUNG);
        var payload = new String(Base64.getUrlDecoder().decode(cursor.split("\\.")[0]), StandardCharsets.UTF_8);
        var retenanted = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("32.73", "32.05").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> cursors.decode(retenanted + "." + cursor.split("\\.")[1], "status=NEW", GARUT))
                .isInstanceOfSatisfying(BadRequest.class, bad -> assertThat(bad.explanation().key()).isEqualTo("error.cursor"));
    }
}
