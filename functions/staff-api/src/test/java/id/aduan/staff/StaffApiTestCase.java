package id.aduan.staff;

import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What most staff API tests start from, set up before their own set-up: the real handler against the
 * emulator (reset before every test), a seed of complaints, the triage team as caller and the time the
 * test started.
 */
@ExtendWith(AwsEmulatorExtension.class)
abstract class StaffApiTestCase {

    Deployment deployment;
    StaffApi api;
    Seed seed;
    StaffApi.Caller triage;
    Instant now;

    @BeforeEach
    final void startStaffApi(Deployment deployment) {
        this.deployment = deployment;
        api = new StaffApi(deployment);
        seed = new Seed(api);
        triage = api.triage();
        now = Instant.now();
    }
}
