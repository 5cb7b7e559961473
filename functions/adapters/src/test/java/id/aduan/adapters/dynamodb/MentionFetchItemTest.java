package id.aduan.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.ingest.PendingFetch;
import id.aduan.core.kernel.Tenant;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MentionFetchItemTest {

    private static final Keys.TenantKeys GARUT = Keys.of(new Tenant("32.05"));

    @Test
    void aStoredFetchReadsBackAsThePendingFetchItWasWrittenFor() {
        var stored = fetch(3);

        assertThat(MentionFetchItem.SCHEMA.mapToItem(MentionFetchItem.SCHEMA.itemToMap(stored)).toPendingFetch())
                .isEqualTo(new PendingFetch(new ComplaintId("01KZPVSKYG1KJB8BFYR8EXWHEH"), Channel.MENTION_COMMENT, "17990001", 3));
    }

    @Test
    void aFetchStoredWithoutAttemptsHasMadeNone() {
        var stored = fetch(null);

        assertThat(MentionFetchItem.SCHEMA.mapToItem(MentionFetchItem.SCHEMA.itemToMap(stored)).toPendingFetch().attempts()).isZero();
    }

    private static MentionFetchItem fetch(Integer attempts) {
        var item = new MentionFetchItem();
        item.pk = GARUT.mentionFetch(new ComplaintId("01KZPVSKYG1KJB8BFYR8EXWHEH"));
        item.sk = Keys.FETCH_SK;
        item.complaintId = "01KZPVSKYG1KJB8BFYR8EXWHEH";
        item.channel = Channel.MENTION_COMMENT.name();
        item.objectId = "17990001";
        item.attempts = attempts;
        item.duePartition = GARUT.fetchPartition();
        item.dueOrder = Keys.due(Instant.parse("2026-12-05T03:25:00Z"), "01KZPVSKYG1KJB8BFYR8EXWHEH");
        return item;
    }
}
