package id.aduan.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import id.aduan.adapters.aws.AwsClients;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.config.TriageSettings;
import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.json.Json;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ComplaintStore;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.kernel.Status;
import id.aduan.core.kernel.Tenant;
import id.aduan.testkit.AwsEmulator;
import id.aduan.testkit.SamTemplate;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Read-only look-ups in the table of the running local run, through the store the functions use: by
 * tracking code, or the newest complaints per status (one Query per status, never a Scan).
 */
final class ComplaintLookup {

    /** Ids and tracking codes print as their text, not as {"value": …}. */
    private static final ObjectWriter PRINTER = Json.mapper().copy()
            .registerModule(new SimpleModule()
                    .addSerializer(ComplaintId.class, ToStringSerializer.instance)
                    .addSerializer(TrackingCode.class, ToStringSerializer.instance))
            .writerWithDefaultPrettyPrinter();

    private final ComplaintStore store;

    ComplaintLookup(ComplaintStore store) {
        this.store = store;
    }

    /** The complaints of the local run's first government, the one its template's defaults serve. */
    static ComplaintLookup of(LocalState.Run run) {
        return new ComplaintLookup(new DynamoDbComplaintStore(new ComplaintTable(dynamoDb(run), tableOf(run))
                .forTenant(firstTenant(SamTemplate.locate()))));
    }

    /** The template's {@code Tenants}, else its {@code HomeRegionCode}, as every function reads them. */
    static Tenant firstTenant(SamTemplate template) {
        var defaults = template.parameterDefaults();
        var settings = new HashMap<String, String>();
        settings.put(TenantSettings.TENANTS, String.valueOf(defaults.getOrDefault("Tenants", "")));
        settings.put(TriageSettings.HOME_REGION_CODE, String.valueOf(defaults.getOrDefault("HomeRegionCode", "")));
        return TenantSettings.configured(new Settings(settings)).first();
    }

    /** A client of the running local run's emulator. */
    static DynamoDbClient dynamoDb(LocalState.Run run) {
        var settings = new Settings(Map.of(
                "AWS_REGION", AwsEmulator.REGION,
                "AWS_ENDPOINT_URL", run.awsEndpoint(),
                "AWS_ACCESS_KEY_ID", AwsEmulator.ACCESS_KEY,
                "AWS_SECRET_ACCESS_KEY", AwsEmulator.SECRET_KEY));
        return new AwsClients(settings, List.of()).dynamoDb();
    }

    static String tableOf(LocalState.Run run) {
        if (run.tableName() == null) {
            throw new IllegalStateException("the running local run has no table for complaints");
        }
        return run.tableName();
    }

    Optional<ComplaintDetail> byTrackingCode(TrackingCode code) {
        return store.findByTrackingCode(code).flatMap(store::load);
    }

    /** The newest complaints in {@code status}, or in any status when it is empty; newest first. */
    List<Complaint> newest(Optional<Status> status, int limit) {
        var statuses = status.map(List::of).orElse(Arrays.asList(Status.values()));
        return statuses.stream()
                .flatMap(s -> store.newest(s, limit).stream())
                .sorted(Comparator.comparing(Complaint::receivedAt).reversed())
                .limit(limit)
                .toList();
    }

    static String print(Object value) {
        try {
            return PRINTER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
