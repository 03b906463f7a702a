package org.foiplatform.intake.domain;

/**
 * The person asking: FOIA s.8(1)(b) requires a name and an address for correspondence (an email address will do).
 * {@code postalAddress} is set only when they want the reply by post (lines separated by {@code \n}); null means by
 * email.
 */
public record Requester(String name, String email, String postalAddress) {

    public Requester(String name, String email) {
        this(name, email, null);
    }

    public ReplyBy replyBy() {
        return postalAddress == null ? ReplyBy.EMAIL : ReplyBy.POST;
    }

    public boolean byPost() {
        return postalAddress != null;
    }
}
