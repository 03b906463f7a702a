package org.foiplatform.intake.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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

    /**
     * The SHA-256 (hex) of the submission as it is checked (in NFC), kept with its idempotency key, so that the key
     * sent again with another request is told apart from the same request sent twice. Every field goes in with its
     * length, and a missing field differs from an empty one, so no two different submissions run together.
     */
    public String fingerprint() {
        Submission n = normalised();
        List<String> parts = new ArrayList<>(List.of(String.valueOf(n.name), String.valueOf(n.email),
                String.valueOf(n.regime), String.valueOf(n.organisation), String.valueOf(n.title),
                String.valueOf(n.preferredFormat), String.valueOf(n.consentToPublish), String.valueOf(n.replyBy),
                String.valueOf(n.postalAddress)));
        parts.add(n.questions == null ? "no questions" : n.questions.size() + " questions");
        if (n.questions != null) {
            n.questions.forEach(q -> parts.add(String.valueOf(q)));
        }
        StringBuilder canonical = new StringBuilder();
        for (String part : parts) {
            canonical.append(part.length()).append(':').append(part).append(';');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
