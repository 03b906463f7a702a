package org.foiplatform.bench;

/**
 * When a load step counts as kept up with, and when it broke. Intake: at most 1% errors, p99 at most 1 s, and
 * completions within 5% of the offered rate. End to end: p99 at most 1 s, and no acknowledgement still missing
 * 10 s after the step's load ended.
 */
final class KeepUp {

    static final double MAX_ERROR_SHARE = 0.01;
    static final double MAX_P99_MS = 1_000;
    static final double MAX_SHORTFALL = 0.05;
    static final int ACK_GRACE_SECONDS = 10;

    record Verdict(boolean keptUp, String reason) {

        static Verdict ok() {
            return new Verdict(true, "kept up");
        }
    }

    private KeepUp() {
    }

    static Verdict intake(double offeredRate, double achievedRate, double errorShare, double p99Ms) {
        if (errorShare > MAX_ERROR_SHARE) {
            return new Verdict(false, String.format(java.util.Locale.UK, "errors %.1f%% (above 1%%)", errorShare * 100));
        }
        if (Double.isNaN(p99Ms) || p99Ms > MAX_P99_MS) {
            return new Verdict(false, "p99 " + Format.millis(p99Ms) + " (above 1 s)");
        }
        if (achievedRate < offeredRate * (1 - MAX_SHORTFALL)) {
            return new Verdict(false, String.format(java.util.Locale.UK,
                    "completions %,.0f a second, more than 5%% behind the offered %,.0f", achievedRate, offeredRate));
        }
        return Verdict.ok();
    }

    static Verdict intake(LoadResult result) {
        return intake(result.offeredRate(), result.achievedRate(), result.errorShare(), result.p99Ms());
    }

    /**
     * @param accepted submissions answered 201
     * @param arrivedInGrace their acknowledgements seen by {@link #ACK_GRACE_SECONDS} after the load ended
     * @param p99Ms end-to-end p99 over the acknowledgements that arrived
     */
    static Verdict endToEnd(long accepted, long arrivedInGrace, double p99Ms) {
        if (accepted == 0) {
            return new Verdict(false, "no submission was accepted");
        }
        long missing = accepted - arrivedInGrace;
        if (missing > 0) {
            return new Verdict(false, String.format(java.util.Locale.UK,
                    "%,d of %,d acknowledgements still missing %d s after the load ended", missing, accepted,
                    ACK_GRACE_SECONDS));
        }
        if (Double.isNaN(p99Ms) || p99Ms > MAX_P99_MS) {
            return new Verdict(false, "p99 " + Format.millis(p99Ms) + " end to end (above 1 s)");
        }
        return Verdict.ok();
    }
}
