package id.aduan.core.reply;

import id.aduan.core.instagram.CommentText;
import id.aduan.core.instagram.DirectMessageText;
import id.aduan.core.instagram.ReplyTextRejected;
import id.aduan.core.language.Phrase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The text a reply goes out with: within its channel's limit and always quoting the complaint's
 * tracking code, which is added at the end when staff left it out, since the citizen needs it to follow
 * the complaint.
 */
public final class ReplyText {

    private ReplyText() {
    }

    /** A public reply's text; throws {@link ReplyTextRejected} when it is over the comment limit. */
    public static CommentText comment(String text, String trackingCode) {
        return new CommentText(withTrackingCode(text, trackingCode));
    }

    /** A direct message's or private reply's text, shortened to 1000 UTF-8 bytes when longer. */
    public static DirectMessageText directMessage(String text, String trackingCode) {
        return DirectMessageText.fit(withTrackingCode(text, trackingCode), trackingCode);
    }

    /**
     * What recognises a reply's echo without keeping a second copy of its text: a hash of the text with
     * spacing and case evened out, since Instagram may hand back line breaks or spaces differently.
     */
    public static String fingerprint(String text) {
        var normalised = text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String withTrackingCode(String text, String trackingCode) {
        if (text.isBlank()) {
            throw new ReplyTextRejected(Phrase.of("error.reply.needsText"));
        }
        var stripped = text.strip();
        return stripped.contains(trackingCode) ? stripped : stripped + "\n\nKode aduan: " + trackingCode;
    }
}
