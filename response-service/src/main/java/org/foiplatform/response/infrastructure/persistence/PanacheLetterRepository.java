package org.foiplatform.response.infrastructure.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.response.application.LetterRepository;
import org.foiplatform.response.domain.ResponseLetter;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheLetterRepository implements LetterRepository {

    @Override
    public int latestVersion(String reference) {
        return LetterEntity.<LetterEntity>find("reference", Sort.descending("version"), reference).firstResultOptional()
                .map(e -> e.version).orElse(0);
    }

    @Override
    public void add(ResponseLetter letter) {
        LetterEntity entity = new LetterEntity();
        entity.id = letter.id();
        entity.reference = letter.reference();
        entity.version = letter.version();
        entity.subject = letter.subject();
        entity.html = letter.html();
        entity.issuedAt = letter.issuedAt();
        entity.persist();
    }

    @Override
    public List<ResponseLetter> forReference(String reference) {
        return LetterEntity.<LetterEntity>find("reference", Sort.ascending("version"), reference).stream()
                .map(e -> new ResponseLetter(e.id, e.reference, e.version, e.issuedAt, e.subject, e.html)).toList();
    }
}
