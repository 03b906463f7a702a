package org.foiplatform.response.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.contracts.events.DecisionApprovedV2;
import org.foiplatform.response.domain.ComplianceCheck;
import org.foiplatform.response.domain.Finding;
import org.foiplatform.response.domain.LetterContent;

/**
 * Shows an officer the letter a decision would make, and what the compliance rules find in it, before it is
 * approved. Nothing is stored or sent.
 */
@ApplicationScoped
public class PreviewLetter {

    /** The letter as it would read, its findings, and whether it would be blocked. */
    public record Preview(String html, List<Finding> findings, boolean blocked) {
    }

    private final LetterRenderer renderer;
    private final AuthorityProfiles profiles;

    public PreviewLetter(LetterRenderer renderer, AuthorityProfiles profiles) {
        this.renderer = renderer;
        this.profiles = profiles;
    }

    public Preview preview(DecisionApprovedV2 decision) {
        LetterContent content = LetterAssembly.decision(decision, profiles.current(), null);
        List<Finding> findings = ComplianceCheck.check(content);
        return new Preview(renderer.html(content), findings, ComplianceCheck.blocks(findings));
    }
}
