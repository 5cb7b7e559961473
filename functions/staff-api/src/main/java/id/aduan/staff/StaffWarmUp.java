package id.aduan.staff;

import id.aduan.adapters.http.ApiGatewayEvents;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.config.ConfigSection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Exercises, without writing anything, what a first staff request runs: reading an event, the claims,
 * a configuration read (a DynamoDB GetItem) and writing a JSON response.
 */
final class StaffWarmUp implements Runnable {

    private final Wiring wiring;

    StaffWarmUp(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public void run() {
        try {
            var out = new ByteArrayOutputStream();
            ApiGatewayEvents.write(HttpResponse.json(200, Map.of("warm", "up")), out);
            ApiGatewayEvents.read(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StaffClaims.member(Map.of("sub", "warm-up", "cognito:groups", "[viewer]", "token_use", "id"))
                .ifPresent(viewer -> wiring.desks(wiring.tenants.first()).configDesk.read(ConfigSection.UNITS, viewer));
    }
}
