package id.aduan.adapters.dynamodb;

import id.aduan.core.desk.StaffDirectory;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The directory of signed-in staff in the complaints table: one item per member
 * ({@code <t>#STAFF#<id>} / {@code STAFF}) with the name their token last gave and when. A container
 * writes a member's item once per name it sees, not on every request.
 */
public final class DynamoDbStaffDirectory implements StaffDirectory {

    private final ComplaintTable table;
    private final Keys.TenantKeys keys;
    private final Clock clock;
    private final Map<String, String> recorded = new ConcurrentHashMap<>();

    public DynamoDbStaffDirectory(ComplaintTable table, Clock clock) {
        this.table = table;
        this.keys = table.tenantKeys(DynamoDbStaffDirectory.class);
        this.clock = clock;
    }

    @Override
    public void record(String staffId, String name) {
        if (name == null || name.equals(recorded.get(staffId))) {
            return;
        }
        table.client.putItem(request -> request.tableName(table.name).item(Map.of(
                Keys.PK, AttributeValue.fromS(keys.staffMember(staffId)),
                Keys.SK, AttributeValue.fromS(Keys.STAFF_SK),
                "name", AttributeValue.fromS(name),
                "seenAt", AttributeValue.fromS(Keys.time(clock.instant())))));
        recorded.put(staffId, name);
    }

    @Override
    public Optional<String> nameOf(String staffId) {
        var item = table.client.getItem(request -> request.tableName(table.name).consistentRead(true).key(Map.of(
                Keys.PK, AttributeValue.fromS(keys.staffMember(staffId)),
                Keys.SK, AttributeValue.fromS(Keys.STAFF_SK)))).item();
        return Optional.ofNullable(item.get("name")).map(AttributeValue::s);
    }
}
