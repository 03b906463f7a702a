package org.foiplatform.assessment.domain;

import java.util.List;
import java.util.Objects;

/**
 * The law a request's words suggest, as intake-service read them, when it is not the one the request was made
 * under: environmental subjects suggest the EIR (EIRS in Scotland; EIR reg 2(1)), asking for one's own personal data
 * a subject access request. {@code because} holds the words that suggested it. A hint for the officer, who may
 * change the regime; never a decision.
 */
public record RegimeHint(Regime regime, List<String> because) {

    public RegimeHint {
        Objects.requireNonNull(regime, "regime");
        because = because == null ? List.of() : List.copyOf(because);
    }
}
