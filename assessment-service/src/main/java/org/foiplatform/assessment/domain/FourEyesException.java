package org.foiplatform.assessment.domain;

/**
 * The same person may not both draft a decision and approve it (or, later, review it): the four-eyes rule the
 * authority's FOI procedure sets, so that every refusal has been read by a second officer.
 */
public class FourEyesException extends RuntimeException {

    public FourEyesException(String message) {
        super(message);
    }
}
