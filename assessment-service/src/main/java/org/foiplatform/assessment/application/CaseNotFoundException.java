package org.foiplatform.assessment.application;

/** No case has this reference. */
public class CaseNotFoundException extends RuntimeException {
    public CaseNotFoundException(String reference) {
        super("No case " + reference);
    }
}
