package org.foiplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeepUpTest {

    @Test
    void aStepWithinAllThreeLimitsIsKeptUpWith() {
        assertThat(KeepUp.intake(400, 399, 0.0, 12.5).keptUp()).isTrue();
        // On the limits themselves: 1% errors, p99 of 1 s, 5% behind.
        assertThat(KeepUp.intake(400, 380, 0.01, 1_000).keptUp()).isTrue();
    }

    @Test
    void moreThanOnePercentErrorsBreaksAStep() {
        KeepUp.Verdict verdict = KeepUp.intake(400, 400, 0.0101, 10);
        assertThat(verdict.keptUp()).isFalse();
        assertThat(verdict.reason()).isEqualTo("errors 1.0% (above 1%)");
    }

    @Test
    void aP99AboveOneSecondBreaksAStep() {
        KeepUp.Verdict verdict = KeepUp.intake(400, 400, 0, 1_000.5);
        assertThat(verdict.keptUp()).isFalse();
        assertThat(verdict.reason()).isEqualTo("p99 1,001 ms (above 1 s)");
        assertThat(KeepUp.intake(400, 400, 0, Double.NaN).keptUp()).isFalse();
    }

    @Test
    void completionsMoreThanFivePercentBehindBreakAStep() {
        KeepUp.Verdict verdict = KeepUp.intake(1_000, 949, 0, 200);
        assertThat(verdict.keptUp()).isFalse();
        assertThat(verdict.reason()).isEqualTo("completions 949 a second, more than 5% behind the offered 1,000");
        assertThat(KeepUp.intake(1_000, 950, 0, 200).keptUp()).isTrue();
    }

    @Test
    void endToEndKeepsUpWhenEveryAcknowledgementArrivedAndP99IsAtMostOneSecond() {
        assertThat(KeepUp.endToEnd(2_000, 2_000, 850).keptUp()).isTrue();
        assertThat(KeepUp.endToEnd(2_000, 2_000, 1_000).keptUp()).isTrue();
    }

    @Test
    void endToEndBreaksOnAMissingAcknowledgementOrASlowP99() {
        KeepUp.Verdict missing = KeepUp.endToEnd(2_000, 1_999, 300);
        assertThat(missing.keptUp()).isFalse();
        assertThat(missing.reason()).isEqualTo("1 of 2,000 acknowledgements still missing 10 s after the load ended");
        KeepUp.Verdict slow = KeepUp.endToEnd(2_000, 2_000, 1_200);
        assertThat(slow.keptUp()).isFalse();
        assertThat(slow.reason()).isEqualTo("p99 1,200 ms end to end (above 1 s)");
        assertThat(KeepUp.endToEnd(0, 0, Double.NaN).keptUp()).isFalse();
    }
}
