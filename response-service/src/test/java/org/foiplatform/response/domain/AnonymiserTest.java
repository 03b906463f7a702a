package org.foiplatform.response.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Personal data masked before publication, as a table of inputs. The requester in every row is Sam O'Brien-Taylor. */
class AnonymiserTest {

    private final Anonymiser anonymiser = new Anonymiser("Sam O'Brien-Taylor");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Write to sam.obrien@example.org please      | Write to [email address removed] please
            Copy to S.O-T+foi@mail.example.co.uk.        | Copy to [email address removed].
            Call 01632 960123 today                      | Call [phone number removed] today
            Mobile +44 7700 900123.                      | Mobile [phone number removed].
            Mobile 07700900123                           | Mobile [phone number removed]
            London 020 7946 0958                         | London [phone number removed]
            Or +44 (0)1632 960123                        | Or [phone number removed]
            I live at 1 High St, EX1 1AA.                | I live at 1 High St, [postcode removed].
            Near SW1A 2AA and m1 1ae                     | Near [postcode removed] and [postcode removed]
            From Sam O'Brien-Taylor, resident            | From [name removed], resident
            from SAM o'brien-taylor                      | from [name removed]
            Dear Ms O'Brien-Taylor,                      | Dear Ms [name removed],
            Sam asked                                    | [name removed] asked
            Samphire and samosas are not names           | Samphire and samosas are not names
            Reference FOI-2026-000123 in 2025            | Reference FOI-2026-000123 in 2025
            £10,833.33 for 433.33 hours, 47 potholes     | £10,833.33 for 433.33 hours, 47 potholes
            The A38 and the M5 3rd lane                  | The A38 and the M5 3rd lane
            """)
    void personal_data_is_masked_and_nothing_else(String input, String expected) {
        assertThat(anonymiser.mask(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <p>Dear Sam O&#39;Brien-Taylor,</p>          | <p>Dear [name removed],</p>
            <td>foi@example-council.gov.uk</td>          | <td>[email address removed]</td>
            """)
    void the_name_is_masked_in_a_letters_escaped_html_too(String input, String expected) {
        assertThat(anonymiser.mask(input)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void without_a_name_only_contact_details_are_masked_and_control_characters_are_dropped() {
        assertThat(new Anonymiser(null).mask("Sam\u0002 at sam@example.org")).isEqualTo("Sam at [email address removed]");
        assertThat(new Anonymiser(" ").mask(null)).isNull();
    }
}
