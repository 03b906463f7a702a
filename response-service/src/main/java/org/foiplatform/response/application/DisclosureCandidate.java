package org.foiplatform.response.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A response letter just issued, offered to the disclosure log. Nothing in it is anonymised yet:
 * {@link ScheduleDisclosure} masks it before it is stored.
 *
 * @param reference the request's reference, e.g. FOI-2026-000123
 * @param letterId the issued letter's id
 * @param regime FOIA, EIR, FOISA, EIRS or SAR
 * @param caseOutcome the outcome of the request as a whole, as in the statistics (may be null)
 * @param respondedOn the date of the letter
 * @param consentToPublish whether the requester agreed to the response being published
 * @param requesterName used only to mask the name in the text; never stored (may be null)
 * @param questions each question with its outcome, answer and the provisions cited
 * @param letterHtml the letter as rendered with no requester name ("Dear Sir or Madam")
 */
public record DisclosureCandidate(String reference, UUID letterId, String regime, String caseOutcome,
        LocalDate respondedOn, boolean consentToPublish, String requesterName, List<Question> questions,
        String letterHtml) {

    public DisclosureCandidate {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(respondedOn, "respondedOn");
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /**
     * One question of the request.
     *
     * @param outcome the outcome code, e.g. INFORMATION_PROVIDED, NOT_HELD, EXEMPT
     * @param exemptions the provisions cited, e.g. "FOIA s.21"
     */
    public record Question(int number, String question, String outcome, String answer, List<String> exemptions) {
        public Question {
            exemptions = exemptions == null ? List.of()
                    : exemptions.stream().filter(e -> e != null && !e.isBlank()).map(String::strip).toList();
        }
    }
}
