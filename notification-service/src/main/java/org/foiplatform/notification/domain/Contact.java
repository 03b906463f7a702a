package org.foiplatform.notification.domain;

/**
 * The requester's name and addresses for one request, kept from RequestReceived. {@code postalAddress} is there only
 * when they asked for replies by post: then nothing is emailed to them, and each reply becomes a task to print and
 * post it. {@code trackingTokenSealed} is their private tracking token as intake sealed it (never the token itself),
 * opened only to write the private link into the acknowledgement.
 */
public record Contact(String reference, String name, String email, String postalAddress, String trackingTokenSealed) {

    public Contact(String reference, String name, String email) {
        this(reference, name, email, null, null);
    }

    /** Whether replies go by post. */
    public boolean byPost() {
        return postalAddress != null && !postalAddress.isBlank();
    }
}
