package org.foiplatform.assessment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.CaseQuestion;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.Regime;
import org.foiplatform.assessment.domain.RegimeHint;
import org.foiplatform.assessment.domain.RelatedRequest;
import org.foiplatform.contracts.InputLimits;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.CaseOpened;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.messaging.EventRecorder;
import org.jboss.logging.Logger;

/**
 * Opens a case when a request is received, and records {@code CaseOpened} with the due date. Called once
 * per event: the messaging runtime's inbox skips a redelivery before it gets here.
 */
@ApplicationScoped
public class OpenCase {

    private static final Logger LOG = Logger.getLogger(OpenCase.class);
    private static final Pattern REFERENCE = Pattern.compile("FOI-\\d{4}-\\d{6,}");
    private static final int MAX_HINT_WORDS = 10;
    private static final int MAX_HINT_WORD = 100;

    private final CaseRepository cases;
    private final EventRecorder events;
    private final Clocks clocks;
    private final Clock clock;
    private final ZoneId zone;
    private final RelatedRequestStore related;

    public OpenCase(CaseRepository cases, EventRecorder events, Clocks clocks, Clock clock, AssessmentConfig config,
            RelatedRequestStore related) {
        this.cases = cases;
        this.related = related;
        this.events = events;
        this.clocks = clocks;
        this.clock = clock;
        this.zone = ZoneId.of(config.zone());
    }

    @Transactional
    public void open(RequestReceived request) {
        if (cases.exists(request.reference())) {
            // A second RequestReceived for a reference (a new event id, same request) opens nothing new.
            LOG.warnf("Case %s already open; ignored a second RequestReceived", request.reference());
            return;
        }
        // FOIA s.10(1): the date of receipt is day 0 of the twenty working days.
        LocalDate receivedOn = LocalDate.ofInstant(request.receivedAt(), zone);
        Regime regime = request.regime() == null ? Regime.FOIA : Regime.valueOf(request.regime());
        Clocks.Dated dated = clocks.current();
        InformationCase opened = InformationCase.open(request.reference(), events.correlation().correlationId(), regime,
                receivedOn, request.requester().name(),
                request.questions().stream().map(q -> CaseQuestion.asked(q.number(), q.text())).toList(),
                dated.clock(), dated.revision(), clock.instant());
        List<RelatedRequest> alike = related(request);
        Optional<RegimeHint> hint = hint(request, regime);
        opened.intakeFound(alike, hint.orElse(null), clock.instant());
        cases.add(opened);
        related.record(opened.reference(), receivedOn, alike);
        hint.ifPresent(h -> related.recordHint(opened.reference(), h));
        events.record(EventType.CASE_OPENED, opened.reference(), new CaseOpened(opened.reference(),
                opened.regime().name(), opened.receivedOn(), opened.workingDays(), opened.dueDate()));
        LOG.infof("Opened case %s under %s, due %s", opened.reference(), regime, opened.dueDate());
    }

    /** The requests intake found alike, as this service keeps them: never this one, each once, at most twenty. */
    private List<RelatedRequest> related(RequestReceived request) {
        Map<String, RelatedRequest> byReference = new LinkedHashMap<>();
        for (RequestReceived.RelatedRequest r : request.relatedRequests()) {
            if (r == null || r.reference().equals(request.reference()) || !REFERENCE.matcher(r.reference()).matches()) {
                continue;
            }
            byReference.putIfAbsent(r.reference(), new RelatedRequest(r.reference(),
                    LocalDate.ofInstant(r.receivedAt(), zone), r.similarity(), r.sameRequester(), false));
        }
        return List.copyOf(byReference.values());
    }

    /** The hint, when it names a law this service knows and differs from the request's; its words kept short. */
    private static Optional<RegimeHint> hint(RequestReceived request, Regime regime) {
        RequestReceived.RegimeHint hint = request.regimeHint();
        if (hint == null) {
            return Optional.empty();
        }
        Optional<Regime> suggested = Regime.named(hint.regime());
        if (suggested.isEmpty() || suggested.get() == regime) {
            return Optional.empty();
        }
        List<String> words = hint.because().stream()
                .filter(w -> w != null && !w.isBlank() && !InputLimits.hasControlCharacters(w)).map(String::strip)
                .map(w -> w.length() > MAX_HINT_WORD ? w.substring(0, MAX_HINT_WORD) : w)
                .limit(MAX_HINT_WORDS).toList();
        return Optional.of(new RegimeHint(suggested.get(), words));
    }
}
