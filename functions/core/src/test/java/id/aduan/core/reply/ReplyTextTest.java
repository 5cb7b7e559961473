package id.aduan.core.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.instagram.CommentText;
import id.aduan.core.instagram.DirectMessageText;
import id.aduan.core.instagram.ReplyTextRejected;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReplyTextTest {

    private static final String CODE = "ADU-7K3Q9";

    @Test
    void trackingCodeIsAddedWhenStaffLeftItOut() {
        assertThat(ReplyText.comment("Terima kasih, sudah kami teruskan.", CODE).value())
                .isEqualTo("Terima kasih, sudah kami teruskan.\n\nKode aduan: " + CODE);
        assertThat(ReplyText.directMessage("Aduan " + CODE + " kami terima.", CODE).value())
                .isEqualTo("Aduan " + CODE + " kami terima.");
    }

    @Test
    void longDirectMessageIsCutToTheLimitAndKeepsTheCode() {
        var text = ReplyText.directMessage("Mohon maaf 🙏 ".repeat(200), CODE).value();

        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(DirectMessageText.MAX_BYTES);
        assertThat(text).contains(CODE);
    }

    @Test
    void commentOverTheLimitIsRefusedRatherThanCut() {
        assertThatThrownBy(() -> ReplyText.comment("a".repeat(CommentText.MAX_CHARACTERS), CODE))
                .isInstanceOf(ReplyTextRejected.class);
    }

    @Test
    void fingerprintIgnoresSpacingAndCaseButNotWords() {
        assertThat(ReplyText.fingerprint("Aduan ADU-7K3Q9\r\n\r\nkami  terima "))
                .isEqualTo(ReplyText.fingerprint("aduan adu-7k3q9 kami terima"))
                .isNotEqualTo(ReplyText.fingerprint("aduan adu-7k3q9 kami tolak"));
    }
}
