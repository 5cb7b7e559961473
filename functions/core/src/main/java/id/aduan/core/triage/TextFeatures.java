package id.aduan.core.triage;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The features the learned model counts: the content words of a normalised message and the pairs of
 * neighbouring content words ("lampu_merah" tells more than "lampu" and "merah"). Each counts once per
 * message.
 */
public final class TextFeatures {

    private final Normalizer normalizer;
    private final Set<String> stopwords;

    TextFeatures(Normalizer normalizer, Set<String> stopwords) {
        this.normalizer = normalizer;
        this.stopwords = Set.copyOf(stopwords);
    }

    static Set<String> builtInStopwords() {
        var words = new java.util.HashSet<String>();
        ResourceTable.load("stopwords.txt").rows().forEach(row -> words.add(row.cell(0)));
        return words;
    }

    public Set<String> of(String message) {
        return of(normalizer.normalize(message));
    }

    Set<String> of(NormalizedText text) {
        List<String> content = text.tokens().stream().filter(this::isContent).toList();
        var features = new LinkedHashSet<String>(content);
        for (int i = 1; i < content.size(); i++) {
            features.add(content.get(i - 1) + "_" + content.get(i));
        }
        return features;
    }

    private boolean isContent(String token) {
        return token.length() > 1 && !stopwords.contains(token) && !token.chars().allMatch(Character::isDigit);
    }
}
