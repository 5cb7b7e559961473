package id.aduan.core.instagram;

import id.aduan.core.language.Phrase;
import java.text.BreakIterator;
import java.util.Objects;

/** The text of a direct message or a private reply: at most 1000 UTF-8 bytes, Instagram's limit. */
public record DirectMessageText(String value) {

    public static final int MAX_BYTES = 1000;

    private static final String ELLIPSIS = "…";

    public DirectMessageText {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new ReplyTextRejected(Phrase.of("error.reply.directNeedsText"));
        }
        int bytes = Utf8.length(value);
        if (bytes > MAX_BYTES) {
            throw new ReplyTextRejected(Phrase.of("error.reply.directTooLong", MAX_BYTES, bytes));
        }
    }

    /**
     * Shortens a reply to the limit. The cut falls between characters as a reader sees them (grapheme
     * clusters: an emoji sequence or a letter with its accents stays whole), and the tracking code
     * survives: when the cut would remove it, the code is repeated after the ellipsis, because a
     * citizen needs it to follow the complaint.
     */
    public static DirectMessageText fit(String text, String trackingCode) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(trackingCode, "trackingCode");
        int codeAt = text.indexOf(trackingCode);
        if (trackingCode.isBlank() || codeAt < 0) {
            throw new IllegalArgumentException("a reply always quotes the tracking code " + trackingCode);
        }
        if (Utf8.length(text) <= MAX_BYTES) {
            return new DirectMessageText(text);
        }
        String head = longestPrefix(text, MAX_BYTES - Utf8.length(ELLIPSIS));
        if (head.length() >= codeAt + trackingCode.length()) {
            return new DirectMessageText(head.stripTrailing() + ELLIPSIS);
        }
        String codeAtEnd = ELLIPSIS + " (" + trackingCode + ")";
        return new DirectMessageText(longestPrefix(text, MAX_BYTES - Utf8.length(codeAtEnd)).stripTrailing() + codeAtEnd);
    }

    private static String longestPrefix(String text, int maxBytes) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text);
        int end = graphemes.first();
        int bytes = 0;
        for (int next = graphemes.next(); next != BreakIterator.DONE; next = graphemes.next()) {
            bytes += Utf8.length(text, end, next);
            if (bytes > maxBytes) {
                break;
            }
            end = next;
        }
        return text.substring(0, end);
    }
}
