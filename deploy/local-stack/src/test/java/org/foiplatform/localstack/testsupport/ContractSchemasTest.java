package org.foiplatform.localstack.testsupport;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The check the producer tests use passes every golden sample and fails a message that breaks its schema. */
class ContractSchemasTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void every_golden_sample_passes(EventType type) {
        ContractSchemas.assertValid(GoldenSamples.raw(type));
    }

    @Test
    void a_due_date_that_is_not_an_iso_date_fails() {
        String broken = GoldenSamples.raw(EventType.CASE_OPENED).replace("\"2026-05-13\"", "\"13/05/2026\"");
        AssertionError error = assertThrows(AssertionError.class, () -> ContractSchemas.assertValid(broken));
        assertTrue(error.getMessage().contains("foi.case.case-opened"), error.getMessage());
    }
}
