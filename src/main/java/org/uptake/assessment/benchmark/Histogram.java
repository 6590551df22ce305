package org.uptake.assessment.benchmark;

import java.nio.ByteBuffer;

/**
 * Counts of scores in steps of 0.1 from 0 to 100 (1001 buckets). Quantiles and percentile ranks read from it are
 * exact to the 0.1 the API shows, and cost the same for ten firms as for a million.
 */
final class Histogram {

    static final int BUCKETS = 1001;

    private final int[] counts;
    private int total;

    Histogram() {
        this(new int[BUCKETS], 0);
    }

    private Histogram(int[] counts, int total) {
        this.counts = counts;
        this.total = total;
    }

    static Histogram decode(byte[] bytes, int total) {
        int[] counts = new int[BUCKETS];
        ByteBuffer.wrap(bytes).asIntBuffer().get(counts);
        return new Histogram(counts, total);
    }

    byte[] encode() {
        ByteBuffer buffer = ByteBuffer.allocate(BUCKETS * Integer.BYTES);
        buffer.asIntBuffer().put(counts);
        return buffer.array();
    }

    static int bucket(double score) {
        return (int) Math.max(0, Math.min(BUCKETS - 1, Math.round(score * 10)));
    }

    void add(double score, int delta) {
        int bucket = bucket(score);
        counts[bucket] = Math.max(0, counts[bucket] + delta);
        total = Math.max(0, total + delta);
    }

    int total() {
        return total;
    }

    /** The smallest score at or below which at least {@code q} of the group lies. */
    double quantile(double q) {
        double wanted = Math.max(1, Math.ceil(q * total));
        long cumulative = 0;
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            cumulative += counts[bucket];
            if (cumulative >= wanted) {
                return bucket / 10.0;
            }
        }
        return 100;
    }

    /** Share of the group (per cent) scoring below the score, counting ties half. */
    double percentileRank(double score) {
        int bucket = bucket(score);
        long below = 0;
        for (int i = 0; i < bucket; i++) {
            below += counts[i];
        }
        return total == 0 ? 0 : 100.0 * (below + 0.5 * counts[bucket]) / total;
    }
}
