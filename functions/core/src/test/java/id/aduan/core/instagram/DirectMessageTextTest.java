package id.aduan.core.instagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DirectMessageTextTest {

    private static final String CODE = "ADU-7K3Q9";

    @Test
    void textWithinTheLimitIsKeptAsWritten() {
        String text = "Aduan " + CODE + " sudah kami terima. 🙏";

        assertThat(DirectMessageText.fit(text, CODE).value()).isEqualTo(text);
    }

    @Test
    void textOfExactlyTheLimitIsKeptAsWritten() {
        String text = CODE + " " + "a".repeat(DirectMessageText.MAX_BYTES - CODE.length() - 1);

        assertThat(DirectMessageText.fit(text, CODE).value()).isEqualTo(text);
    }

    @Test
    void longTextIsCutToTheLimitWithAnEllipsis() {
        String text = "Aduan " + CODE + ": " + "jalan berlubang di depan pasar. ".repeat(60);

        String fitted = DirectMessageText.fit(text, CODE).value();

        assertThat(bytes(fitted)).isLessThanOrEqualTo(DirectMessageText.MAX_BYTES);
        assertThat(fitted).startsWith("Aduan " + CODE).endsWith("…");
    }

    @Test
    void trackingCodeCutOffAtTheEndIsRepeatedAfterTheEllipsis() {
        String text = "Rincian: " + "x".repeat(1200) + " Kode aduan " + CODE;

        String fitted = DirectMessageText.fit(text, CODE).value();

        assertThat(bytes(fitted)).isLessThanOrEqualTo(DirectMessageText.MAX_BYTES);
        assertThat(fitted).startsWith("Rincian: xxx").endsWith("… (" + CODE + ")");
    }

    @Test
    void emojiSequencesAreNotSplit() {
        String family = "👨‍👩‍👧‍👦";
        String flag = "🇮🇩";
        String text = CODE + " " + (family + flag + "👍🏽").repeat(100);

        String fitted = DirectMessageText.fit(text, CODE).value();

        String body = fitted.substring(CODE.length() + 1, fitted.length() - "…".length());
        assertThat(body).matches("(" + family + flag + "👍🏽)*(" + family + "(" + flag + ")?)?");
    }

    @Test
    void lettersWithCombiningMarksStayWhole() {
        String accented = "e\u0301";
        String text = CODE + " " + accented.repeat(400);

        String fitted = DirectMessageText.fit(text, CODE).value();

        assertThat(fitted).doesNotContain(" \u0301").endsWith(accented + "…");
    }

    @Test
    void textWithoutTheTrackingCodeIsRefused() {
        assertThatThrownBy(() -> DirectMessageText.fit("Terima kasih.", CODE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(CODE);
    }

    @Test
    void textOverTheLimitCannotBeBuiltDirectly() {
        assertThatThrownBy(() -> new DirectMessageText("é".repeat(501)))
                .isInstanceOf(ReplyTextRejected.class)
                .hasMessageContaining("1000");
    }

    @Test
    void anyFittedTextIsWithinTheLimitWellFormedAndKeepsTheCode() {
        String[] pieces = {"a", " ", "jalan ", "é", "e\u0301", "ñ", "👍🏽", "👨‍👩‍👧", "🇮🇩", "漢", "\u200d", "\n"};
        Random random = new Random(20261128);
        for (int sample = 0; sample < 500; sample++) {
            StringBuilder body = new StringBuilder();
            int length = random.nextInt(1500);
            for (int i = 0; i < length; i++) {
                body.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = random.nextBoolean() ? CODE + " " + body : body + " " + CODE;

            String fitted = DirectMessageText.fit(text, CODE).value();

            assertThat(bytes(fitted)).isLessThanOrEqualTo(DirectMessageText.MAX_BYTES);
            assertThat(fitted).contains(CODE);
            assertThat(new String(fitted.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(fitted);
        }
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
