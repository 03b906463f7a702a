package org.foiplatform.response.application;

import java.util.List;

import org.foiplatform.response.domain.ResponseLetter;

public interface LetterRepository {

    /** The highest version issued for the reference, 0 if none. */
    int latestVersion(String reference);

    void add(ResponseLetter letter);

    List<ResponseLetter> forReference(String reference);
}
