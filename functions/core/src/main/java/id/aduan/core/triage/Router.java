package id.aduan.core.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the units for a message by blending two opinions: the built-in lexicon, and the model learned
 * from staff's confirmed routings. The model's share is the one that routed best the recent routings
 * held back from learning ({@link BlendTally}), so a fresh deployment relies on the lexicon and a
 * seasoned one on what its own staff decided, as far as that has proved right. A model without such
 * a tally yet (too few routings judged, or saved before tallies existed) gets a share that grows with
 * the routings it learned from.
 */
final class Router {

    /** UMUM ("anything else") wins when nothing speaks for another unit. */
    static final String FALLBACK_UNIT = "UMUM";
    private static final double FALLBACK_SCORE = 1.0;
    /** Spreads lexicon scores into probabilities: a lead of 2 weight points is worth a factor e. */
    private static final double LEXICON_TEMPERATURE = 2.0;
    /** Naive Bayes is overconfident; its log scores are divided by this before blending. */
    private static final double MODEL_TEMPERATURE = 3.0;
    private static final double UNTALLIED_SHARE_MAX = 0.85;
    /** Without a tally, with this many routings learned, the model has half of its maximum share. */
    private static final double UNTALLIED_SHARE_HALF_AT = 400;

    private static final int LEARNED_EVIDENCE = 3;

    private final Lexicon lexicon;
    private final LearnedModel model;
    private final TextFeatures features;

    Router(Lexicon lexicon, LearnedModel model, TextFeatures features) {
        this.lexicon = lexicon;
        this.model = model;
        this.features = features;
    }

    Routing route(NormalizedText text, LexiconScan scan) {
        List<String> units = lexicon.units();
        double[] lexical = lexiconBelief(scan, units);
        double[] blended = lexical;
        boolean informed = scan.best() > 0;
        var messageFeatures = model.documentCount() == 0 ? java.util.Set.<String>of() : features.of(text);
        LearnedModel.Likelihood likelihood = model.likelihood(messageFeatures);
        boolean learned = likelihood.knownFeatures() > 0;
        if (learned) {
            blended = blend(lexical, modelBelief(likelihood, units), modelShare());
            informed = true;
        }
        var ranked = new ArrayList<Candidate>(units.size());
        for (int u = 0; u < units.size(); u++) {
            ranked.add(new Candidate(units.get(u), blended[u]));
        }
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
        String best = ranked.getFirst().unit();
        var evidence = new ArrayList<>(scan.evidence(best));
        if (learned) {
            model.strongestFor(best, messageFeatures, LEARNED_EVIDENCE).stream()
                    .filter(word -> !evidence.contains(word))
                    .forEach(evidence::add);
        }
        return new Routing(List.copyOf(ranked), scan.topic(best), List.copyOf(evidence), informed,
                model.rejectionBelief(likelihood, MODEL_TEMPERATURE));
    }

    private double modelShare() {
        return model.blend().bestShare().orElseGet(() ->
                UNTALLIED_SHARE_MAX * model.documentCount() / (model.documentCount() + UNTALLIED_SHARE_HALF_AT));
    }

    /** For each share of {@link BlendTally}, whether that blend puts {@code unit} first. */
    boolean[] rightAtEachShare(NormalizedText text, LexiconScan scan, String unit) {
        List<String> units = lexicon.units();
        int expected = units.indexOf(unit);
        double[] lexical = lexiconBelief(scan, units);
        LearnedModel.Likelihood likelihood = model.likelihood(features.of(text));
        double[] learned = likelihood.knownFeatures() > 0 ? modelBelief(likelihood, units) : lexical;
        boolean[] right = new boolean[BlendTally.SHARES];
        for (int k = 0; k < right.length; k++) {
            right[k] = indexOfMax(blend(lexical, learned, BlendTally.share(k))) == expected;
        }
        return right;
    }

    private static int indexOfMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double[] lexiconBelief(LexiconScan scan, List<String> units) {
        double[] logits = new double[units.size()];
        for (int u = 0; u < units.size(); u++) {
            double score = scan.score(u) + (units.get(u).equals(FALLBACK_UNIT) ? FALLBACK_SCORE : 0);
            logits[u] = score / LEXICON_TEMPERATURE;
        }
        return softmax(logits);
    }

    private double[] modelBelief(LearnedModel.Likelihood likelihood, List<String> units) {
        double[] logits = new double[units.size()];
        double floor = Double.POSITIVE_INFINITY;
        for (double score : likelihood.logScores()) {
            floor = Math.min(floor, score);
        }
        java.util.Arrays.fill(logits, floor / MODEL_TEMPERATURE);
        List<String> known = model.units();
        for (int m = 0; m < known.size(); m++) {
            int u = units.indexOf(known.get(m));
            if (u >= 0) {
                logits[u] = likelihood.logScores()[m] / MODEL_TEMPERATURE;
            }
        }
        return softmax(logits);
    }

    private static double[] blend(double[] lexical, double[] learned, double share) {
        double[] out = new double[lexical.length];
        for (int u = 0; u < out.length; u++) {
            out[u] = (1 - share) * lexical[u] + share * learned[u];
        }
        return out;
    }

    private static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double logit : logits) {
            max = Math.max(max, logit);
        }
        double sum = 0;
        double[] out = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            out[i] = Math.exp(logits[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }
}
