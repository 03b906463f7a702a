package org.foiplatform.intake.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * FOIA s.8(1): a request for information must be in writing, state the name of the applicant and an
 * address for correspondence, and describe the information requested. This policy checks that a
 * submission has each of those, and returns every reason it does not (an empty list when it does).
 */
public final class ValidRequestPolicy {

    /** Deliberately loose: one @, something either side, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    public static final int MAX_ORGANISATION_LENGTH = 200;
    public static final int MAX_TITLE_LENGTH = 300;

    private final int maxNameLength;
    private final int maxQuestionLength;
    private final int maxQuestions;
    private final int maxRequestText;

    /**
     * The limits keep the events a request leads to (RequestReceived, and the response letter that repeats every
     * question) within the size the platform can publish: see {@code InputLimits} in contracts.
     */
    public ValidRequestPolicy(int maxNameLength, int maxQuestionLength, int maxQuestions, int maxRequestText) {
        this.maxNameLength = maxNameLength;
        this.maxQuestionLength = maxQuestionLength;
        this.maxQuestions = maxQuestions;
        this.maxRequestText = maxRequestText;
    }

    public List<Violation> check(Submission submission) {
        List<Violation> violations = new ArrayList<>();
        String name = trim(submission.name());
        if (name.isEmpty()) {
            violations.add(new Violation("requester.name", "Enter your full name"));
        } else if (hasControlCharacters(name)) {
            violations.add(new Violation("requester.name", "Remove the hidden control characters from your name"));
        } else if (name.length() > maxNameLength) {
            violations.add(new Violation("requester.name", "Name must be " + maxNameLength + " characters or fewer"));
        }
        String email = trim(submission.email());
        if (email.isEmpty()) {
            violations.add(new Violation("requester.email", "Enter your email address"));
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            violations.add(new Violation("requester.email",
                    "Enter an email address in the correct format, like name@example.com"));
        }
        List<String> questions = submission.questions();
        if (questions == null || questions.isEmpty()) {
            violations.add(new Violation("questions", "Enter at least one question"));
        } else if (questions.size() > maxQuestions) {
            violations.add(new Violation("questions", "Ask " + maxQuestions + " questions or fewer in one request"));
        } else {
            for (int i = 0; i < questions.size(); i++) {
                String text = trim(questions.get(i));
                if (text.isEmpty()) {
                    violations.add(new Violation("questions[" + i + "].text", "Enter the question"));
                } else if (hasControlCharacters(text)) {
                    violations.add(new Violation("questions[" + i + "].text",
                            "Remove the hidden control characters from the question"));
                } else if (text.length() > maxQuestionLength) {
                    violations.add(new Violation("questions[" + i + "].text",
                            "Question must be " + maxQuestionLength + " characters or fewer"));
                }
            }
            int total = questions.stream().mapToInt(q -> trim(q).length()).sum();
            if (violations.isEmpty() && total > maxRequestText) {
                violations.add(new Violation("questions", "Your questions come to " + total + " characters: keep them to "
                        + maxRequestText + " in all, or send the rest as a second request"));
            }
        }
        String organisation = trim(submission.organisation());
        if (hasControlCharacters(organisation)) {
            violations.add(new Violation("requester.organisation",
                    "Remove the hidden control characters from the organisation"));
        } else if (organisation.codePointCount(0, organisation.length()) > MAX_ORGANISATION_LENGTH) {
            violations.add(new Violation("requester.organisation",
                    "Organisation must be " + MAX_ORGANISATION_LENGTH + " characters or fewer"));
        }
        String title = trim(submission.title());
        if (hasControlCharacters(title) || title.contains("\n") || title.contains("\r")) {
            violations.add(new Violation("title", "Remove the line breaks and hidden control characters from the title"));
        } else if (title.codePointCount(0, title.length()) > MAX_TITLE_LENGTH) {
            violations.add(new Violation("title", "Title must be " + MAX_TITLE_LENGTH + " characters or fewer"));
        }
        if (PreferredFormat.parse(submission.preferredFormat()) == null) {
            violations.add(new Violation("preferredFormat",
                    "Choose an electronic copy, a paper copy or to inspect the information"));
        }
        if (Regime.parse(submission.regime()).isEmpty()) {
            violations.add(new Violation("regime", "Choose FOIA, EIR, FOISA, EIRS or SAR, or leave it out for FOIA"));
        }
        return violations;
    }

    /** Control characters other than tab and line breaks: never typed, and NUL cannot even be stored. */
    private static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }

    static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
