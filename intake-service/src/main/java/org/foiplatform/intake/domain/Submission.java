package org.foiplatform.intake.domain;

import java.util.List;

/**
 * A request as the requester sent it, before it is checked. Any part may be missing; no regime means FOIA. The
 * organisation, title, preferred format (FOIA s.11) and the consent to publish the answer on the disclosure log are
 * optional here: the portal asks for all but the organisation, the API need not send them. {@code replyBy} is
 * {@code EMAIL} (the default when absent) or {@code POST}; {@code postalAddress} is needed for, and only taken with,
 * a reply by post.
 */
public record Submission(String name, String email, List<String> questions, String regime, String organisation,
        String title, String preferredFormat, Boolean consentToPublish, String replyBy, String postalAddress) {

    public Submission(String name, String email, List<String> questions, String regime, String organisation,
            String title, String preferredFormat, Boolean consentToPublish) {
        this(name, email, questions, regime, organisation, title, preferredFormat, consentToPublish, null, null);
    }

    public Submission(String name, String email, List<String> questions, String regime) {
        this(name, email, questions, regime, null, null, null, null);
    }

    public Submission(String name, String email, List<String> questions) {
        this(name, email, questions, null);
    }

    /** Every text in Unicode NFC ({@link Text#nfc}), as it is checked, stored and published. */
    public Submission normalised() {
        return new Submission(Text.nfc(name), Text.nfc(email),
                questions == null ? null : questions.stream().map(Text::nfc).toList(), Text.nfc(regime),
                Text.nfc(organisation), Text.nfc(title), Text.nfc(preferredFormat), consentToPublish, Text.nfc(replyBy),
                Text.nfc(postalAddress));
    }
}
