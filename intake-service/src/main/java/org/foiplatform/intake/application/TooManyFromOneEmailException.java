package org.foiplatform.intake.application;

/**
 * More requests for information from one email address in an hour than {@code foi.intake.submissions-per-email-per-hour}:
 * refused, and nothing is stored. {@code retryAfterSeconds} is when the address may send the next.
 */
public class TooManyFromOneEmailException extends RuntimeException {

    private final long retryAfterSeconds;
    private final int perHour;

    public TooManyFromOneEmailException(long retryAfterSeconds, int perHour) {
        super("More than " + perHour + " requests an hour from one email address");
        this.retryAfterSeconds = retryAfterSeconds;
        this.perHour = perHour;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int perHour() {
        return perHour;
    }
}
