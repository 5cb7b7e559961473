package id.aduan.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.kernel.Tenant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class KeyOwnershipTest {

    private static final Tenant BANDUNG = new Tenant("32.73");

    @Test
    void everyPartitionAGovernmentOwnsIsTheTenantsAndThePlatformsStayTheirs() {
        for (String pk : new String[] {"C#01KZ", "IG#c:1", "T#17841:99", "AWAIT#17841:99", "CODE#ADU-7K3Q9", "CFG#TRIAGE",
                "LEARN#2026-12-01", "TEXTHASH#ab12", "STAFF#u-9", "FETCH#01KZ", "ALERTGROUPS#2026-12-01"}) {
            assertThat(ownerOf(item(pk, "X"))).as(pk).isEqualTo(KeyOwnership.Owner.TENANT);
        }
        for (String pk : new String[] {"RAW#ab12", "HELD#17841", "UNKNOWN_ACCOUNTS", "ACTIVITY", "PAUSE#17841",
                "PRIVATE_REPLIES#17841", "NOTICE#17841"}) {
            assertThat(ownerOf(item(pk, "X"))).as(pk).isEqualTo(KeyOwnership.Owner.PLATFORM);
        }
    }

    @Test
    void theAccountsSectionAndOperationsAlertsAreThePlatformsInPartitionsAGovernmentOwns() {
        var operations = item("ALERTS#2026-12-01", "operations/delivery-dead/x");
        operations.put("kind", AttributeValue.fromS("OPERATIONS"));
        var breach = item("ALERTS#2026-12-01", "sla/x");
        breach.put("kind", AttributeValue.fromS("SLA_BREACH"));

        assertThat(ownerOf(item("CFG", "ACCOUNTS"))).isEqualTo(KeyOwnership.Owner.PLATFORM);
        assertThat(ownerOf(item("CFG", "UNITS"))).isEqualTo(KeyOwnership.Owner.TENANT);
        assertThat(ownerOf(operations)).isEqualTo(KeyOwnership.Owner.PLATFORM);
        assertThat(ownerOf(breach)).isEqualTo(KeyOwnership.Owner.TENANT);
    }

    @Test
    void aKeyAlreadyUnderATenantIsRecognisedAndKeepsItsKind() {
        assertThat(KeyOwnership.underATenant("32.73#C#01KZ")).isTrue();
        assertThat(KeyOwnership.underATenant("32#CFG")).isTrue();
        assertThat(KeyOwnership.underATenant("C#01KZ")).isFalse();
        assertThat(KeyOwnership.underATenant("6123456789012345")).isFalse();
        assertThat(KeyOwnership.partitionOf("32.73#C#01KZ")).map(KeyOwnership.Partition::prefix).hasValue("C#");
        assertThat(KeyOwnership.partitionOf("SOMETHING#NEW")).isEmpty();
    }

    @Test
    void movingPrefixesThePartitionKeyAndEveryIndexPartitionButNotSortKeysNorThePlatformsDuePartitions() {
        var complaint = item("C#01KZ", "META");
        complaint.put("GSI1PK", AttributeValue.fromS("STATUS#NEW"));
        complaint.put("GSI1SK", AttributeValue.fromS("2026-12-01T01:00:00.000Z#01KZ"));
        complaint.put("UNITPK", AttributeValue.fromS("UNIT#BENCANA#NEW"));
        complaint.put("ASGPK", AttributeValue.fromS("ASSIGNEE#u-9#NEW"));
        complaint.put("DUEPK", AttributeValue.fromS("SLA#2"));
        complaint.put("DUPPK", AttributeValue.fromS("DUP#BENCANA"));
        complaint.put("PERIODPK", AttributeValue.fromS("PERIOD#2026-12"));
        complaint.put("REPORTERPK", AttributeValue.fromS("6123456789012345"));
        complaint.put("text", AttributeValue.fromS("STATUS#NEW is only text here"));
        var retried = item("C#01KZ", "META");
        retried.put("DUEPK", AttributeValue.fromS("RETRY"));

        var moved = KeyOwnership.underTenant(complaint, BANDUNG);

        assertThat(moved).containsEntry("PK", AttributeValue.fromS("32.73#C#01KZ"))
                .containsEntry("SK", AttributeValue.fromS("META"))
                .containsEntry("GSI1PK", AttributeValue.fromS("32.73#STATUS#NEW"))
                .containsEntry("GSI1SK", AttributeValue.fromS("2026-12-01T01:00:00.000Z#01KZ"))
                .containsEntry("UNITPK", AttributeValue.fromS("32.73#UNIT#BENCANA#NEW"))
                .containsEntry("ASGPK", AttributeValue.fromS("32.73#ASSIGNEE#u-9#NEW"))
                .containsEntry("DUEPK", AttributeValue.fromS("32.73#SLA#2"))
                .containsEntry("DUPPK", AttributeValue.fromS("32.73#DUP#BENCANA"))
                .containsEntry("PERIODPK", AttributeValue.fromS("32.73#PERIOD#2026-12"))
                .containsEntry("REPORTERPK", AttributeValue.fromS("32.73#6123456789012345"))
                .containsEntry("text", AttributeValue.fromS("STATUS#NEW is only text here"))
                .hasSameSizeAs(complaint);
        assertThat(KeyOwnership.underTenant(retried, BANDUNG)).containsEntry("DUEPK", AttributeValue.fromS("RETRY"));
    }

    private static KeyOwnership.Owner ownerOf(Map<String, AttributeValue> item) {
        return KeyOwnership.partitionOf(item.get("PK").s()).orElseThrow().ownerOf(item);
    }

    private static Map<String, AttributeValue> item(String pk, String sk) {
        var item = new HashMap<String, AttributeValue>();
        item.put("PK", AttributeValue.fromS(pk));
        item.put("SK", AttributeValue.fromS(sk));
        return item;
    }
}
