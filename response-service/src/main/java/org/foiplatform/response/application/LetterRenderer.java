package org.foiplatform.response.application;

import org.foiplatform.response.domain.LetterContent;

/** Lays a letter out. Every rendering escapes the text of requesters and officers. */
public interface LetterRenderer {

    /** The letter as a web page and email body (well-formed XHTML). */
    String html(LetterContent content);

    /** The letter's {@link #html} as plain text, for the email's text part: made from it, so both say the same. */
    String text(String html);

    /** The letter as an A4 PDF: fonts embedded, tagged, titled, with the reference and page number on each page. */
    byte[] pdf(LetterContent content);
}
