package id.aduan.core.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import id.aduan.core.complaint.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplyPlanTest {

    private static final Instant POSTED = Instant.parse("2026-03-02T01:00:00Z");
    private static final String IGSID = "6543210987654321";

    @Test
    void freshCommentCanBeAnsweredPubliclyAndPrivately() {
        ReplyPlan plan = ReplyPlan.of(comment(topLevel()), POSTED.plus(Duration.ofHours(2)));

        assertThat(plan.options()).containsExactly(
                new ReplyOption(ReplyMethod.PUBLIC_COMMENT_REPLY, "17900000000000001", Optional.empty()),
                new ReplyOption(ReplyMethod.PRIVATE_REPLY, "17900000000000001", Optional.of(POSTED.plus(Duration.ofDays(7)))));
        assertThat(plan.unavailable()).containsOnly(
                entry(ReplyMethod.DM, Unavailable.NO_MESSAGE_FROM_REPORTER),
                entry(ReplyMethod.DM_HUMAN_AGENT, Unavailable.NO_MESSAGE_FROM_REPORTER));
    }

    @Test
    void publicReplyToAReplyGoesUnderTheTopLevelComment() {
        ReportedComment reply = new ReportedComment("17900000000000002", Optional.of("17900000000000001"), POSTED, false, false);

        ReplyPlan plan = ReplyPlan.of(comment(reply), POSTED);

        assertThat(plan.option(ReplyMethod.PUBLIC_COMMENT_REPLY)).get()
                .extracting(ReplyOption::target).isEqualTo("17900000000000001");
        assertThat(plan.option(ReplyMethod.PRIVATE_REPLY)).get()
                .extracting(ReplyOption::target).isEqualTo("17900000000000002");
    }

    @Test
    void liveCommentCannotBeAnsweredPublicly() {
        ReplySituation live = new ReplySituation(Channel.LIVE_COMMENT, Optional.of(topLevel()), Optional.empty(), false);

        ReplyPlan plan = ReplyPlan.of(live, POSTED);

        assertThat(plan.unavailable()).containsEntry(ReplyMethod.PUBLIC_COMMENT_REPLY, Unavailable.LIVE_COMMENT);
        assertThat(plan.option(ReplyMethod.PRIVATE_REPLY)).isPresent();
    }

    @Test
    void hiddenCommentCannotBeAnsweredPublicly() {
        ReportedComment hidden = new ReportedComment("17900000000000001", Optional.empty(), POSTED, true, false);

        ReplyPlan plan = ReplyPlan.of(comment(hidden), POSTED);

        assertThat(plan.unavailable()).containsEntry(ReplyMethod.PUBLIC_COMMENT_REPLY, Unavailable.COMMENT_HIDDEN);
    }

    @Test
    void privateReplyIsUsedOncePerComment() {
        ReportedComment answered = new ReportedComment("17900000000000001", Optional.empty(), POSTED, false, true);

        ReplyPlan plan = ReplyPlan.of(comment(answered), POSTED);

        assertThat(plan.unavailable()).containsEntry(ReplyMethod.PRIVATE_REPLY, Unavailable.PRIVATE_REPLY_ALREADY_SENT);
    }

    @Test
    void privateReplyClosesSevenDaysAfterTheComment() {
        Instant closes = POSTED.plus(Duration.ofDays(7));

        assertThat(ReplyPlan.of(comment(topLevel()), closes.minusSeconds(1)).option(ReplyMethod.PRIVATE_REPLY)).isPresent();
        assertThat(ReplyPlan.of(comment(topLevel()), closes).unavailable())
                .containsEntry(ReplyMethod.PRIVATE_REPLY, Unavailable.PRIVATE_REPLY_EXPIRED);
    }

    @Test
    void directMessageIsOpenFor24HoursAfterTheCitizensLastMessage() {
        Instant closes = POSTED.plus(Duration.ofHours(24));

        ReplyPlan open = ReplyPlan.of(directMessage(true), closes.minusSeconds(1));
        ReplyPlan closed = ReplyPlan.of(directMessage(false), closes);

        assertThat(open.options()).containsExactly(new ReplyOption(ReplyMethod.DM, IGSID, Optional.of(closes)));
        assertThat(open.unavailable()).containsEntry(ReplyMethod.DM_HUMAN_AGENT, Unavailable.STANDARD_WINDOW_OPEN);
        assertThat(closed.unavailable()).containsEntry(ReplyMethod.DM, Unavailable.MESSAGING_WINDOW_CLOSED);
    }

    @Test
    void humanAgentTagExtendsTheWindowToSevenDaysWhenEnabled() {
        Instant threeDaysLater = POSTED.plus(Duration.ofDays(3));

        ReplyPlan plan = ReplyPlan.of(directMessage(true), threeDaysLater);

        assertThat(plan.options()).containsExactly(
                new ReplyOption(ReplyMethod.DM_HUMAN_AGENT, IGSID, Optional.of(POSTED.plus(Duration.ofDays(7)))));
        assertThat(plan.unavailable()).containsEntry(ReplyMethod.DM, Unavailable.MESSAGING_WINDOW_CLOSED);
    }

    @Test
    void humanAgentTagIsNotOfferedWhenTheDeploymentHasNotEnabledIt() {
        ReplyPlan plan = ReplyPlan.of(directMessage(false), POSTED.plus(Duration.ofDays(3)));

        assertThat(plan.canReply()).isFalse();
        assertThat(plan.unavailable()).containsEntry(ReplyMethod.DM_HUMAN_AGENT, Unavailable.HUMAN_AGENT_NOT_ENABLED);
    }

    @Test
    void directMessageOlderThanSevenDaysLeavesNoWayToReplyAndSaysWhy() {
        ReplyPlan plan = ReplyPlan.of(directMessage(true), POSTED.plus(Duration.ofDays(7)));

        assertThat(plan.canReply()).isFalse();
        assertThat(plan.unavailable()).containsOnly(
                entry(ReplyMethod.PUBLIC_COMMENT_REPLY, Unavailable.NOT_A_COMMENT),
                entry(ReplyMethod.PRIVATE_REPLY, Unavailable.NOT_A_COMMENT),
                entry(ReplyMethod.DM, Unavailable.MESSAGING_WINDOW_CLOSED),
                entry(ReplyMethod.DM_HUMAN_AGENT, Unavailable.HUMAN_AGENT_WINDOW_CLOSED));
    }

    @Test
    void commenterWhoAlsoWroteADirectMessageCanBeAnsweredEitherWay() {
        ReplySituation both = new ReplySituation(Channel.COMMENT, Optional.of(topLevel()),
                Optional.of(new DirectConversation(IGSID, POSTED.plus(Duration.ofHours(1)))), false);

        ReplyPlan plan = ReplyPlan.of(both, POSTED.plus(Duration.ofHours(2)));

        assertThat(plan.options()).extracting(ReplyOption::method)
                .containsExactly(ReplyMethod.PUBLIC_COMMENT_REPLY, ReplyMethod.DM, ReplyMethod.PRIVATE_REPLY);
    }

    @Test
    void mentionOnAnotherAccountsMediaOffersNoCommentMethods() {
        ReplySituation mention = new ReplySituation(Channel.MENTION_COMMENT, Optional.of(topLevel()), Optional.empty(), true);

        ReplyPlan plan = ReplyPlan.of(mention, POSTED);

        assertThat(plan.canReply()).isFalse();
        assertThat(plan.unavailable())
                .containsEntry(ReplyMethod.PUBLIC_COMMENT_REPLY, Unavailable.MENTION_ELSEWHERE)
                .containsEntry(ReplyMethod.PRIVATE_REPLY, Unavailable.MENTION_ELSEWHERE);
    }

    @Test
    void storyMentionIsAnsweredByDirectMessage() {
        ReplySituation story = new ReplySituation(Channel.STORY_MENTION, Optional.empty(),
                Optional.of(new DirectConversation(IGSID, POSTED)), false);

        assertThat(ReplyPlan.of(story, POSTED).options()).extracting(ReplyOption::method).containsExactly(ReplyMethod.DM);
    }

    private static ReportedComment topLevel() {
        return new ReportedComment("17900000000000001", Optional.empty(), POSTED, false, false);
    }

    private static ReplySituation comment(ReportedComment comment) {
        return new ReplySituation(Channel.COMMENT, Optional.of(comment), Optional.empty(), true);
    }

    private static ReplySituation directMessage(boolean humanAgentEnabled) {
        return new ReplySituation(Channel.DM, Optional.empty(), Optional.of(new DirectConversation(IGSID, POSTED)), humanAgentEnabled);
    }
}
