package id.aduan.core.triage;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * What staff taught the router: for each unit, how many confirmed routings it got and how often each
 * feature occurred in them (a multinomial naive Bayes model), and how well each blend with the lexicon
 * did on routings held back from learning ({@link BlendTally}). Counts, not probabilities, so that
 * {@link Learner} can add the next day's routings to it. Besides unit codes, the model may know the
 * rejections (NOT_A_COMPLAINT, SPAM) staff confirmed: they never rank as units, but tell whether a
 * message reads like the ones staff turned away. Immutable.
 *
 * <p>Every unit has the same prior: a unit with 1 % of the routings is not outvoted by its size when
 * the words speak for it (on the evaluation sets, priors from the units' shares, even damped, routed
 * worse).
 *
 * <p>File format, version 2: the 8 ASCII bytes {@code ADUANNB2}, then a deflate stream of: unit
 * count; per unit its code (modified UTF-8) and document count; feature count; per feature, in
 * alphabetical order, its text, the number of units that saw it and, per such unit, its index and
 * count; then the blend tally: routings judged and, per share, how many were right (doubles).
 * Numbers are unsigned variable-length integers (7 bits a byte). Version 1 ({@code ADUANNB1}) is the
 * same without the tally, and is still read (with no tally). A new format gets a new magic, and
 * {@link #read} refuses what it does not know.
 */
public final class LearnedModel {

    private static final byte[] MAGIC = "ADUANNB2".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MAGIC_WITHOUT_TALLY = "ADUANNB1".getBytes(StandardCharsets.US_ASCII);
    /** Additive smoothing of feature counts. */
    private static final double SMOOTHING = 0.5;

    private final List<String> units;
    private final int[] documents;
    private final long[] totals;
    private final Map<String, int[]> counts;
    private final double[] logDenominators;
    private final int documentCount;
    private final BlendTally blend;

    LearnedModel(List<String> units, int[] documents, Map<String, int[]> counts, BlendTally blend) {
        this.blend = blend;
        this.units = List.copyOf(units);
        this.documents = documents.clone();
        this.counts = Map.copyOf(counts);
        this.totals = new long[units.size()];
        for (int[] perUnit : counts.values()) {
            for (int u = 0; u < perUnit.length; u++) {
                totals[u] += perUnit[u];
            }
        }
        this.documentCount = Arrays.stream(documents).sum();
        this.logDenominators = new double[units.size()];
        for (int u = 0; u < units.size(); u++) {
            logDenominators[u] = Math.log(totals[u] + SMOOTHING * Math.max(1, counts.size()));
        }
    }

    /** The unit codes the model knows, in its own order. */
    public List<String> units() {
        return units;
    }

    /** How many confirmed routings the model learned from. */
    public int documentCount() {
        return documentCount;
    }

    public int documentCount(String unit) {
        int u = units.indexOf(unit);
        return u < 0 ? 0 : documents[u];
    }

    public int featureCount() {
        return counts.size();
    }

    /** A model that knows nothing yet: what a deployment learns its first routings into. */
    public static LearnedModel empty() {
        return new LearnedModel(List.of(), new int[0], Map.of(), BlendTally.NONE);
    }

    /** How the blends with the lexicon did on routings held back from learning. */
    BlendTally blend() {
        return blend;
    }

    /**
     * How much the message reads like those staff rejected (NOT_A_COMPLAINT, SPAM) rather than like
     * their complaints, 0..1, when the model learned both and knows some of its features.
     */
    java.util.OptionalDouble rejectionBelief(Likelihood likelihood, double temperature) {
        if (likelihood.knownFeatures() == 0) {
            return java.util.OptionalDouble.empty();
        }
        double[] scores = likelihood.logScores();
        double rejected = Double.NEGATIVE_INFINITY;
        double complaint = Double.NEGATIVE_INFINITY;
        for (int u = 0; u < scores.length; u++) {
            if (documents[u] == 0) {
                continue;
            }
            if (Rejection.isRejection(units.get(u))) {
                rejected = Math.max(rejected, scores[u] / temperature);
            } else {
                complaint = Math.max(complaint, scores[u] / temperature);
            }
        }
        if (rejected == Double.NEGATIVE_INFINITY || complaint == Double.NEGATIVE_INFINITY) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(1 / (1 + Math.exp(complaint - rejected)));
    }

    java.util.Set<String> featureNames() {
        return counts.keySet();
    }

    int[] counts(String feature) {
        return counts.get(feature);
    }

    /**
     * The log-likelihood of each of the model's units for a message with these features, plus how many
     * of them the model has seen. Features it never saw say nothing and are skipped.
     */
    Likelihood likelihood(Collection<String> features) {
        double[] scores = new double[units.size()];
        int known = 0;
        for (String feature : features) {
            int[] perUnit = counts.get(feature);
            if (perUnit == null) {
                continue;
            }
            known++;
            for (int u = 0; u < scores.length; u++) {
                scores[u] += Math.log(perUnit[u] + SMOOTHING) - logDenominators[u];
            }
        }
        return new Likelihood(scores, known);
    }

    record Likelihood(double[] logScores, int knownFeatures) {}

    /**
     * The features of a message that speak most for {@code unit} against the model's other units:
     * what staff see as the learned evidence. Bigrams are shown as words ("teman bus").
     */
    List<String> strongestFor(String unit, Collection<String> features, int limit) {
        int u = units.indexOf(unit);
        if (u < 0) {
            return List.of();
        }
        var scored = new java.util.ArrayList<Map.Entry<String, Double>>();
        for (String feature : features) {
            int[] perUnit = counts.get(feature);
            if (perUnit == null || perUnit[u] == 0) {
                continue;
            }
            double own = Math.log(perUnit[u] + SMOOTHING) - logDenominators[u];
            double others = Double.NEGATIVE_INFINITY;
            for (int v = 0; v < perUnit.length; v++) {
                if (v != u) {
                    others = Math.max(others, Math.log(perUnit[v] + SMOOTHING) - logDenominators[v]);
                }
            }
            if (own > others) {
                scored.add(Map.entry(feature.replace('_', ' '), own - others));
            }
        }
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return scored.stream().limit(limit).map(Map.Entry::getKey).toList();
    }

    public void write(OutputStream out) throws IOException {
        out.write(MAGIC);
        var deflater = new DeflaterOutputStream(out);
        var data = new DataOutputStream(new java.io.BufferedOutputStream(deflater, 1 << 16));
        writeNumber(data, units.size());
        for (int u = 0; u < units.size(); u++) {
            data.writeUTF(units.get(u));
            writeNumber(data, documents[u]);
        }
        writeNumber(data, counts.size());
        for (String feature : counts.keySet().stream().sorted().toList()) {
            data.writeUTF(feature);
            int[] perUnit = counts.get(feature);
            writeNumber(data, (int) Arrays.stream(perUnit).filter(count -> count > 0).count());
            for (int u = 0; u < perUnit.length; u++) {
                if (perUnit[u] > 0) {
                    writeNumber(data, u);
                    writeNumber(data, perUnit[u]);
                }
            }
        }
        data.writeDouble(blend.judged());
        for (double right : blend.right()) {
            data.writeDouble(right);
        }
        data.flush();
        deflater.finish();
        out.flush();
    }

    public static LearnedModel read(InputStream in) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        boolean withTally = Arrays.equals(magic, MAGIC);
        if (!withTally && !Arrays.equals(magic, MAGIC_WITHOUT_TALLY)) {
            throw new IOException("not a learned triage model (format " + new String(magic, StandardCharsets.US_ASCII) + ")");
        }
        var data = new DataInputStream(new java.io.BufferedInputStream(new InflaterInputStream(in), 1 << 16));
        int unitCount = readNumber(data);
        var units = new String[unitCount];
        int[] documents = new int[unitCount];
        for (int u = 0; u < unitCount; u++) {
            units[u] = data.readUTF();
            documents[u] = readNumber(data);
        }
        int featureCount = readNumber(data);
        var counts = HashMap.<String, int[]>newHashMap(featureCount);
        for (int f = 0; f < featureCount; f++) {
            String feature = data.readUTF();
            int[] perUnit = new int[unitCount];
            int seenBy = readNumber(data);
            for (int i = 0; i < seenBy; i++) {
                int u = readNumber(data);
                if (u >= unitCount) {
                    throw new IOException("corrupt model: unit index " + u + " of " + unitCount);
                }
                perUnit[u] = readNumber(data);
            }
            counts.put(feature, perUnit);
        }
        BlendTally blend = BlendTally.NONE;
        if (withTally) {
            double judged = data.readDouble();
            double[] right = new double[BlendTally.SHARES];
            for (int k = 0; k < right.length; k++) {
                right[k] = data.readDouble();
            }
            blend = new BlendTally(judged, right);
        }
        return new LearnedModel(List.of(units), documents, counts, blend);
    }

    private static void writeNumber(DataOutputStream out, int value) throws IOException {
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            out.writeByte((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.writeByte(rest);
    }

    private static int readNumber(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("corrupt model: number too long");
    }
}
