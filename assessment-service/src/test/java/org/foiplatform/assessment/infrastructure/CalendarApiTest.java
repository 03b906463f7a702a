package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.foiplatform.assessment.application.LapseRequests;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.events.ClarificationRequested;
import org.foiplatform.contracts.events.DeadlineExtended;
import org.foiplatform.contracts.events.DueDateChanged;
import org.foiplatform.contracts.events.FeesNoticeIssued;
import org.foiplatform.localstack.testsupport.ContractSchemas;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jakarta.inject.Inject;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The public deadline calculator, the bank-holiday import that re-dates open cases, and the change of
 * regime, against the real PostgreSQL and broker.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class CalendarApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private final EventCodec codec = new EventCodec();

    private static RequestSpecification officer() {
        return given().auth().preemptive().basic("officer", "test-officer-pw");
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "test-admin-pw");
    }

    private static String resource(String path) {
        try (InputStream in = CalendarApiTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a case from the golden RequestReceived (received Tuesday 14 April 2026) under {@code regime}. */
    private String openCase(String regime) {
        String reference = TestReferences.next();
        TopicReader.produce(kafka, Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED,
                reference).replaceFirst("\"regime\"\\s*:\\s*\"FOIA\"", "\"regime\": \"" + regime + "\""));
        TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT);
        return reference;
    }

    private List<DueDateChanged> dueDateChanges(String reference, int atLeast) {
        return TopicReader.await(kafka, Topics.CASE, reference, 1 + atLeast, WAIT).stream()
                .map(r -> codec.read(r.value())).filter(e -> e.is(EventType.DUE_DATE_CHANGED))
                .map(e -> codec.payload(e, DueDateChanged.class)).toList();
    }

    @ParameterizedTest(name = "{0} received {1}: due {2}")
    @CsvSource({
            "FOIA,  2026-03-12, 2026-04-14",
            "FOISA, 2026-03-12, 2026-04-10",
            "EIR,   2025-12-22, 2026-01-23",
            "SAR,   2026-01-31, 2026-03-02",
    })
    void the_calculator_needs_no_sign_in_and_gives_the_worked_examples(String regime, String received, String due) {
        given().queryParam("regime", regime).queryParam("received", received)
                .get("/api/calendar/deadline").then().statusCode(200)
                .body("regime", equalTo(regime))
                .body("received", equalTo(received))
                .body("dueDate", equalTo(due));
    }

    @Test
    void the_calculator_explains_each_day_not_counted() {
        given().queryParam("regime", "FOIA").queryParam("received", "2026-03-12")
                .get("/api/calendar/deadline").then().statusCode(200)
                .body("explanation.dayZero", equalTo("2026-03-12"))
                .body("explanation.notCounted.find { it.date == '2026-03-17' }.detail",
                        equalTo("St Patrick’s Day (Northern Ireland)"))
                .body("explanation.notCounted.find { it.date == '2026-04-06' }.reason", equalTo("BANK_HOLIDAY"))
                .body("explanation.notCounted.find { it.date == '2026-03-14' }.reason", equalTo("WEEKEND"))
                .body("explanation.notes", hasItem(containsString("Tuesday 14 April 2026 is the 20th working day")));
    }

    @Test
    void the_calculator_applies_fee_pauses_clarifications_and_longer_periods() {
        // The oracle's composed row: EIR, 40 working days, clarification 16 February, fee 2 to 13 March 2026.
        given().queryParam("regime", "EIR").queryParam("received", "2026-02-02")
                .queryParam("clarificationReceived", "2026-02-16")
                .queryParam("feesNotice", "2026-03-02").queryParam("feesPaid", "2026-03-13")
                .queryParam("workingDays", "40")
                .get("/api/calendar/deadline").then().statusCode(200)
                .body("dueDate", equalTo("2026-04-30"))
                .body("workingDays", equalTo(40))
                .body("explanation.dayZero", equalTo("2026-02-16"))
                .body("explanation.notCounted.findAll { it.reason == 'FEES_NOTICE' }.size()", equalTo(10));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown regime                 | regime=FOI&received=2026-03-12                                   | regime",
            "no regime                      | received=2026-03-12                                              | regime",
            "no date of receipt             | regime=FOIA                                                      | received",
            "impossible date                | regime=FOIA&received=2026-02-30                                  | received",
            "not a date                     | regime=FOIA&received=12/03/2026                                  | received",
            "fee paid before the notice     | regime=FOIA&received=2026-03-12&feesNotice=2026-03-20&feesPaid=2026-03-19 | feesPaid",
            "fees notice without payment    | regime=FOIA&received=2026-03-12&feesNotice=2026-03-20            | feesPaid",
            "payment without fees notice    | regime=FOIA&received=2026-03-12&feesPaid=2026-03-20              | feesNotice",
            "received outside the calendar  | regime=FOIA&received=2031-01-06                                  | received",
            "fee outside the calendar       | regime=FOIA&received=2026-03-12&feesNotice=2026-03-20&feesPaid=2030-01-02 | feesPaid",
            "due date beyond the calendar   | regime=FOISA&received=2028-12-20                                 | received",
            "no working days                | regime=FOIA&received=2026-03-12&workingDays=0                    | workingDays",
            "too many working days          | regime=FOIA&received=2026-03-12&workingDays=61                   | workingDays",
            "working days not a number      | regime=FOIA&received=2026-03-12&workingDays=twenty               | workingDays",
            "clarification before receipt   | regime=FOIA&received=2026-03-12&clarificationReceived=2026-03-01 | clarificationReceived",
            "working days for a SAR         | regime=SAR&received=2026-03-12&workingDays=20                    | workingDays",
    })
    void a_bad_parameter_is_a_problem_naming_it(String description, String query, String field) {
        given().get("/api/calendar/deadline?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    @Test
    void the_calendar_lists_its_holidays_and_the_years_it_covers() {
        given().get("/api/calendar/bank-holidays").then().statusCode(200)
                .body("coveredYears", equalTo(List.of(2023, 2024, 2025, 2026, 2027, 2028)))
                .body("holidays.find { it.date == '2026-06-15' }.nation", equalTo("scotland"))
                .body("holidays.size()", equalTo(166));
    }

    @Test
    void only_an_admin_may_replace_the_calendar() {
        String file = resource("calendar/govuk-bank-holidays.json");
        given().contentType(ContentType.JSON).body(file).post("/api/calendar/bank-holidays").then().statusCode(401);
        officer().contentType(ContentType.JSON).body(file).post("/api/calendar/bank-holidays").then().statusCode(403);
        admin().contentType(ContentType.JSON).body("{\"scotland\": {\"events\": \"none\"}}")
                .post("/api/calendar/bank-holidays").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("england-and-wales.events"))
                .body("errors.field", hasItem("scotland.events"));
    }

    @Test
    void a_new_holiday_re_dates_open_cases_only_and_the_same_file_twice_changes_nothing() {
        String open = openCase("FOIA");
        String scottish = openCase("FOISA");
        String closed = openCase("FOIA");
        officer().contentType(ContentType.JSON).body("{\"outcomes\": ["
                + "{\"question\": 1, \"outcome\": \"NOT_HELD\", \"answer\": \"Not held.\"},"
                + "{\"question\": 2, \"outcome\": \"NOT_HELD\", \"answer\": \"Not held.\"}]}")
                .post("/api/cases/" + closed + "/decision").then().statusCode(200);
        given().auth().preemptive().basic("approver", "test-approver-pw").contentType(ContentType.JSON)
                .body("{\"approve\": true}").post("/api/cases/" + closed + "/approval").then().statusCode(200);
        officer().get("/api/cases/" + open).then().body("dueDate", equalTo("2026-05-13"));
        officer().get("/api/cases/" + scottish).then().body("dueDate", equalTo("2026-05-13"));

        // A one-off day proclaimed in England and Wales only, like the 2023 coronation but in one nation:
        // Friday 8 May 2026. It moves the FOIA case (every nation counts) but not the FOISA one.
        String bundled = resource("calendar/govuk-bank-holidays.json");
        String proclaimed = bundled.replaceFirst("\"events\": \\[", "\"events\": [\n   {\"title\": \"Proclaimed bank holiday\", "
                + "\"date\": \"2026-05-08\", \"notes\": \"\", \"bunting\": true},");
        try {
            admin().contentType(ContentType.JSON).body(proclaimed).post("/api/calendar/bank-holidays").then()
                    .statusCode(200)
                    .body("added", equalTo(1))
                    .body("removed", equalTo(0))
                    .body("casesToRedate", greaterThanOrEqualTo(2));

            DueDateChanged changed = dueDateChanges(open, 1).get(0);
            assertThat(changed.previousDueDate()).hasToString("2026-05-13");
            assertThat(changed.dueDate()).hasToString("2026-05-14");
            assertThat(changed.cause()).isEqualTo("CALENDAR_CHANGED");
            assertThat(changed.reason()).contains("Bank holiday added: Friday 8 May 2026, Proclaimed bank holiday (England and Wales)");
            officer().get("/api/cases/" + open).then().statusCode(200)
                    .body("dueDate", equalTo("2026-05-14"))
                    .body("timeline[-1].previousDueDate", equalTo("2026-05-13"))
                    .body("timeline[-1].dueDate", equalTo("2026-05-14"))
                    .body("timeline[-1].detail", containsString("Friday 8 May 2026"));
            officer().get("/api/cases/" + closed).then().body("dueDate", equalTo("2026-05-13"));
            officer().get("/api/cases/" + scottish).then().body("dueDate", equalTo("2026-05-13"));

            // The re-dating runs in the background; its progress is on the calendar.
            org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> given().get("/api/calendar/bank-holidays")
                    .then().body("casesAwaitingRedating", equalTo(0)));
            // The same file again: nothing added, nothing re-dated.
            admin().contentType(ContentType.JSON).body(proclaimed).post("/api/calendar/bank-holidays").then()
                    .statusCode(200)
                    .body("added", equalTo(0))
                    .body("removed", equalTo(0))
                    .body("casesToRedate", equalTo(0));
            // A later marker on the same keys: a change of regime. Had the second import re-dated anything, its
            // DueDateChanged would come before the marker.
            officer().contentType(ContentType.JSON).body("{\"regime\": \"FOISA\", \"reason\": \"Scottish authority\"}")
                    .post("/api/cases/" + open + "/regime").then().statusCode(200);
            officer().contentType(ContentType.JSON).body("{\"regime\": \"FOIA\", \"reason\": \"Marker\"}")
                    .post("/api/cases/" + scottish + "/regime").then().statusCode(200);
            List<DueDateChanged> openChanges = dueDateChanges(open, 2);
            assertThat(openChanges).extracting(DueDateChanged::cause).containsExactly("CALENDAR_CHANGED", "REGIME_CHANGED");
            List<DueDateChanged> scottishChanges = dueDateChanges(scottish, 1);
            assertThat(scottishChanges).extracting(DueDateChanged::cause).containsExactly("REGIME_CHANGED");
            // The closed case: one CaseOpened, one DecisionApproved, and no DueDateChanged at all.
            assertThat(TopicReader.await(kafka, Topics.CASE, closed, 2, WAIT))
                    .noneMatch(r -> codec.read(r.value()).is(EventType.DUE_DATE_CHANGED));
        } finally {
            // Put the calendar back for the other tests: the day is removed, and open cases move back.
            admin().contentType(ContentType.JSON).body(bundled).post("/api/calendar/bank-holidays").then()
                    .statusCode(200)
                    .body("removed", equalTo(1));
        }
        // The case now under FOIA moves back; the one now under FOISA never counted the day.
        assertThat(dueDateChanges(scottish, 2).get(1).reason()).contains("Bank holiday removed: Friday 8 May 2026");
    }

    @Test
    void a_change_of_regime_moves_the_due_date_and_publishes_it_with_the_case_correlation() {
        String reference = openCase("FOIA");
        String correlation = codec.read(TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT).get(0).value())
                .correlationId().toString();
        // 14 April 2026 under FOIA is due 13 May; moved to FOISA it is due... also 13 May (4 May is a holiday
        // in Scotland too): so use SAR, a calendar month, 14 May 2026.
        officer().contentType(ContentType.JSON).body("{\"regime\": \"SAR\", \"reason\": \"The requester asks for their own data\"}")
                .post("/api/cases/" + reference + "/regime").then().statusCode(200)
                .body("regime", equalTo("SAR"))
                .body("dueDate", equalTo("2026-05-14"))
                .body("timeline[-1].what", equalTo("Regime changed from FOIA to SAR"))
                .body("timeline[-1].actor", equalTo("officer"));

        var record = TopicReader.await(kafka, Topics.CASE, reference, 2, WAIT).get(1);
        var envelope = codec.read(record.value());
        assertThat(envelope.is(EventType.DUE_DATE_CHANGED)).isTrue();
        assertThat(envelope.correlationId()).hasToString(correlation);
        DueDateChanged changed = codec.payload(envelope, DueDateChanged.class);
        assertThat(changed.regime()).isEqualTo("SAR");
        assertThat(changed.dueDate()).hasToString("2026-05-14");
        assertThat(changed.reason()).contains("The requester asks for their own data");
        assertThat(GoldenSamples.fieldPaths(record.value()))
                .isEqualTo(GoldenSamples.fieldPaths(GoldenSamples.raw(EventType.DUE_DATE_CHANGED)));
        ContractSchemas.assertValid(record.value());
    }

    @Test
    void a_bad_change_of_regime_names_the_field_and_changes_nothing() {
        String reference = openCase("FOIA");
        officer().contentType(ContentType.JSON).body("{\"regime\": \"GDPR\", \"reason\": \"x\"}")
                .post("/api/cases/" + reference + "/regime").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("regime"));
        officer().contentType(ContentType.JSON).body("{\"regime\": \"EIR\"}")
                .post("/api/cases/" + reference + "/regime").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().auth().preemptive().basic("auditor", "test-auditor-pw").contentType(ContentType.JSON)
                .body("{\"regime\": \"EIR\", \"reason\": \"x\"}").post("/api/cases/" + reference + "/regime").then()
                .statusCode(403);
        officer().get("/api/cases/" + reference).then().body("regime", equalTo("FOIA"));
    }

    @Test
    void the_regime_from_intake_sets_the_clock() {
        String reference = openCase("EIRS");
        officer().get("/api/cases/" + reference).then().statusCode(200)
                .body("regime", equalTo("EIRS"))
                .body("deadline.explanation.workingDayRule", equalTo("EIRS regulation 2(1) and FOISA section 73"));
    }

    @Test
    void a_clarification_stops_the_clock_and_its_answer_starts_it_again() {
        String reference = openCase("FOIA");
        officer().contentType(ContentType.JSON)
                .body("{\"action\": \"CLARIFICATION_REQUESTED\", \"on\": \"2026-04-15\", \"reason\": \"Which year?\"}")
                .post("/api/cases/" + reference + "/clock").then().statusCode(200)
                .body("status", equalTo("AWAITING_CLARIFICATION"))
                .body("dueDate", nullValue())
                .body("deadline.clock", equalTo("STOPPED"))
                .body("deadline.explanation.stopped.lapsesOn", equalTo("2026-07-15"));
        officer().contentType(ContentType.JSON).body("{\"action\": \"CLARIFICATION_RECEIVED\", \"on\": \"2026-04-20\"}")
                .post("/api/cases/" + reference + "/clock").then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("dueDate", equalTo("2026-05-19"));
        officer().contentType(ContentType.JSON).body("{\"action\": \"EXTENDED\", \"on\": \"2099-01-01\", \"amount\": 5, \"reason\": \"x\"}")
                .post("/api/cases/" + reference + "/clock").then().statusCode(400).body("errors.field", hasItem("on"));
        // CaseOpened, then per action its DueDateChanged and, for the request, ClarificationRequested with the question.
        List<EventEnvelope> events = TopicReader.await(kafka, Topics.CASE, reference, 4, WAIT).stream()
                .map(r -> codec.read(r.value())).toList();
        assertThat(events).extracting(EventEnvelope::type).containsExactly("foi.case.case-opened",
                "foi.case.due-date-changed", "foi.case.clarification-requested", "foi.case.due-date-changed");
        ClarificationRequested asked = codec.payload(events.get(2), ClarificationRequested.class);
        assertThat(asked.question()).isEqualTo("Which year?");
        assertThat(asked.lapsesOn()).hasToString("2026-07-15");
        assertThat(codec.payload(events.get(3), DueDateChanged.class).cause()).isEqualTo("CLOCK_RESTARTED");
    }

    @Test
    void a_fees_notice_and_an_extension_publish_their_events_with_what_the_requester_is_told() {
        String reference = openCase("FOIA");
        officer().contentType(ContentType.JSON).body("{\"action\": \"FEES_NOTICE_GIVEN\", \"on\": \"2026-04-16\"}")
                .post("/api/cases/" + reference + "/clock").then().statusCode(400)
                .body("errors.field", hasItem("feePounds"));
        officer().contentType(ContentType.JSON).body("{\"action\": \"FEES_NOTICE_GIVEN\", \"on\": \"2026-04-16\","
                + " \"feePounds\": 12.50}").post("/api/cases/" + reference + "/clock").then().statusCode(400)
                .body("errors.field", hasItem("calculation"));
        officer().contentType(ContentType.JSON).body("{\"action\": \"CLARIFICATION_REQUESTED\", \"on\": \"2026-04-16\"}")
                .post("/api/cases/" + reference + "/clock").then().statusCode(400)
                .body("errors.field", hasItem("question"));
        officer().contentType(ContentType.JSON).body("{\"action\": \"FEES_NOTICE_GIVEN\", \"on\": \"2026-04-16\","
                + " \"feePounds\": 12.50, \"calculation\": \"250 pages at 5p a page.\"}")
                .post("/api/cases/" + reference + "/clock").then().statusCode(200).body("status", equalTo("FEE_PENDING"));
        officer().contentType(ContentType.JSON).body("{\"action\": \"FEE_RECEIVED\", \"on\": \"2026-04-20\"}")
                .post("/api/cases/" + reference + "/clock").then().statusCode(200);
        officer().contentType(ContentType.JSON).body("{\"action\": \"EXTENDED\", \"on\": \"2026-04-21\", \"amount\": 10,"
                + " \"reason\": \"Weighing the public interest in s.43(2)\"}")
                .post("/api/cases/" + reference + "/clock").then().statusCode(200);

        // CaseOpened; DueDateChanged + FeesNoticeIssued; DueDateChanged; DueDateChanged + DeadlineExtended.
        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records =
                TopicReader.await(kafka, Topics.CASE, reference, 6, WAIT);
        records.forEach(r -> ContractSchemas.assertValid(r.value()));
        List<EventEnvelope> events = records.stream().map(r -> codec.read(r.value())).toList();
        EventEnvelope fees = events.stream().filter(e -> e.is(EventType.FEES_NOTICE_ISSUED)).findFirst().orElseThrow();
        FeesNoticeIssued notice = codec.payload(fees, FeesNoticeIssued.class);
        assertThat(notice.amountPounds()).isEqualByComparingTo("12.50");
        assertThat(notice.calculation()).isEqualTo("250 pages at 5p a page.");
        assertThat(notice.lapsesOn()).hasToString("2026-07-16");
        EventEnvelope extension = events.stream().filter(e -> e.is(EventType.DEADLINE_EXTENDED)).findFirst()
                .orElseThrow();
        assertThat(GoldenSamples.fieldPaths(codec.write(extension)))
                .isEqualTo(GoldenSamples.fieldPaths(GoldenSamples.raw(EventType.DEADLINE_EXTENDED)));
        DeadlineExtended extended = codec.payload(extension, DeadlineExtended.class);
        assertThat(extended.provision()).isEqualTo("FOIA section 10(3)");
        assertThat(extended.amount()).isEqualTo(10);
        assertThat(extended.unit()).isEqualTo("working days");
        assertThat(extended.dueDate()).isAfter(extended.previousDueDate());
        // FOIA s.17(1): the refusal notice is still due by the original date.
        assertThat(extended.refusalNoticeDue()).isEqualTo(extended.previousDueDate());
    }

    @Inject
    LapseRequests lapseRequests;

    @Test
    void an_unanswered_clarification_lapses_after_three_months() {
        String reference = openCase("FOIA");
        officer().contentType(ContentType.JSON)
                .body("{\"action\": \"CLARIFICATION_REQUESTED\", \"on\": \"2026-04-15\", \"reason\": \"Which road?\"}")
                .post("/api/cases/" + reference + "/clock").then().statusCode(200);
        // An answer on or after the lapse date (15 July 2026) comes too late.
        officer().contentType(ContentType.JSON).body("{\"action\": \"CLARIFICATION_RECEIVED\", \"on\": \"2026-07-15\"}")
                .post("/api/cases/" + reference + "/clock").then().statusCode(400)
                .body("errors.field", hasItem("on"))
                .body("errors.reason", hasItem(containsString("lapsed on Wednesday 15 July 2026")));

        assertThat(lapseRequests.sweep()).isGreaterThanOrEqualTo(1);

        officer().get("/api/cases/" + reference).then().statusCode(200)
                .body("status", equalTo("LAPSED"))
                .body("timeline[-1].what", equalTo("Request lapsed"));
        // The requester is told: RequestLapsed, after CaseOpened and ClarificationRequested on the case's key.
        org.foiplatform.contracts.EventEnvelope lapsed = TopicReader.await(kafka, Topics.CASE, reference, 3, WAIT)
                .stream().map(r -> codec.read(r.value())).filter(e -> e.is(EventType.REQUEST_LAPSED)).findFirst()
                .orElseThrow();
        org.foiplatform.contracts.events.RequestLapsed payload = codec.payload(lapsed,
                org.foiplatform.contracts.events.RequestLapsed.class);
        assertThat(payload.waitingFor()).isEqualTo("CLARIFICATION");
        assertThat(payload.lapsesOn()).hasToString("2026-07-15");
        assertThat(payload.provision()).contains("1(3)");
        // A lapsed case takes no more clock actions.
        officer().contentType(ContentType.JSON).body("{\"action\": \"CLARIFICATION_RECEIVED\", \"on\": \"2026-05-01\"}")
                .post("/api/cases/" + reference + "/clock").then().statusCode(409);
    }
}
