package id.aduan.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.kernel.Tenant;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DueEntryTest {

    private static final Keys.TenantKeys GARUT = Keys.of(new Tenant("32.05"));
    private static final Instant DUE = Instant.parse("2026-12-05T03:25:00Z");

    @Test
    void aComplaintsDueEntryReadsAsTheComplaintItemReadsIt() {
        var complaint = new ComplaintItem();
        complaint.pk = GARUT.complaint(new ComplaintId("01KZPVSKYG1KJB8BFYR8EXWHEH"));
        complaint.sk = Keys.COMPLAINT_SK;
        complaint.status = "NEW";
        complaint.duePartition = GARUT.slaPartition(2);
        complaint.dueOrder = Keys.due(DUE, "01KZPVSKYG1KJB8BFYR8EXWHEH");

        assertReadsAsTheSchema(ComplaintItem.SCHEMA, complaint, read -> read.pk, read -> read.sk, read -> read.dueOrder);
    }

    @Test
    void aHeldDeliverysDueEntryReadsAsTheDeliveryItemReadsIt() {
        var delivery = new RawDeliveryItem();
        delivery.pk = Keys.rawDelivery("9f2c");
        delivery.sk = Keys.RAW_SK;
        delivery.status = "FAILED";
        delivery.duePartition = Keys.RETRY_PARTITION;
        delivery.dueOrder = Keys.due(DUE, "9f2c");

        assertReadsAsTheSchema(RawDeliveryItem.SCHEMA, delivery, read -> read.pk, read -> read.sk, read -> read.dueOrder);
    }

    @Test
    void aMentionFetchsDueEntryReadsAsTheFetchItemReadsIt() {
        var fetch = new MentionFetchItem();
        fetch.pk = GARUT.mentionFetch(new ComplaintId("01KZPVSKYG1KJB8BFYR8EXWHEH"));
        fetch.sk = Keys.FETCH_SK;
        fetch.complaintId = "01KZPVSKYG1KJB8BFYR8EXWHEH";
        fetch.duePartition = GARUT.fetchPartition();
        fetch.dueOrder = Keys.due(DUE, "01KZPVSKYG1KJB8BFYR8EXWHEH");

        assertReadsAsTheSchema(MentionFetchItem.SCHEMA, fetch, read -> read.pk, read -> read.sk, read -> read.dueOrder);
    }

    @Test
    void anEntryPointsAtTheKeyOfItsItem() {
        var entry = new DueEntry(Keys.rawDelivery("9f2c"), Keys.RAW_SK, Keys.due(DUE, "9f2c"));

        assertThat(entry.key()).isEqualTo(Map.of(Keys.PK, AttributeValue.fromS(Keys.rawDelivery("9f2c")),
                Keys.SK, AttributeValue.fromS(Keys.RAW_SK)));
    }

    /** The due index projects keys only: the table's and its own. */
    private static <T> void assertReadsAsTheSchema(ItemCodec<T> schema, T item,
                                                   java.util.function.Function<T, String> pk,
                                                   java.util.function.Function<T, String> sk,
                                                   java.util.function.Function<T, String> dueOrder) {
        var projected = schema.itemToMap(item).entrySet().stream()
                .filter(attribute -> Set.of(Keys.PK, Keys.SK, Keys.DUE_PK, Keys.DUE_SK).contains(attribute.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        var bySchema = schema.mapToItem(projected);

        assertThat(DueEntry.of(projected))
                .isEqualTo(new DueEntry(pk.apply(bySchema), sk.apply(bySchema), dueOrder.apply(bySchema)));
    }
}
