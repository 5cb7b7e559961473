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
 * feature occurred in them (a multinomial naive Bayes model). Counts, not probabilities, so that
 * {@link Learner} can add the next day's routings to it. Immutable.
 *
 * <p>File format, version 1: the 8 ASCII bytes {@code ADUANNB1}, then a deflate stream of: unit
 * count; per unit its code (modified UTF-8) and document count; feature count; per feature, in
 * alphabetical order, its text, the number of units that saw it and, per such unit, its index and
 * count. Numbers are unsigned variable-length integers (7 bits a byte). A new format gets a new
 * magic, and {@link #read} refuses what it does not know.
 */
public final class LearnedModel {

    private static final byte[] MAGIC = "ADUANNB1".getBytes(StandardCharsets.US_ASCII);
    /** Additive smoothing of feature counts. */
    private static final double SMOOTHING = 0.5;

    private final List<String> units;
    private final int[] documents;
    private final long[] totals;
    private final Map<String, int[]> counts;
    private final double[] logDenominators;
    private final double[] logPriors;
    private final int documentCount;

    LearnedModel(List<String> units, int[] documents, Map<String, int[]> counts) {
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
        this.logPriors = new double[units.size()];
        for (int u = 0; u < units.size(); u++) {
            logDenominators[u] = Math.log(totals[u] + SMOOTHING * Math.max(1, counts.size()));
            logPriors[u] = Math.log((documents[u] + 1.0) / (documentCount + units.size()));
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
        return new LearnedModel(List.of(), new int[0], Map.of());
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
        double[] scores = logPriors.clone();
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
        data.flush();
        deflater.finish();
        out.flush();
    }

    public static LearnedModel read(InputStream in) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
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
        return new LearnedModel(List.of(units), documents, counts);
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
