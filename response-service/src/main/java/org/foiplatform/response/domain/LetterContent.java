package org.foiplatform.response.domain;

import java.time.LocalDate;
import java.util.List;

/** What a response letter says, before it is laid out. All text is the requester's or officer's: escape it. */
public record LetterContent(String reference, LocalDate dateOfIssue, String authorityName, String authorityEmail,
        String authorityAddress, String subject, List<Answer> answers) {

    public record Answer(int number, String question, String outcome, String answer) {
    }
}
