package id.aduan.core.triage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What supports or weakens a complaint at a glance: a place the city can find, photos or videos sent
 * with it, the same text from other accounts, what bots write (links only, capitals only, runs of one
 * character or word), and how the reporter's earlier complaints ended. Signals only: staff decide.
 */
public final class Authenticity {

    /** The attachment types that show the problem (a comment's post is the city's, not evidence). */
    private static final Set<String> EVIDENCE_MEDIA = Set.of("image", "video", "story_mention", "ig_reel", "reel");
    /** Shorter texts ("jalan rusak min") are written alike by strangers; only longer ones are compared. */
    private static final int FEWEST_WORDS_COMPARED = 6;
    private static final int FEWEST_CAPITALS = 30;
    private static final Pattern LINK_OR_HANDLE = Pattern.compile("(?i)https?://\\S+|www\\.\\S+|@[\\w.]+");
    private static final Pattern REPEATED_CHARACTER = Pattern.compile("([^\\s\\d])\\1{7,}");
    private static final Pattern REPEATED_WORD = Pattern.compile(
            "(?iU)\\b(\\w+)\\b(?:[\\s,.!]+\\1\\b){3,}");

    private Authenticity() {
    }

    /**
     * The key under which a text is compared with other accounts' (a SHA-256 of its normalised words),
     * or empty for a text too short to tell a copy from a coincidence.
     */
    public static Optional<String> textKey(NormalizedText text) {
        return text.tokens().size() < FEWEST_WORDS_COMPARED ? Optional.empty() : Optional.of(sha256(text.text(), 16));
    }

    /** The key an account is counted under for {@link #textKey}: part of a SHA-256, not its Instagram id. */
    public static String accountKey(String reporterId) {
        return sha256(String.valueOf(reporterId), 8);
    }

    private static String sha256(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * @param mediaTypes    the type of each medium the message carries ({@code image}, {@code FEED}…)
     * @param otherAccounts how many other accounts sent the same text lately (see {@link #textKey})
     * @param earlier       the reporter's earlier complaints; empty for a first-time reporter
     */
    public static List<AuthenticitySignal> of(String text, List<String> mediaTypes, TriageResult result,
                                              int otherAccounts, List<EarlierComplaint> earlier) {
        var signals = new ArrayList<AuthenticitySignal>();
        placeNamed(result).ifPresent(place -> signals.add(new AuthenticitySignal(AuthenticitySignal.Kind.PLACE_NAMED, place)));
        long attached = mediaTypes.stream().filter(type -> EVIDENCE_MEDIA.contains(type.toLowerCase(Locale.ROOT)))
                .count();
        if (attached > 0) {
            signals.add(new AuthenticitySignal(AuthenticitySignal.Kind.MEDIA_ATTACHED, Long.toString(attached)));
        }
        if (otherAccounts > 0) {
            signals.add(new AuthenticitySignal(AuthenticitySignal.Kind.SAME_TEXT_ELSEWHERE, Integer.toString(otherAccounts)));
        }
        if (text != null && !text.isBlank()) {
            botLike(text, signals);
        }
        history(earlier).ifPresent(signals::add);
        return List.copyOf(signals);
    }

    /**
     * Weakens when most of the earlier complaints staff decided on were rejected as spam or no
     * complaint, else supports when any was taken up; says nothing while none is decided.
     */
    private static Optional<AuthenticitySignal> history(List<EarlierComplaint> earlier) {
        long decided = earlier.stream().filter(EarlierComplaint::decided).count();
        long junk = earlier.stream().filter(EarlierComplaint::rejectedAsJunk).count();
        long handled = earlier.stream().filter(EarlierComplaint::handled).count();
        if (junk * 2 > decided) {
            return Optional.of(new AuthenticitySignal(AuthenticitySignal.Kind.EARLIER_REJECTED, junk + "/" + decided));
        }
        return handled > 0
                ? Optional.of(new AuthenticitySignal(AuthenticitySignal.Kind.EARLIER_HANDLED, Long.toString(handled)))
                : Optional.empty();
    }

    private static Optional<String> placeNamed(TriageResult result) {
        if (result.office().isPresent()) {
            return Optional.of(result.office().get().label());
        }
        return result.places().stream().filter(place -> place.kind().identifies()).findFirst().map(Authenticity::label);
    }

    private static String label(Place place) {
        String prefix = switch (place.kind()) {
            case STREET -> "Jl. ";
            case ALLEY -> "Gg. ";
            case ESTATE -> "Komp. ";
            case AREA, LANDMARK, NEIGHBOURHOOD -> "";
        };
        return prefix + titleCase(place.name());
    }

    private static String titleCase(String name) {
        var out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(i == 0 || name.charAt(i - 1) == ' ' ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    private static void botLike(String text, List<AuthenticitySignal> signals) {
        String rest = LINK_OR_HANDLE.matcher(text).replaceAll(" ");
        if (!rest.equals(text) && rest.codePoints().noneMatch(Character::isLetterOrDigit)) {
            signals.add(new AuthenticitySignal(AuthenticitySignal.Kind.LINK_ONLY, ""));
        }
        long capitals = text.codePoints().filter(Character::isUpperCase).count();
        if (capitals >= FEWEST_CAPITALS && text.codePoints().noneMatch(Character::isLowerCase)) {
            signals.add(new AuthenticitySignal(AuthenticitySignal.Kind.ALL_CAPS, ""));
        }
        Matcher character = REPEATED_CHARACTER.matcher(text);
        Matcher word = REPEATED_WORD.matcher(rest);
        if (character.find()) {
            signals.add(new AuthenticitySignal(AuthenticitySignal.Kind.REPEATED_CHARACTERS, character.group(1)));
        } else if (word.find()) {
            signals.add(new AuthenticitySignal(AuthenticitySignal.Kind.REPEATED_CHARACTERS, word.group(1)));
        }
    }
}
