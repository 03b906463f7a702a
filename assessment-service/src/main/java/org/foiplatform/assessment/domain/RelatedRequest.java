package org.foiplatform.assessment.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Another request whose words look like this case's, as intake-service found it when one of the two arrived.
 * {@code similarity} is how alike their words are (0 to 1); {@code sameRequester} is true when the same person made
 * both: a possible repeated request (FOIA s.14(2)), or one whose cost may be aggregated (the Fees Regulations 2004
 * reg 5(1)(a)); from someone else it may be a round-robin or campaign request (reg 5(1)(b)). {@code later} is true
 * when the other request arrived after this one (intake named this case in the other's findings). Intake finds; the
 * officer decides.
 */
public record RelatedRequest(String reference, LocalDate receivedOn, double similarity, boolean sameRequester,
        boolean later) {

    public RelatedRequest {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be from 0 to 1, not " + similarity);
        }
    }

    /** The similarity as a whole percentage, e.g. 82%. */
    public int percent() {
        return (int) Math.round(similarity * 100);
    }
}
