package id.aduan.bench;

import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.kernel.Status;
import id.aduan.core.kernel.Tenant;
import id.aduan.testkit.Deployment;
import java.util.List;

/**
 * The complaints a benchmark put into its deployment, read through the store the functions use, as the
 * deployment's first government (the one every benchmark's complaints arrive for).
 */
final class BenchComplaints {

    private BenchComplaints() {
    }

    static Tenant tenant(Deployment deployment) {
        return TenantSettings.configured(new Settings(deployment.environment("StaffApiFunction"))).first();
    }

    static DynamoDbComplaintStore store(Deployment deployment) {
        return new DynamoDbComplaintStore(new ComplaintTable(deployment.dynamoDb(), deployment.ref("ComplaintsTable"))
                .forTenant(tenant(deployment)));
    }

    /** The ids of every new complaint, oldest first. */
    static List<String> newIds(Deployment deployment) {
        return store(deployment).newest(Status.NEW, Integer.MAX_VALUE).reversed().stream()
                .map(complaint -> complaint.id().value()).toList();
    }

    static Complaint stored(Deployment deployment, String id) {
        return store(deployment).load(new ComplaintId(id)).orElseThrow().complaint();
    }
}
