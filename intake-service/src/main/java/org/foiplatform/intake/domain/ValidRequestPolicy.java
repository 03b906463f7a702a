package org.foiplatform.intake.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * FOIA s.8(1): a request for information must be in writing, state the name of the applicant and an
 * address for correspondence, and describe the information requested. This policy checks that a
 * submission has each of those, and returns every reason it does not (an empty list when it does).
 */
public final class ValidRequestPolicy {

    public static final int MAX_ORGANISATION_LENGTH = 200;
    public static final int MAX_TITLE_LENGTH = 300;
    /** RFC 5321 s.4.5.3.1.3: a path is at most 256 octets with its angle brackets, so an address at most 254. */
    public static final int MAX_EMAIL_LENGTH = 254;

    private final int maxNameLength;
    private final int maxQuestionLength;
    private final int maxQuestions;
    private final int maxRequestText;
    private final int maxPostalAddressLength;
    private final int maxPostalAddressLines;
    private final EmailAddressRule emailRule;

    /**
     * The limits keep the events a request leads to (RequestReceived, and the response letter that repeats every
     * question) within the size the platform can publish: see {@code InputLimits} in contracts. A postal address is
     * at most 500 characters in RequestReceived's schema.
     */
    public ValidRequestPolicy(int maxNameLength, int maxQuestionLength, int maxQuestions, int maxRequestText,
            int maxPostalAddressLength, int maxPostalAddressLines, EmailAddressRule emailRule) {
        this.maxNameLength = maxNameLength;
        this.maxQuestionLength = maxQuestionLength;
        this.maxQuestions = maxQuestions;
        this.maxRequestText = maxRequestText;
        this.maxPostalAddressLength = maxPostalAddressLength;
        this.maxPostalAddressLines = maxPostalAddressLines;
        this.emailRule = emailRule;
    }

    /** With the largest postal address RequestReceived carries: 500 characters on at most 8 lines. */
    public ValidRequestPolicy(int maxNameLength, int maxQuestionLength, int maxQuestions, int maxRequestText,
            EmailAddressRule emailRule) {
        this(maxNameLength, maxQuestionLength, maxQuestions, maxRequestText, 500, 8, emailRule);
    }

    /**
     * Every reason the submission is not a valid request. Each text is checked as it will be stored: in Unicode NFC
     * and stripped, with lengths counted in characters ({@link Text}).
     */
    public List<Violation> check(Submission sent) {
        Submission submission = sent.normalised();
        List<Violation> violations = new ArrayList<>();
        String name = trim(submission.name());
        if (name.isEmpty()) {
            violations.add(new Violation("requester.name", "Enter your full name"));
        } else if (hasControlCharacters(name)) {
            violations.add(new Violation("requester.name", "Remove the hidden control characters from your name"));
        } else if (Text.length(name) > maxNameLength) {
            violations.add(new Violation("requester.name", "Name must be " + maxNameLength + " characters or fewer"));
        }
        String email = trim(submission.email());
        if (email.isEmpty()) {
            violations.add(new Violation("requester.email", "Enter your email address"));
        } else if (Text.length(email) > MAX_EMAIL_LENGTH || !emailRule.acceptable(email)) {
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
                } else if (Text.length(text) > maxQuestionLength) {
                    violations.add(new Violation("questions[" + i + "].text",
                            "Question must be " + maxQuestionLength + " characters or fewer"));
                }
            }
            int total = questions.stream().mapToInt(q -> Text.length(trim(q))).sum();
            if (violations.isEmpty() && total > maxRequestText) {
                violations.add(new Violation("questions", "Your questions come to " + total + " characters: keep them to "
                        + maxRequestText + " in all, or send the rest as a second request"));
            }
        }
        String organisation = trim(submission.organisation());
        if (hasControlCharacters(organisation)) {
            violations.add(new Violation("requester.organisation",
                    "Remove the hidden control characters from the organisation"));
        } else if (Text.length(organisation) > MAX_ORGANISATION_LENGTH) {
            violations.add(new Violation("requester.organisation",
                    "Organisation must be " + MAX_ORGANISATION_LENGTH + " characters or fewer"));
        }
        String title = trim(submission.title());
        if (hasControlCharacters(title) || title.contains("\n") || title.contains("\r")) {
            violations.add(new Violation("title", "Remove the line breaks and hidden control characters from the title"));
        } else if (Text.length(title) > MAX_TITLE_LENGTH) {
            violations.add(new Violation("title", "Title must be " + MAX_TITLE_LENGTH + " characters or fewer"));
        }
        checkReplyBy(submission, violations);
        if (PreferredFormat.parse(submission.preferredFormat()) == null) {
            violations.add(new Violation("preferredFormat",
                    "Choose an electronic copy, a paper copy or to inspect the information"));
        }
        if (Regime.parse(submission.regime()).isEmpty()) {
            violations.add(new Violation("regime", "Choose FOIA, EIR, FOISA, EIRS or SAR, or leave it out for FOIA"));
        }
        return violations;
    }

    /**
     * FOIA s.8(1)(b): the address for correspondence. The email address is always required (the acknowledgement and
     * the tracking link go there); a reply by post needs a postal address as well, and only a reply by post takes
     * one, so that nobody's address is kept without a use for it (UK GDPR Art. 5(1)(c)).
     */
    private void checkReplyBy(Submission submission, List<Violation> violations) {
        Optional<ReplyBy> replyBy = ReplyBy.parse(submission.replyBy());
        String address = Text.postalAddress(submission.postalAddress());
        if (replyBy.isEmpty()) {
            violations.add(new Violation("requester.replyBy", "Choose whether we send our reply by email or by post"));
        } else if (replyBy.get() == ReplyBy.EMAIL) {
            if (!address.isEmpty()) {
                violations.add(new Violation("requester.postalAddress",
                        "Leave out the postal address, or choose to get our reply by post"));
            }
        } else if (address.isEmpty()) {
            violations.add(new Violation("requester.postalAddress", "Enter the postal address to send our reply to"));
        } else if (hasControlCharacters(address)) {
            violations.add(new Violation("requester.postalAddress",
                    "Remove the hidden control characters from the postal address"));
        } else if (Text.length(address) > maxPostalAddressLength) {
            violations.add(new Violation("requester.postalAddress",
                    "Postal address must be " + maxPostalAddressLength + " characters or fewer"));
        } else if (address.split("\n").length > maxPostalAddressLines) {
            violations.add(new Violation("requester.postalAddress",
                    "Postal address must be " + maxPostalAddressLines + " lines or fewer"));
        }
    }

    /** The postal address to keep: for a reply by post only, as {@link Text#postalAddress} lays it out. */
    public static String postalAddressToKeep(Submission submission) {
        if (ReplyBy.parse(submission.replyBy()).orElse(ReplyBy.EMAIL) != ReplyBy.POST) {
            return null;
        }
        String address = Text.postalAddress(submission.postalAddress());
        return address.isEmpty() ? null : address;
    }

    /** Control characters other than tab and line breaks, and unpaired surrogates: see {@link Text}. */
    private static boolean hasControlCharacters(String value) {
        return Text.hasUnreadableCharacters(value);
    }

    static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
