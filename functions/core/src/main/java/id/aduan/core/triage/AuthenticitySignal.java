package id.aduan.core.triage;

import id.aduan.core.language.Phrase;
import java.util.Objects;

/**
 * One thing that makes a complaint look genuine or not, for staff to weigh in one look: a place named,
 * a photo attached, the same text from other accounts, a message that reads like a bot, how the
 * reporter's earlier complaints ended.
 *
 * @param kind   what was seen; its {@link Kind#effect()} says whether it supports or weakens the complaint
 * @param detail what the reason names ("Kel. Sukajadi", "2"), personal data masked; empty when nothing
 */
public record AuthenticitySignal(Kind kind, String detail) {

    public enum Effect { SUPPORTS, WEAKENS }

    public enum Kind {
        /** A kelurahan, kecamatan, street or landmark the city can find. */
        PLACE_NAMED(Effect.SUPPORTS),
        /** Photos or videos sent with the message. */
        MEDIA_ATTACHED(Effect.SUPPORTS),
        /** The same text came from other accounts within days: a campaign, or a copy. */
        SAME_TEXT_ELSEWHERE(Effect.WEAKENS),
        /** Nothing but links or @handles. */
        LINK_ONLY(Effect.WEAKENS),
        /** A long message in capitals only. */
        ALL_CAPS(Effect.WEAKENS),
        /** A character or word repeated far past emphasis ("!!!!!!!!", "tolong tolong tolong tolong"). */
        REPEATED_CHARACTERS(Effect.WEAKENS),
        /** The reporter's earlier complaints were taken up by staff; the detail counts them. */
        EARLIER_HANDLED(Effect.SUPPORTS),
        /** Most of the reporter's decided complaints were rejected as spam or no complaint ("3/4"). */
        EARLIER_REJECTED(Effect.WEAKENS, 2);

        private final Effect effect;
        /** How many of the reason's values the detail holds, separated by '/'. */
        private final int values;

        Kind(Effect effect) {
            this(effect, 1);
        }

        Kind(Effect effect, int values) {
            this.effect = effect;
            this.values = values;
        }

        public Effect effect() {
            return effect;
        }
    }

    public AuthenticitySignal {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : PersonalData.mask(detail).replace('|', '/');
    }

    public Effect effect() {
        return kind.effect();
    }

    /** The reason in words: the phrasebook's {@code authenticity.<KIND>} with the detail. */
    public Phrase reason() {
        return Phrase.of("authenticity." + kind.name(), (Object[]) detail.split("/", kind.values));
    }

    /** "PLACE_NAMED:Kel. Sukajadi": the form {@link #parse} reads back, for storing with a complaint. */
    @Override
    public String toString() {
        return kind.name() + ":" + detail;
    }

    public static AuthenticitySignal parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("expected KIND:detail, got " + text);
        }
        return new AuthenticitySignal(Kind.valueOf(text.substring(0, colon)), text.substring(colon + 1));
    }
}
