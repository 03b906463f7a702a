package org.foiplatform.intake.domain;

/** Where a request stands, as the requester is told it. Kept by intake from the other services' events. */
public enum ProgressStatus {
    RECEIVED("Received", "We have your request and will confirm the date by which we must answer."),
    IN_PROGRESS("Being answered", "We are finding the information you asked for."),
    CLARIFICATION_REQUESTED("Waiting for you", "We need you to make your request clearer before we can answer it."),
    FEE_REQUESTED("Waiting for a fee", "We have asked for a fee before we can answer your request."),
    RESPONDED("Answered", "We have answered your request."),
    REVIEW_REQUESTED("Being reviewed", "You asked for an internal review of our answer. Someone who was not involved "
            + "in the first answer is looking at it again."),
    REVIEW_DECIDED("Review decided", "We have told you the outcome of the internal review. If you are still not "
            + "satisfied, you can complain to the Information Commissioner's Office."),
    WITHDRAWN("Withdrawn", "You withdrew this request. We will not answer it."),
    LAPSED("Closed", "We closed this request because what we asked you for did not reach us in time. You can make a "
            + "new request at any time.");

    private final String words;
    private final String explanation;

    ProgressStatus(String words, String explanation) {
        this.words = words;
        this.explanation = explanation;
    }

    public String words() {
        return words;
    }

    public String explanation() {
        return explanation;
    }
}
