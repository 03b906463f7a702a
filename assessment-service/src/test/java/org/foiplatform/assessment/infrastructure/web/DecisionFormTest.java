package org.foiplatform.assessment.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.foiplatform.assessment.domain.BankHolidayCalendar;
import org.foiplatform.assessment.domain.CaseQuestion;
import org.foiplatform.assessment.domain.ClockRules;
import org.foiplatform.assessment.domain.CostLimit;
import org.foiplatform.assessment.domain.DecisionProblem;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.QuestionDecision;
import org.foiplatform.assessment.domain.Regime;
import org.foiplatform.assessment.domain.StatutoryClock;
import org.foiplatform.assessment.infrastructure.calendar.BankHolidayFiles;
import org.junit.jupiter.api.Test;

/**
 * The decision form read and written back: empty rows left out of the decision but kept on the page, a problem the
 * rules name by its place among the exemptions cited mapped to the row it was typed in, "Add" adding one row up to
 * the rules' most, and a provision asking only for the fields it needs.
 */
class DecisionFormTest {

    private static final Optional<CostLimit> FOIA_LIMIT = Optional.of(new CostLimit(Regime.FOIA, 45_000, 2_500,
            CostLimit.FOIA_ACTIVITIES));

    private final InformationCase c = InformationCase.open("FOI-2026-000001", UUID.randomUUID(), Regime.FOIA,
            LocalDate.of(2026, 4, 14), "Jane Citizen", List.of(CaseQuestion.asked(1, "How many?"),
                    CaseQuestion.asked(2, "How much?")),
            new StatutoryClock(new BankHolidayCalendar(BankHolidayFiles.bundledCsv().holidays()),
                    ClockRules.standard()), 1, Instant.EPOCH);

    @Test
    void empty_rows_are_left_out_and_a_problem_points_at_the_row_it_was_typed_in() {
        MultivaluedMap<String, String> form = form("outcome-2", "EXEMPT", "provision-2-0", "", "provision-2-1", "",
                "provision-2-2", "FOIA s.21", "reason-2-2", "Published.", "activity-1-0", "", "units-1-0", "",
                "activity-1-1", "LOCATING", "units-1-1", "10");
        List<QuestionDecision> decisions = DecisionForm.decisions(c, form);
        assertThat(decisions.get(1).exemptions()).singleElement().satisfies(e -> {
            assertThat(e.provision()).isEqualTo("FOIA s.21");
            assertThat(e.publicInterest()).isNull();
        });
        assertThat(decisions.get(0).costEstimate()).singleElement()
                .satisfies(i -> assertThat(i.activity()).isEqualTo(CostLimit.Activity.LOCATING));
        assertThat(decisions.get(1).costEstimate()).isNull();

        assertThat(DecisionForm.fieldOf(new DecisionProblem("outcomes[1].exemptions[0].availableAt", "Where?"), c,
                form).id()).isEqualTo("availableAt-2-2");
        assertThat(DecisionForm.fieldOf(new DecisionProblem("outcomes[1].exemptions[0].publicInterest.against",
                "Against?"), c, form).id()).isEqualTo("piAgainst-2-2");
        assertThat(DecisionForm.fieldOf(new DecisionProblem("outcomes[0].costEstimate[0].minutesPerUnit", "?"), c,
                form).id()).isEqualTo("minutes-1-1");
        assertThat(DecisionForm.anchor(DecisionForm.fieldOf(new DecisionProblem("outcomes[1].exemptions", "Cite"), c,
                form).id())).isEqualTo("#provision-2-0");
        assertThat(DecisionForm.fieldOf(new DecisionProblem("outcomes", "Give an outcome for question 2"), c, form)
                .id()).isEqualTo("outcome-1");
    }

    @Test
    void add_adds_one_row_up_to_the_most_the_rules_allow() {
        MultivaluedMap<String, String> form = form("action", "add-exemption-1", "provision-1-0", "FOIA s.43(2)");
        assertThat(DecisionForm.forms(c, form, Map.of(), FOIA_LIMIT, Map.of()).get(0).exemptions()).hasSize(2);
        for (int row = 1; row < DecisionForm.MAX_EXEMPTION_ROWS; row++) {
            form.add("provision-1-" + row, "");
        }
        DecisionForm.QuestionForm full = DecisionForm.forms(c, form, Map.of(), FOIA_LIMIT, Map.of()).get(0);
        assertThat(full.exemptions()).hasSize(DecisionForm.MAX_EXEMPTION_ROWS);
        assertThat(full.moreExemptions()).isFalse();
        // The other question is untouched: one empty row each.
        assertThat(DecisionForm.forms(c, form, Map.of(), FOIA_LIMIT, Map.of()).get(1).exemptions()).hasSize(1);
    }

    @Test
    void a_provision_asks_only_for_what_it_needs_unless_something_was_typed_there() {
        MultivaluedMap<String, String> form = form("provision-1-0", "FOIA s.21", "provision-1-1", "FOIA s.43(2)",
                "provision-1-2", "FOIA s.40(2)", "piFor-1-2", "Typed before choosing.", "provision-1-3", "");
        List<DecisionForm.ExemptionRow> rows = DecisionForm.forms(c, form, Map.of(), FOIA_LIMIT, Map.of()).get(0)
                .exemptions();
        assertThat(rows.get(0)).satisfies(r -> {
            assertThat(r.askWhere()).isTrue();
            assertThat(r.askPublicInterest()).isFalse();
            assertThat(r.kind()).isEqualTo("Absolute: no public interest test");
        });
        assertThat(rows.get(1)).satisfies(r -> {
            assertThat(r.askWhere()).isFalse();
            assertThat(r.askPublicInterest()).isTrue();
            assertThat(r.kind()).isEqualTo("Qualified: the public interest test applies");
        });
        // Absolute, but the test was typed: it stays on the page, for the rules to say it must go.
        assertThat(rows.get(2).askPublicInterest()).isTrue();
        assertThat(rows.get(3)).satisfies(r -> {
            assertThat(r.askWhere()).isTrue();
            assertThat(r.askPublicInterest()).isTrue();
            assertThat(r.kind()).isNull();
        });
        // No EIR exception is offered in a FOIA case.
        assertThat(rows.get(0).groups()).flatMap(DecisionForm.ChoiceGroup::choices)
                .extracting(DecisionForm.Choice::value).contains("FOIA s.21").noneMatch(v -> v.startsWith("EIR"));
    }

    private static MultivaluedMap<String, String> form(String... pairs) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
