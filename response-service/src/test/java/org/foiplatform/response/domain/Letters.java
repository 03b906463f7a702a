package org.foiplatform.response.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Letter content for the domain's tests: a complete FOIA letter, and ways to spoil it one element at a time. */
final class Letters {

    static final Authority AUTHORITY = new Authority("Example City Council", "Information Governance Team",
            "Civic Centre, 1 Market Square, Exampleton EX1 1AA", "https://www.example-city.gov.uk",
            "foi@example-city.gov.uk", "01632 960000", "Information Governance Team\nExample City Council", null,
            "the Open Government Licence v3.0", "https://www.nationalarchives.gov.uk/doc/open-government-licence/",
            null, null);

    private Letters() {
    }

    static LetterContent.Answer provided(int number) {
        return new LetterContent.Answer(number, "How many potholes were reported in 2025?", "INFORMATION_PROVIDED",
                "Information provided", "47.", List.of(), null, null);
    }

    static LetterContent.Citation qualified(String provision) {
        return new LetterContent.Citation(provision, "Commercial interests", false, "It would harm the contractor.",
                null, "Transparency about spending.", "Fair competition.", "Withholding is in the public interest.");
    }

    static LetterContent.Answer withheld(int number, LetterContent.Citation... citations) {
        return new LetterContent.Answer(number, "What did the contract cost?", "EXEMPT", "Withheld", "We are not "
                + "providing it.", List.of(citations), null, null);
    }

    static LetterContent.Answer costLimit(int number, String advice) {
        return new LetterContent.Answer(number, "Every complaint since 2001?", "COST_LIMIT", "Refused",
                "Finding it would cost more than the limit.", List.of(), new LetterContent.Estimate("The Fees "
                        + "Regulations 2004", List.of(new LetterContent.Line("extracting", 13000, "2", "433.33",
                                "Reading each record.")), "433.33", "£10,833.33", "£450", "18", "£25"), advice);
    }

    static LetterContent foia(LetterContent.Answer... answers) {
        return content("FOIA", "Ms Jane Okafor", LocalDate.of(2024, 6, 17), answers);
    }

    static LetterContent content(String regime, String requester, LocalDate reviewBy,
            LetterContent.Answer... answers) {
        return new LetterContent(LetterKind.DECISION, "FOI-2024-000123", regime, LocalDate.of(2024, 4, 18),
                AUTHORITY, "Your request for information FOI-2024-000123", requester, LocalDate.of(2024, 3, 21),
                LocalDate.of(2024, 4, 22), false, null, reviewBy, new ArrayList<>(List.of(answers)), null);
    }
}
