package id.aduan.adapters.dynamodb;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.kernel.Tenant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A complaint's item exactly as the stores write it, index keys included, for tools that fill a table in
 * bulk (benchmarks); Aduan's own writes go through the stores' conditional transactions.
 */
public final class ComplaintItems {

    private ComplaintItems() {
    }

    public static Map<String, AttributeValue> of(Tenant tenant, Complaint complaint) {
        return ComplaintItem.SCHEMA.itemToMap(ItemMapping.toItem(Keys.of(tenant), complaint));
    }
}
