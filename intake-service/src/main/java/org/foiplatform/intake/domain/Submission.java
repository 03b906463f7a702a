package org.foiplatform.intake.domain;

import java.util.List;

/** A request as the requester sent it, before it is checked. Any part may be missing. */
public record Submission(String name, String email, List<String> questions) {
}
