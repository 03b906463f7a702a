package org.foiplatform.assessment.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.domain.CostLimit;
import org.foiplatform.assessment.domain.DecisionProblem;
import org.foiplatform.assessment.domain.Regime;

/** The configured cost limits, and an estimate worked out against the one of a regime. */
@ApplicationScoped
public class CostLimits {

    private final CostLimit foia;
    private final CostLimit foisa;

    public CostLimits(AssessmentConfig config) {
        AssessmentConfig.CostLimits limits = config.costLimit();
        this.foia = new CostLimit(Regime.FOIA, pence(limits.foiaPounds()), pence(limits.foiaPoundsPerHour()),
                CostLimit.FOIA_ACTIVITIES);
        this.foisa = new CostLimit(Regime.FOISA, pence(limits.foisaPounds()), pence(limits.foisaPoundsPerHour()),
                CostLimit.FOISA_ACTIVITIES);
    }

    /** The cost limit of {@code regime}, or empty if it has none (EIR, EIRS, SAR). */
    public Optional<CostLimit> of(Regime regime) {
        return CostLimit.of(regime, foia, foisa);
    }

    /**
     * Works out {@code items} under {@code regime}'s limit. Problems name the field as {@code <prefix>[i].field}, so
     * that a decision can name {@code outcomes[2].costEstimate[0].units}.
     */
    public CostLimit.Estimate estimate(Regime regime, List<CostLimit.Item> items, String prefix) {
        return estimate(regime, items, prefix, java.util.Set.of());
    }

    /** As {@link #estimate(Regime, List, String)}, where lines may add the related requests {@code aggregable}. */
    public CostLimit.Estimate estimate(Regime regime, List<CostLimit.Item> items, String prefix,
            java.util.Set<String> aggregable) {
        CostLimit limit = of(regime).orElseThrow(() -> new InvalidInputException("There is no cost limit", List.of(
                new DecisionProblem("regime", regime + " has no cost limit: a burdensome request is refused as"
                        + " manifestly unreasonable (EIR 12(4)(b), EIRS 10(4)(b))"))));
        List<CostLimit.Problem> problems = limit.check(items, aggregable);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The cost estimate cannot be used", problems.stream()
                    .map(p -> new DecisionProblem(p.item() < 0 ? prefix
                            : prefix + "[" + p.item() + "]" + (p.field() == null ? "" : "." + p.field()), p.reason()))
                    .toList());
        }
        return limit.estimate(items, aggregable);
    }

    private static long pence(BigDecimal pounds) {
        return pounds.movePointRight(2).longValueExact();
    }
}
