package org.foiplatform.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers as the summary prints them: British style, thousands with commas. */
final class Format {

    static final double MEGABYTE = 1024 * 1024;

    private Format() {
    }

    static String millis(double ms) {
        if (Double.isNaN(ms)) {
            return "n/a";
        }
        if (ms < 10) {
            return String.format(Locale.UK, "%.2f ms", ms);
        }
        if (ms < 1_000) {
            return String.format(Locale.UK, "%.1f ms", ms);
        }
        return String.format(Locale.UK, "%,.0f ms", ms);
    }

    static String count(double n) {
        return Double.isNaN(n) ? "n/a" : String.format(Locale.UK, "%,.0f", n);
    }

    static String rate(double perSecond) {
        return Double.isNaN(perSecond) ? "n/a" : String.format(Locale.UK, "%,.0f a second", perSecond);
    }

    static String megabytes(double bytes) {
        return Double.isNaN(bytes) ? "n/a" : String.format(Locale.UK, "%,.0f MB", bytes / MEGABYTE);
    }

    static String seconds(double s) {
        return Double.isNaN(s) ? "n/a" : String.format(Locale.UK, "%.2f s", s);
    }

    /** A ratio such as "0.42 ×", with enough digits to be read when it is far below one. */
    static String ratio(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        if (value == 0) {
            return "0 ×";
        }
        if (value >= 100) {
            return String.format(Locale.UK, "%,.0f ×", value);
        }
        if (value >= 10) {
            return String.format(Locale.UK, "%.1f ×", value);
        }
        if (value >= 0.1) {
            return String.format(Locale.UK, "%.2f ×", value);
        }
        // Far below one: two significant figures, written out (0.00081, not 8.1e-04).
        return new BigDecimal(value).round(new MathContext(2, RoundingMode.HALF_UP)).toPlainString() + " ×";
    }

    static String percent(double share) {
        if (Double.isNaN(share)) {
            return "n/a";
        }
        return share * 100 >= 10 ? String.format(Locale.UK, "%.0f%%", share * 100)
                : String.format(Locale.UK, "%.1f%%", share * 100);
    }
}
