package id.aduan.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.kernel.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplySituationTest {

    private static final Instant POSTED = Instant.parse("2026-03-02T01:00:00Z");
    private static final String COMMENT = "17900000000000102";
    private static final String TOP_LEVEL = "17900000000000101";
    private static final String IGSID = "6543210987654321";

    @Test
    void commentComplaintIsAnsweredUnderItsTopLevelCommentAndPrivatelyToItsAuthor() {
        var opening = ReporterMessage.received(COMMENT, Channel.COMMENT, "Jalan rusak", List.of(), POSTED);

        var situation = ReplySituation.of(detail(Channel.COMMENT, new ReplyTarget(ReplyTarget.Kind.COMMENT, TOP_LEVEL),
                List.of(opening), List.of()), false);

        assertThat(situation.comment()).contains(new ReportedComment(COMMENT, Optional.of(TOP_LEVEL), POSTED, false, false));
        assertThat(situation.conversation()).isEmpty();
    }

    @Test
    void privateReplySentOrMaybeSentAndHidingAreReadFromTheTimeline() {
        var opening = ReporterMessage.received(COMMENT, Channel.COMMENT, "Jalan rusak", List.of(), POSTED);
        var sent = ReplyTimeline.sent("r1", ReplyMethod.PRIVATE_REPLY, COMMENT, "m1", POSTED.plusSeconds(60), "graph-api");
        var hidden = new TimelineEvent("hide/" + COMMENT, POSTED.plusSeconds(90), ReplyTimeline.SENDER,
                TimelineEvent.Type.COMMENT_HIDDEN, null, Map.of("instagramId", COMMENT));

        var situation = ReplySituation.of(detail(Channel.COMMENT, new ReplyTarget(ReplyTarget.Kind.COMMENT, COMMENT),
                List.of(opening), List.of(sent, hidden)), false);

        assertThat(situation.comment()).hasValueSatisfying(comment -> {
            assertThat(comment.privateReplySent()).isTrue();
            assertThat(comment.hidden()).isTrue();
            assertThat(comment.parentCommentId()).isEmpty();
        });
    }

    @Test
    void directMessageWindowRunsFromTheReportersLatestMessage() {
        var first = ReporterMessage.received("m1", Channel.DM, "Lampu mati", List.of(), POSTED);
        var later = ReporterMessage.received("m2", Channel.DM, "Masih mati", List.of(), POSTED.plus(Duration.ofDays(2)));

        var situation = ReplySituation.of(detail(Channel.DM, new ReplyTarget(ReplyTarget.Kind.DM, IGSID),
                List.of(first, later), List.of()), true);

        assertThat(situation.conversation()).contains(new DirectConversation(IGSID, POSTED.plus(Duration.ofDays(2))));
        assertThat(situation.comment()).isEmpty();
        assertThat(situation.humanAgentEnabled()).isTrue();
    }

    private static ComplaintDetail detail(Channel channel, ReplyTarget target, List<ReporterMessage> messages,
                                          List<TimelineEvent> timeline) {
        var complaint = Complaint.open(new ComplaintId("01JAAAAAAAAAAAAAAAAAAAAAAA"), new TrackingCode("ADU-7K3Q9"),
                "17841400000000001", new Reporter(IGSID, null), messages.getFirst(), target, false,
                TriageState.PENDING, Priority.NORMAL, null);
        assertThat(complaint.channel()).isEqualTo(channel);
        return new ComplaintDetail(complaint, messages, timeline);
    }
}
