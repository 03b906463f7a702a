package org.foiplatform.intake.domain;

import java.util.List;

/** A request as the requester sent it, before it is checked. Any part may be missing; no regime means FOIA. */
public record Submission(String name, String email, List<String> questions, String regime) {

    public Submission(String name, String email, List<String> questions) {
        this(name, email, questions, null);
    }
}
