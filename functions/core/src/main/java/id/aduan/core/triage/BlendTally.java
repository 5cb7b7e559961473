package id.aduan.core.triage;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * How well each blend of lexicon and learned model routed recent confirmed routings that were held
 * back from learning: for each share of the model (0, 0.1, … 1), how many it put first rightly. The
 * router uses the share that did best. Older judgements fade (half of their weight every
 * {@value #HALF_LIFE} routings judged), so the share follows what the model has become. Immutable.
 */
record BlendTally(double judged, double[] right) {

    static final int SHARES = 11;
    /** Below this many judged routings, the tally says too little to choose a share. */
    static final double ENOUGH = 20;
    private static final double HALF_LIFE = 1_000;

    static final BlendTally NONE = new BlendTally(0, new double[SHARES]);

    BlendTally {
        if (right.length != SHARES) {
            throw new IllegalArgumentException("a tally has " + SHARES + " shares, not " + right.length);
        }
        right = right.clone();
    }

    static double share(int index) {
        return index / (double) (SHARES - 1);
    }

    /** This tally faded by {@code count} new judgements, plus them ({@code rightNow[k]} rightly at share k). */
    BlendTally plus(int count, int[] rightNow) {
        double fade = Math.pow(0.5, count / HALF_LIFE);
        double[] sum = new double[SHARES];
        for (int k = 0; k < SHARES; k++) {
            sum[k] = right[k] * fade + rightNow[k];
        }
        return new BlendTally(judged * fade + count, sum);
    }

    /**
     * The model's share that routed the most held-back routings rightly; among equals, the one nearest
     * the middle of them (the least extreme). Empty until enough routings were judged.
     */
    OptionalDouble bestShare() {
        if (judged < ENOUGH) {
            return OptionalDouble.empty();
        }
        double best = Arrays.stream(right).max().orElseThrow();
        int first = -1;
        int last = -1;
        for (int k = 0; k < SHARES; k++) {
            if (right[k] >= best - 1e-9) {
                last = k;
                if (first < 0) {
                    first = k;
                }
            }
        }
        return OptionalDouble.of(share((first + last) / 2));
    }

    @Override
    public double[] right() {
        return right.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BlendTally tally && tally.judged == judged && Arrays.equals(tally.right, right);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(judged) + Arrays.hashCode(right);
    }

    @Override
    public String toString() {
        return "BlendTally[judged=" + judged + ", right=" + Arrays.toString(right) + "]";
    }
}
