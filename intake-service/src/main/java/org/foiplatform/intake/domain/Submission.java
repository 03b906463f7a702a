package org.foiplatform.intake.domain;

import java.util.List;

/**
 * A request as the requester sent it, before it is checked. Any part may be missing; no regime means FOIA. The
 * organisation, title, preferred format (FOIA s.11) and the consent to publish the answer on the disclosure log are
 * optional here: the portal asks for all but the organisation, the API need not send them.
 */
public record Submission(String name, String email, List<String> questions, String regime, String organisation,
        String title, String preferredFormat, Boolean consentToPublish) {

    public Submission(String name, String email, List<String> questions, String regime) {
        this(name, email, questions, regime, null, null, null, null);
    }

    public Submission(String name, String email, List<String> questions) {
        this(name, email, questions, null);
    }
}
