package id.aduan.slamonitor;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.dynamodb.DynamoDbAlertOutbox;
import id.aduan.adapters.json.Json;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.sns.SnsAlertPublisher;
import id.aduan.core.alert.SlaSweep;
import id.aduan.core.kernel.Tenant;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.TestClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One warm SLA monitor container against the emulator, with a clock and faults the test controls. */
final class SlaMonitor {

    static final String SCHEDULED_EVENT = """
            {"version":"0","id":"0c7a","detail-type":"Scheduled Event","source":"aws.events",
            "account":"123456789012","time":"2026-02-18T05:00:00Z","region":"ap-southeast-3",
            "resources":["arn:aws:events:ap-southeast-3:123456789012:rule/every-minute"],"detail":{}}""";

    final Deployment deployment;
    final TestClock clock;
    final Faults faults = new Faults();
    final Wiring wiring;
    final Complaints complaints;
    final Tenant tenant;

    SlaMonitor(Deployment deployment, Instant start) {
        this.deployment = deployment;
        this.clock = new TestClock(start);
        var settings = new Settings(deployment.environment("SlaMonitorFunction"));
        var runtime = new FunctionRuntime("sla-monitor", settings, clock);
        this.tenant = TenantSettings.configured(settings).first();
        this.wiring = new Wiring(runtime, tenant -> {
            var stores = Wiring.TenantStores.of(runtime.table(), runtime, tenant);
            return new Wiring.TenantStores(faults.store(stores.sla()), faults.outbox(stores.outbox()), stores.digest(),
                    stores.config());
        }, new DynamoDbAlertOutbox(runtime.table()),
                faults.publisher(new SnsAlertPublisher(runtime.aws()::sns, settings.required("ALERTS_TOPIC_ARN"))));
        this.complaints = new Complaints(runtime.table().forTenant(tenant));
    }

    /** The sweep of the stack's one tenant, to run with a deadline the test controls. */
    SlaSweep sweep() {
        return wiring.tenants.of(tenant).sweep();
    }

    /** Runs the scheduled sweep at {@code now} through its handler; returns its report. */
    JsonNode sweepAt(Instant now) {
        clock.set(now);
        return invoke(new SlaSweepHandler(wiring), SCHEDULED_EVENT);
    }

    JsonNode digestAt(Instant now) {
        clock.set(now);
        return invoke(new DailyDigestHandler(wiring), SCHEDULED_EVENT);
    }

    /** The stored complaint item, as DynamoDB holds it. */
    Map<String, AttributeValue> item(String pk, String sk) {
        return deployment.dynamoDb().getItem(request -> request.tableName(deployment.ref("ComplaintsTable"))
                .consistentRead(true).key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk))))
                .item();
    }

    List<Map<String, AttributeValue>> items(String pkPrefix) {
        return deployment.items("ComplaintsTable").stream()
                .filter(item -> item.get("PK").s().startsWith(pkPrefix)).toList();
    }

    private static JsonNode invoke(RequestStreamHandler handler, String event) {
        try {
            var out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
            return Json.mapper().readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
