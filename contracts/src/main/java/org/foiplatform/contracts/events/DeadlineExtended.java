package org.foiplatform.contracts.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The time for compliance was extended: FOIA s.10(3) (public interest), EIR or EIRS reg 7 (complex and voluminous)
 * or UK GDPR Art. 12(3). {@code amount} is in {@code unit} (working days or months); {@code refusalNoticeDue} is,
 * under FOIA s.10(3) and s.17(1), the original date by which the refusal notice naming the exemption still being
 * weighed is due (null otherwise).
 */
public record DeadlineExtended(String reference, String regime, LocalDate extendedOn, String provision, int amount,
        String unit, String reason, LocalDate previousDueDate, LocalDate dueDate, LocalDate refusalNoticeDue) {

    public DeadlineExtended {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(extendedOn, "extendedOn");
        Objects.requireNonNull(provision, "provision");
        Objects.requireNonNull(reason, "reason");
    }
}
