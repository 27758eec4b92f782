package org.hocr.examples.audit;

/**
 * A proportion with its Wilson score interval (Wilson 1927): unlike the normal approximation it stays inside
 * [0, 1] and behaves at 0 % and 100 % and for small samples.
 *
 * @param successes the count of successes
 * @param trials    the count of trials (at least 1)
 * @param rate      successes / trials
 * @param low       the lower bound
 * @param high      the upper bound
 */
public record WilsonInterval(long successes, long trials, double rate, double low, double high) {

    /** The normal quantile for a two-sided 95 % interval. */
    public static final double Z_95 = 1.959963984540054;

    /** The 95 % interval for {@code successes} out of {@code trials}. */
    public static WilsonInterval of95(long successes, long trials) {
        return of(successes, trials, Z_95);
    }

    /**
     * The interval for {@code successes} out of {@code trials} with normal quantile {@code z}.
     *
     * @throws IllegalArgumentException if there are no trials, or the counts are not 0 ≤ successes ≤ trials
     */
    public static WilsonInterval of(long successes, long trials, double z) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials and trials >= 1");
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // At 0 and at n the bound is exactly 0 or 1; computed, it can miss by a rounding error.
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return new WilsonInterval(successes, trials, p, low, high);
    }
}
