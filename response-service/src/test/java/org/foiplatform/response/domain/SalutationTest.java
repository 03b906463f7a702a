package org.foiplatform.response.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalutationTest {

    @ParameterizedTest(name = "\"{0}\" -> {1} ... {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Ms Jane Okafor         | Dear Ms Okafor          | Yours sincerely",
            "Dr. Amir Shah          | Dear Dr. Shah           | Yours sincerely",
            "mr smith               | Dear mr smith           | Yours sincerely",
            "Sam Taylor             | Dear Sam Taylor         | Yours sincerely",
            "Siân O'Neill-Jones     | Dear Siân O'Neill-Jones | Yours sincerely",
            "NULL                   | Dear Sir or Madam       | Yours faithfully",
            "''                     | Dear Sir or Madam       | Yours faithfully",
            "anon                   | Dear Sir or Madam       | Yours faithfully",
            "Anonymous              | Dear Sir or Madam       | Yours faithfully",
            "J                      | Dear Sir or Madam       | Yours faithfully",
            "Ms                     | Dear Sir or Madam       | Yours faithfully",
            "jane@example.org       | Dear Sir or Madam       | Yours faithfully",
            "Requester 42           | Dear Sir or Madam       | Yours faithfully" })
    void greeting_and_close_agree(String name, String greeting, String close) {
        Salutation salutation = Salutation.to(name);
        assertThat(salutation.greeting()).isEqualTo(greeting);
        assertThat(salutation.close()).isEqualTo(close);
    }
}
