package org.foiplatform.response.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A response letter: its structured content (the aggregate), the compliance findings it was checked with, and where
 * it is in its life. A letter is never edited: a corrected letter is a new version for the same reference. Its
 * renderings are stored as {@link LetterDocument}s of that version.
 */
public final class Letter {

    private final UUID id;
    private final String reference;
    private final int version;
    private final LetterContent content;
    private final Instant createdAt;
    private List<Finding> findings = List.of();
    private LetterStatus status;
    private Instant issuedAt;

    private Letter(UUID id, int version, LetterContent content, Instant createdAt, LetterStatus status,
            List<Finding> findings, Instant issuedAt) {
        this.id = id;
        this.reference = content.reference();
        this.version = version;
        this.content = content;
        this.createdAt = createdAt;
        this.status = status;
        this.findings = List.copyOf(findings);
        this.issuedAt = issuedAt;
    }

    /** A new letter, drafted from a decision or a review, not yet checked. */
    public static Letter draft(UUID id, int version, LetterContent content, Instant now) {
        return new Letter(id, version, content, now, LetterStatus.DRAFTED, List.of(), null);
    }

    /** A letter as stored. */
    public static Letter restore(UUID id, int version, LetterContent content, Instant createdAt, LetterStatus status,
            List<Finding> findings, Instant issuedAt) {
        return new Letter(id, version, content, createdAt, status, findings, issuedAt);
    }

    /**
     * Runs every compliance rule: a blocking finding blocks the letter (nothing is sent); otherwise it is issued.
     * Returns the findings, warnings included.
     */
    public List<Finding> checkAndIssue(Instant now) {
        List<Finding> found = ComplianceCheck.check(content);
        LetterStatus next = ComplianceCheck.blocks(found) ? LetterStatus.BLOCKED : LetterStatus.ISSUED;
        LetterLifecycle.check(status, next);
        findings = found;
        status = next;
        issuedAt = next == LetterStatus.ISSUED ? now : null;
        return found;
    }

    /** The letter went on the disclosure log, anonymised. */
    public void published() {
        LetterLifecycle.check(status, LetterStatus.PUBLISHED);
        status = LetterStatus.PUBLISHED;
    }

    /** An admin took it off the disclosure log again: it stays issued. */
    public void unpublished() {
        LetterLifecycle.check(status, LetterStatus.ISSUED);
        status = LetterStatus.ISSUED;
    }

    public boolean blocked() {
        return status == LetterStatus.BLOCKED;
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public int version() {
        return version;
    }

    public LetterKind kind() {
        return content.kind();
    }

    public String regime() {
        return content.regime();
    }

    public String subject() {
        return content.subject();
    }

    public LetterContent content() {
        return content;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<Finding> findings() {
        return findings;
    }

    public LetterStatus status() {
        return status;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
