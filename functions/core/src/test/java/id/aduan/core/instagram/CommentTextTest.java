package id.aduan.core.instagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommentTextTest {

    @Test
    void textAtTheLimitIsAccepted() {
        String text = "a".repeat(CommentText.MAX_CHARACTERS);

        assertThat(new CommentText(text).value()).isEqualTo(text);
    }

    @Test
    void textOverTheLimitIsRejectedRatherThanShortened() {
        assertThatThrownBy(() -> new CommentText("a".repeat(CommentText.MAX_CHARACTERS + 1)))
                .isInstanceOf(ReplyTextRejected.class)
                .hasMessageContaining("2200");
    }

    @Test
    void anEmojiCountsAsOneCharacter() {
        String text = "🙏".repeat(CommentText.MAX_CHARACTERS);

        assertThat(new CommentText(text).value()).hasSize(2 * CommentText.MAX_CHARACTERS);
    }

    @Test
    void blankTextIsRejected() {
        assertThatThrownBy(() -> new CommentText("  \n"))
                .isInstanceOf(ReplyTextRejected.class);
    }
}
