package org.foiplatform.intake.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** A request's public reference, {@code FOI-<year>-<6 digits>}, e.g. FOI-2026-000123. */
public record Reference(String value) {

    private static final Pattern FORMAT = Pattern.compile("FOI-\\d{4}-\\d{6,}");

    public Reference {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a request reference: " + value);
        }
    }

    /**
     * The reference for the {@code sequence}-th request, with the year it was received. The number runs on
     * across years (FOI-2027-000124 may follow FOI-2026-000123); it is never reused.
     */
    public static Reference of(int year, long sequence) {
        return new Reference(String.format("FOI-%04d-%06d", year, sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
