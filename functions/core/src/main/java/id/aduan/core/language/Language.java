package id.aduan.core.language;

import java.util.Locale;

/** The language staff read answers in: Indonesian unless the request asks for English. */
public enum Language {
    INDONESIAN("id"),
    ENGLISH("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as sent back in {@code Content-Language}. */
    public String tag() {
        return tag;
    }

    /**
     * The language an {@code Accept-Language} header asks for: English when its most preferred range
     * among Indonesian and English is English ({@code en}, {@code en-US}, {@code en;q=0.8, id;q=0.5});
     * Indonesian otherwise, also when the header is missing or names neither.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return INDONESIAN;
        }
        Language best = INDONESIAN;
        double bestWeight = -1;
        for (String range : header.split(",")) {
            var parts = range.strip().split(";");
            var primary = parts[0].strip().toLowerCase(Locale.ROOT).split("-")[0];
            var language = switch (primary) {
                case "en" -> ENGLISH;
                case "id", "in" -> INDONESIAN;
                default -> null;
            };
            double weight = weight(parts);
            if (language != null && weight > bestWeight) {
                best = language;
                bestWeight = weight;
            }
        }
        return bestWeight > 0 ? best : INDONESIAN;
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            var parameter = parts[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
