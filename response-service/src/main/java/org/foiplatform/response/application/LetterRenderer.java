package org.foiplatform.response.application;

import org.foiplatform.response.domain.LetterContent;

/** Lays a letter out as HTML. Implemented with a Qute template that escapes every value. */
public interface LetterRenderer {
    String renderHtml(LetterContent content);
}
