package org.foiplatform.assessment.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The statistics' CSV: quoted as RFC 4180 says, and a text that a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) made plain text with an apostrophe (OWASP, "CSV Injection").
 */
class CsvTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "FOIA s.40(2)                 | FOIA s.40(2)",
            "Granted in full              | Granted in full",
            "a, b                         | `\"a, b\"`",
            "`say \"no\"`                 | `\"say \"\"no\"\"\"`",
            "=HYPERLINK(\"http://x\")     | `\"'=HYPERLINK(\"\"http://x\"\")\"`",
            "=1+2                         | '=1+2",
            "+44 20                       | '+44 20",
            "-5                           | '-5",
            "@SUM(A1)                     | '@SUM(A1)",
    })
    void a_text_field_is_quoted_and_never_a_formula(String value, String written) {
        assertThat(Csv.field(value)).isEqualTo(written);
    }

    @org.junit.jupiter.api.Test
    void numbers_are_written_as_numbers_and_rows_end_in_crlf() {
        assertThat(new Csv().row("month", "received").row("2026-04", 3L).toString())
                .isEqualTo("month,received\r\n2026-04,3\r\n");
        assertThat(new Csv().row("\tcmd", "line\nbreak").toString()).isEqualTo("'\tcmd,\"line\nbreak\"\r\n");
    }
}
