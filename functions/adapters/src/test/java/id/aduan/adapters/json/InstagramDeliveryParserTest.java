package id.aduan.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.complaint.MediaRef;
import id.aduan.core.ingest.DeliveryItem;
import id.aduan.core.ingest.DeliveryTimes;
import id.aduan.core.ingest.InstagramChange;
import id.aduan.core.ingest.InstagramChange.CitizenComment;
import id.aduan.core.ingest.InstagramChange.CitizenMessage;
import id.aduan.core.ingest.NotAnInstagramDelivery;
import id.aduan.testkit.InstagramFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstagramDeliveryParserTest {

    private static final Instant RECEIVED = Instant.parse("2026-08-05T04:00:00Z");
    private final InstagramDeliveryParser parser = new InstagramDeliveryParser();

    @Test
    void commentInChangesIsReadWithAuthorMediaAndSecondsTimestamp() throws Exception {
        var comment = (CitizenComment) onlyChange("comment-complaint.json");

        assertThat(comment.account()).isEqualTo("17841400000000001");
        assertThat(comment.commentId()).isEqualTo("17900000000000101");
        assertThat(comment.author().username()).isEqualTo("warga_cibiru");
        assertThat(comment.mediaProductType()).isEqualTo("FEED");
        assertThat(comment.isReply()).isFalse();
        assertThat(comment.occurredAt()).isEqualTo(Instant.ofEpochSecond(1785900000));
    }

    @Test
    void flatEntryWithoutChangesArrayIsReadAsAChange() throws Exception {
        assertThat(onlyChange("comment-flat-entry.json")).isInstanceOf(CitizenComment.class);
    }

    @Test
    void commentIdFallsBackToCommentIdField() throws Exception {
        assertThat(((CitizenComment) onlyChange("comment-id-as-comment_id.json")).commentId())
                .isEqualTo("17900000000000105");
    }

    @Test
    void commentByTheAccountItselfIsAnOwnComment() throws Exception {
        var own = (InstagramChange.OwnComment) onlyChange("comment-own-reply.json");

        assertThat(own.parentId()).isEqualTo("17900000000000101");
        assertThat(own.text()).contains("kode ADU-7K3Q9");
    }

    @Test
    void liveCommentIsMarkedLive() throws Exception {
        assertThat(((CitizenComment) onlyChange("live-comment.json")).live()).isTrue();
    }

    @Test
    void mentionsOfACommentAndOfACaptionAreRead() throws Exception {
        var ofComment = (InstagramChange.Mention) onlyChange("mention-comment.json");
        var ofCaption = (InstagramChange.Mention) onlyChange("mention-caption.json");

        assertThat(ofComment.commentId()).isEqualTo("17900000000000109");
        assertThat(ofComment.inCaption()).isFalse();
        assertThat(ofCaption.inCaption()).isTrue();
        assertThat(ofCaption.mediaId()).isEqualTo("18034567890123601");
    }

    @Test
    void directMessageKeepsItsMillisecondTimestampAndAttachments() throws Exception {
        var message = (CitizenMessage) onlyChange("dm-followup.json");

        assertThat(message.senderId()).isEqualTo("6123456789012404");
        assertThat(message.occurredAt()).isEqualTo(Instant.ofEpochMilli(1785902300000L));
        assertThat(message.attachments()).containsExactly(MediaRef.attachment("image",
                "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=17900000000000200&signature=example"));
    }

    @Test
    void storyMentionIsAMessageWithAStoryMentionAttachment() throws Exception {
        assertThat(((CitizenMessage) onlyChange("dm-story-mention.json")).isStoryMention()).isTrue();
    }

    @Test
    void echoUnsendAndEditAreTheirOwnKinds() throws Exception {
        assertThat(onlyChange("dm-echo.json")).isInstanceOfSatisfying(InstagramChange.EchoMessage.class,
                echo -> assertThat(echo.text()).startsWith("Baik, laporan Anda kami terima dengan kode ADU-9PX2M"));
        assertThat(onlyChange("dm-deleted.json")).isInstanceOf(InstagramChange.MessageUnsent.class);
        var edit = (InstagramChange.MessageEdit) onlyChange("dm-edit.json");
        assertThat(edit.editNumber()).isEqualTo(1);
        assertThat(edit.text()).contains("Jl. Ir. H. Juanda");
    }

    @Test
    void dashboardTestIsRecognisedByAccountZero() throws Exception {
        assertThat(onlyChange("dashboard-test.json")).isInstanceOf(InstagramChange.DashboardTest.class);
    }

    @Test
    void batchYieldsEveryChangeWithItsLocation() throws Exception {
        var items = parser.parse(InstagramFixtures.read("batch-mixed.json"), RECEIVED);

        assertThat(items).extracting(DeliveryItem::location).containsExactly("entry[0].changes[0]",
                "entry[0].changes[1]", "entry[0].changes[2]", "entry[1].messaging[0]", "entry[1].messaging[1]");
    }

    @Test
    void unreadableElementIsReportedWithoutSpoilingTheOthers() throws Exception {
        var items = parse("""
                {"object":"instagram","entry":[{"id":"1","time":1785900000,"changes":[
                  {"field":"comments","value":{"text":"no id"}},
                  {"field":"comments","value":{"id":"9","from":{"id":"2"},"text":"ok"}},
                  {"field":"comments"}]},
                 {"time":1},
                 {"id":"1","messaging":[{"recipient":{"id":"1"},"message":{"mid":"m","text":"no sender"}}]}]}""");

        assertThat(items).extracting(item -> item instanceof DeliveryItem.Malformed)
                .containsExactly(true, false, true, true, true);
        assertThat(((DeliveryItem.Malformed) items.get(4)).problem()).isEqualTo("message has no sender.id");
    }

    @Test
    void textWithALoneSurrogateIsUnreadableButAWholePairIsText() throws Exception {
        var items = parse("""
                {"object":"instagram","entry":[{"id":"1","time":1785900000,"changes":[
                  {"field":"comments","value":{"id":"8","from":{"id":"2"},"text":"rusak \\ud800 parah"}},
                  {"field":"comments","value":{"id":"9","from":{"id":"2"},"text":"rusak \\ud83d\\ude21 parah"}}]},
                 {"id":"1","messaging":[{"sender":{"id":"2"},"recipient":{"id":"1"},"timestamp":1785900000000,
                  "message":{"mid":"m","text":"\\udc00"}}]}]}""");

        assertThat(items).extracting(item -> item instanceof DeliveryItem.Malformed).containsExactly(true, false, true);
        assertThat(((DeliveryItem.Malformed) items.getFirst()).problem()).contains("lone surrogate");
    }

    @Test
    void changesAndEventsAduanDoesNotActOnAreUnsupportedNotErrors() throws Exception {
        var items = parse("""
                {"object":"instagram","entry":[{"id":"1","time":1785900000,
                  "changes":[{"field":"story_insights","value":{"media_id":"5"}}],
                  "messaging":[{"sender":{"id":"2"},"recipient":{"id":"1"},"timestamp":1785900000000,"read":{"mid":"m"}}]}]}""");

        assertThat(items).extracting(item -> ((DeliveryItem.Change) item).change())
                .allSatisfy(change -> assertThat(change).isInstanceOf(InstagramChange.Unsupported.class));
    }

    @Test
    void timeMissingFromTheDeliveryIsTheReceiptTime() throws Exception {
        var items = parse("""
                {"object":"instagram","entry":[{"id":"1","messaging":[{"sender":{"id":"2"},"recipient":{"id":"1"},
                  "message":{"mid":"m","text":"halo"}}]}]}""");

        assertThat(((DeliveryItem.Change) items.getFirst()).change().occurredAt()).isEqualTo(RECEIVED);
    }

    @ParameterizedTest
    @CsvSource({"-5, 1969-12-31T23:59:55Z", "1286323199, 2010-10-05T23:59:59Z", "1786000000, 2026-08-06T07:06:40Z"})
    void aTimeThatCannotBeTrueIsReplacedByTheReceiptTimeAndKept(long entryTime, Instant claimed) throws Exception {
        var comment = (CitizenComment) change("""
                {"object":"instagram","entry":[{"id":"1","time":%d,"changes":[{"field":"comments",
                  "value":{"id":"c","from":{"id":"2"},"text":"jalan rusak"}}]}]}""".formatted(entryTime));
        var message = (CitizenMessage) change("""
                {"object":"instagram","entry":[{"id":"1","time":%d,"messaging":[{"sender":{"id":"2"},
                  "recipient":{"id":"1"},"message":{"mid":"m","text":"halo"}}]}]}""".formatted(entryTime));

        assertThat(comment.occurredAt()).isEqualTo(RECEIVED);
        assertThat(comment.instagramTime()).isEqualTo(claimed);
        assertThat(message.occurredAt()).isEqualTo(RECEIVED);
        assertThat(message.instagramTime()).isEqualTo(claimed);
    }

    @Test
    void aPlausibleTimeIsKeptAsItIs() throws Exception {
        var dayAhead = RECEIVED.plus(DeliveryTimes.MOST_AHEAD_OF_RECEIPT);
        var comment = (CitizenComment) change("""
                {"object":"instagram","entry":[{"id":"1","time":%d,"changes":[{"field":"comments",
                  "value":{"id":"c","from":{"id":"2"},"text":"jalan rusak"}}]}]}""".formatted(dayAhead.getEpochSecond()));

        assertThat(comment.occurredAt()).isEqualTo(dayAhead);
        assertThat(comment.instagramTime()).isNull();
    }

    @Test
    void bodiesThatAreNotInstagramDeliveriesAreRefused() {
        assertThatThrownBy(() -> parse("not json")).isInstanceOf(NotAnInstagramDelivery.class).hasMessage("body is not JSON");
        assertThatThrownBy(() -> parse("[1,2]")).isInstanceOf(NotAnInstagramDelivery.class);
        assertThatThrownBy(() -> parse("{\"object\":\"page\",\"entry\":[]}")).isInstanceOf(NotAnInstagramDelivery.class);
        assertThatThrownBy(() -> parse("{\"object\":\"instagram\",\"entry\":{}}")).isInstanceOf(NotAnInstagramDelivery.class);
    }

    private InstagramChange change(String body) throws NotAnInstagramDelivery {
        return ((DeliveryItem.Change) parse(body).getFirst()).change();
    }

    private InstagramChange onlyChange(String fixture) throws NotAnInstagramDelivery {
        var items = parser.parse(InstagramFixtures.read(fixture), RECEIVED);
        assertThat(items).hasSize(1);
        return ((DeliveryItem.Change) items.getFirst()).change();
    }

    private List<DeliveryItem> parse(String body) throws NotAnInstagramDelivery {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8), RECEIVED);
    }
}
