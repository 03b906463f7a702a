package org.foiplatform.assessment.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A bank holiday as observed in one nation: the substitute day, not the nominal one, when they differ. */
public record BankHoliday(Nation nation, LocalDate date, String name) {

    public BankHoliday {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
