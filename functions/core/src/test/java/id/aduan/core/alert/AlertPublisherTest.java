package id.aduan.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.kernel.Tenant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertPublisherTest {

    private static final Tenant GARUT = new Tenant("32.05");

    @Test
    void aTenantsPublisherNamesTheTenantInItsSlaAlertsAndDigestsButNotInOperationsAlerts() {
        var published = new ArrayList<Alert>();
        var garut = ((AlertPublisher) published::add).naming(GARUT);

        garut.publish(alert(Alert.Kind.SLA_BREACH));
        garut.publish(alert(Alert.Kind.DIGEST));
        garut.publish(alert(Alert.Kind.OPERATIONS));

        assertThat(published).extracting(Alert::tenant).containsExactly(Optional.of(GARUT),
                Optional.of(GARUT), Optional.empty());
        assertThat(published.getFirst()).isEqualTo(alert(Alert.Kind.SLA_BREACH).about(GARUT));
    }

    @Test
    void anAlertBuiltAsBeforeTenantsNamesNone() {
        assertThat(alert(Alert.Kind.SLA_WARNING).tenant()).isEmpty();
    }

    private static Alert alert(Alert.Kind kind) {
        return new Alert("a-1", kind, "subject", "text", Map.of("unit", "PERHUBUNGAN"));
    }
}
