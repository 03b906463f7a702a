package org.foiplatform.assessment.infrastructure.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import org.foiplatform.assessment.domain.CaseQuestion;
import org.foiplatform.assessment.domain.CitedExemption;
import org.foiplatform.assessment.domain.CostLimit;
import org.foiplatform.assessment.domain.DecisionProblem;
import org.foiplatform.assessment.domain.DecisionRules;
import org.foiplatform.assessment.domain.Exemption;
import org.foiplatform.assessment.domain.ExemptionCatalogue;
import org.foiplatform.assessment.domain.ExemptionRules;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.Outcome;
import org.foiplatform.assessment.domain.QuestionDecision;
import org.foiplatform.assessment.domain.Regime;

/**
 * The case page's decision form without JavaScript: per question the outcome, the answer, any number of exemptions
 * picked from {@link ExemptionCatalogue} (each asking for the fields it needs: the reason, where the information is
 * for FOIA s.21 and FOISA s.25, the public interest test for a qualified exemption or any EIR exception), the cost
 * estimate's lines and advice and assistance. Fields are named {@code provision-<question>-<row>},
 * {@code activity-<question>-<line>} and so on; "Add another exemption", "Add a cost line" and "Work out the total"
 * post the form back, which comes back with what was typed. The problems {@link DecisionRules} names (e.g.
 * {@code outcomes[2].exemptions[0].publicInterest.for}) are mapped to the field that shows them.
 */
final class DecisionForm {

    private static final Pattern FIELD = Pattern.compile(
            "outcomes\\[(\\d+)]\\.?([A-Za-z]*)(?:\\[(\\d+)])?\\.?([A-Za-z]*)\\.?([A-Za-z]*)");
    private static final Pattern ROW = Pattern.compile("(provision|activity)-(\\d+)-(\\d+)");
    /** The most rows shown for a question: the rules refuse more than {@link ExemptionRules#MAX_EXEMPTIONS}. */
    static final int MAX_EXEMPTION_ROWS = ExemptionRules.MAX_EXEMPTIONS;
    static final int MAX_COST_ROWS = CostLimit.MAX_ITEMS;

    private DecisionForm() {
    }

    /** One choice of a select. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** The choices of a select under a heading ({@code <optgroup>}). */
    public record ChoiceGroup(String label, List<Choice> choices) {
    }

    /**
     * One exemption cited: what was typed, the catalogue's choices, and which fields to ask for. {@code kind} says in
     * words whether the chosen provision is absolute or qualified; the fields a provision does not need are asked for
     * only while nothing is chosen, or when they hold text or an error.
     */
    public record ExemptionRow(String id, String provision, String reason, String availableAt, String piFor,
            String piAgainst, String piConclusion, List<ChoiceGroup> groups, String kind, String note,
            boolean askWhere, boolean askPublicInterest, String provisionError, String reasonError,
            String availableAtError, String piForError, String piAgainstError, String piConclusionError) {

        /** The row's place, from 1. */
        public int position() {
            return Integer.parseInt(id.substring(id.indexOf('-') + 1)) + 1;
        }
    }

    /** One line of the cost estimate. */
    public record CostRow(String id, String activity, String units, String minutes, String explanation,
            List<Choice> activities, String activityError, String unitsError, String minutesError,
            String explanationError, List<Choice> requests, String requestError) {

        /** The line's place, from 1. */
        public int position() {
            return Integer.parseInt(id.substring(id.indexOf('-') + 1)) + 1;
        }
    }

    /** The estimate worked out against the regime's limit, in hours and pounds, and as a bar against the limit. */
    public record Total(String hours, String pounds, String limitHours, String limitPounds, boolean exceeds,
            int estimatePercent, int limitPercent) {

        static Total of(CostLimit.Estimate e) {
            BigDecimal biggest = e.hours().max(e.limitHours());
            return new Total(e.hours().toPlainString(), DecisionRules.pounds(e.costPence()),
                    e.limitHours().toPlainString(), DecisionRules.pounds(e.limitPence()), e.exceedsLimit(),
                    percent(e.hours(), biggest), percent(e.limitHours(), biggest));
        }

        private static int percent(BigDecimal part, BigDecimal whole) {
            return whole.signum() == 0 ? 0
                    : part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, java.math.RoundingMode.HALF_UP).intValue();
        }
    }

    /** One question's part of the form. */
    public record QuestionForm(int number, String text, String decided, String outcome, String answer, String advice,
            List<Choice> outcomes, List<ExemptionRow> exemptions, boolean moreExemptions, List<CostRow> costLines,
            boolean moreCostLines, boolean costLimit, Total total, String outcomeError, String answerError,
            String adviceError, String exemptionError, String costError) {

        /** Open the exemptions' section when it holds something. */
        public boolean exemptionsOpen() {
            return exemptions.stream().anyMatch(e -> !e.provision().isEmpty() || e.provisionError() != null
                    || e.reasonError() != null || e.availableAtError() != null || e.piForError() != null
                    || e.piAgainstError() != null || e.piConclusionError() != null) || exemptionError != null;
        }

        /** Open the cost estimate when it holds something, or the outcome is a refusal on cost. */
        public boolean costOpen() {
            return Outcome.COST_LIMIT.name().equals(outcome) || total != null || costError != null
                    || costLines.stream().anyMatch(l -> !l.units().isEmpty() || !l.activity().isEmpty()
                            || l.unitsError() != null || l.activityError() != null || l.minutesError() != null
                            || l.explanationError() != null);
        }
    }

    /** Which of the form's buttons was pressed: {@code add-exemption-2}, {@code add-cost-1}, {@code total}... */
    static String action(MultivaluedMap<String, String> form) {
        String action = form == null ? null : form.getFirst("action");
        return action == null ? "" : action;
    }

    /** The decision as the form gives it, one per question in order; empty rows are left out. */
    static List<QuestionDecision> decisions(InformationCase c, MultivaluedMap<String, String> form) {
        List<QuestionDecision> decisions = new ArrayList<>();
        for (CaseQuestion q : c.questions()) {
            int n = q.number();
            List<CitedExemption> exemptions = new ArrayList<>();
            for (int row : filledExemptionRows(form, n)) {
                String id = n + "-" + row;
                String piFor = blankToNull(form.getFirst("piFor-" + id));
                String piAgainst = blankToNull(form.getFirst("piAgainst-" + id));
                String piConclusion = blankToNull(form.getFirst("piConclusion-" + id));
                exemptions.add(new CitedExemption(blankToNull(form.getFirst("provision-" + id)),
                        blankToNull(form.getFirst("reason-" + id)), blankToNull(form.getFirst("availableAt-" + id)),
                        piFor == null && piAgainst == null && piConclusion == null ? null
                                : new CitedExemption.PublicInterest(piFor, piAgainst, piConclusion)));
            }
            decisions.add(new QuestionDecision(n, enumOrNull(Outcome.class, form.getFirst("outcome-" + n)),
                    form.getFirst("answer-" + n), exemptions, items(form, n),
                    blankToNull(form.getFirst("advice-" + n))));
        }
        return decisions;
    }

    /** The cost lines of question {@code n} as typed, or null when none has anything in it. */
    static List<CostLimit.Item> items(MultivaluedMap<String, String> form, int n) {
        List<CostLimit.Item> items = new ArrayList<>();
        for (int row : filledCostRows(form, n)) {
            String id = n + "-" + row;
            items.add(new CostLimit.Item(enumOrNull(CostLimit.Activity.class, form.getFirst("activity-" + id)),
                    wholeNumber(form.getFirst("units-" + id)), decimal(form.getFirst("minutes-" + id)),
                    blankToNull(form.getFirst("explanation-" + id)), blankToNull(form.getFirst("request-" + id))));
        }
        return items.isEmpty() ? null : items;
    }

    /**
     * The form of each question: what was sent (with one more row where "Add" was pressed), or else the stored
     * draft. {@code errors} are the field errors by field id; {@code totals} the worked-out estimates by question.
     */
    static List<QuestionForm> forms(InformationCase c, MultivaluedMap<String, String> form, Map<String, String> errors,
            Optional<CostLimit> limit, Map<Integer, CostLimit.Estimate> totals) {
        return forms(c, form, errors, limit, totals, java.util.Set.of());
    }

    /**
     * As {@link #forms(InformationCase, MultivaluedMap, Map, Optional, Map)}, where each cost line may count the work
     * of a related request in {@code aggregable} (the Fees Regulations 2004 reg 5): the line then asks which request.
     */
    static List<QuestionForm> forms(InformationCase c, MultivaluedMap<String, String> form, Map<String, String> errors,
            Optional<CostLimit> limit, Map<Integer, CostLimit.Estimate> totals, java.util.Set<String> aggregable) {
        String action = action(form);
        List<QuestionForm> forms = new ArrayList<>();
        for (CaseQuestion q : c.questions()) {
            int n = q.number();
            String outcome = form != null ? value(form, "outcome-" + n) : q.outcome() == null ? "" : q.outcome().name();
            List<Choice> outcomes = new ArrayList<>();
            outcomes.add(new Choice("", "Choose an outcome", outcome.isEmpty()));
            for (Outcome o : Outcome.values()) {
                outcomes.add(new Choice(o.name(), CasePages.outcome(o), o.name().equals(outcome)));
            }
            List<ExemptionRow> exemptions = new ArrayList<>();
            if (form != null) {
                int rows = Math.max(1, rowCount(form, "provision", n));
                if (action.equals("add-exemption-" + n) && rows < MAX_EXEMPTION_ROWS) {
                    rows++;
                }
                for (int row = 0; row < rows; row++) {
                    String id = n + "-" + row;
                    exemptions.add(exemptionRow(c.regime(), id, value(form, "provision-" + id),
                            value(form, "reason-" + id), value(form, "availableAt-" + id), value(form, "piFor-" + id),
                            value(form, "piAgainst-" + id), value(form, "piConclusion-" + id), errors));
                }
            } else {
                for (int row = 0; row < q.exemptions().size(); row++) {
                    CitedExemption e = q.exemptions().get(row);
                    CitedExemption.PublicInterest pi = e.publicInterest();
                    exemptions.add(exemptionRow(c.regime(), n + "-" + row, e.provision(), nullToEmpty(e.reason()),
                            nullToEmpty(e.availableAt()), pi == null ? "" : nullToEmpty(pi.forDisclosure()),
                            pi == null ? "" : nullToEmpty(pi.againstDisclosure()),
                            pi == null ? "" : nullToEmpty(pi.conclusion()), errors));
                }
                if (exemptions.isEmpty()) {
                    exemptions.add(exemptionRow(c.regime(), n + "-0", "", "", "", "", "", "", errors));
                }
            }
            List<CostRow> lines = new ArrayList<>();
            CostLimit.Estimate total = totals.get(n);
            if (limit.isPresent()) {
                if (form != null) {
                    int rows = Math.max(1, rowCount(form, "activity", n));
                    if (action.equals("add-cost-" + n) && rows < MAX_COST_ROWS) {
                        rows++;
                    }
                    for (int row = 0; row < rows; row++) {
                        String id = n + "-" + row;
                        lines.add(costRow(limit.get(), id, value(form, "activity-" + id), value(form, "units-" + id),
                                value(form, "minutes-" + id), value(form, "explanation-" + id),
                                value(form, "request-" + id), aggregable, errors));
                    }
                } else {
                    List<CostLimit.Item> stored = q.costEstimate() == null ? List.of() : q.costEstimate().items();
                    for (int row = 0; row < stored.size(); row++) {
                        CostLimit.Item item = stored.get(row);
                        lines.add(costRow(limit.get(), n + "-" + row, item.activity() == null ? ""
                                : item.activity().name(), Long.toString(item.units()),
                                item.minutesPerUnit() == null ? "" : CostLimit.plain(item.minutesPerUnit())
                                        .toPlainString(), nullToEmpty(item.explanation()), nullToEmpty(item.request()),
                                aggregable, errors));
                    }
                    if (lines.isEmpty()) {
                        lines.add(costRow(limit.get(), n + "-0", "", "", "", "", "", aggregable, errors));
                    }
                    if (total == null) {
                        total = q.costEstimate();
                    }
                }
            }
            forms.add(new QuestionForm(n, q.text(), q.outcome() == null ? "Not decided yet"
                    : CasePages.outcome(q.outcome()), outcome,
                    form != null ? value(form, "answer-" + n) : nullToEmpty(q.answer()),
                    form != null ? value(form, "advice-" + n) : nullToEmpty(q.advice()), outcomes, exemptions,
                    exemptions.size() < MAX_EXEMPTION_ROWS, lines, lines.size() < MAX_COST_ROWS, limit.isPresent(),
                    total == null ? null : Total.of(total), errors.get("outcome-" + n), errors.get("answer-" + n),
                    errors.get("advice-" + n), errors.get("exemptions-" + n), errors.get("cost-" + n)));
        }
        return forms;
    }

    private static ExemptionRow exemptionRow(Regime regime, String id, String provision, String reason,
            String availableAt, String piFor, String piAgainst, String piConclusion, Map<String, String> errors) {
        Exemption chosen = ExemptionCatalogue.find(provision).filter(e -> e.regime() == regime).orElse(null);
        List<Choice> absolute = new ArrayList<>();
        List<Choice> qualified = new ArrayList<>();
        for (Exemption e : ExemptionCatalogue.of(regime)) {
            Choice choice = new Choice(e.provision(), e.provision() + ": " + e.title()
                    + (e.absolute() ? " (absolute)" : " (qualified)"), e.provision().equals(provision.strip()));
            (e.absolute() ? absolute : qualified).add(choice);
        }
        List<ChoiceGroup> groups = new ArrayList<>();
        groups.add(new ChoiceGroup("", List.of(new Choice("", "None", provision.isBlank()))));
        if (!absolute.isEmpty()) {
            groups.add(new ChoiceGroup("Absolute: no public interest test", absolute));
        }
        if (!qualified.isEmpty()) {
            groups.add(new ChoiceGroup(regime == Regime.EIR || regime == Regime.EIRS
                    ? "Exceptions: each needs the public interest test" : "Qualified: needs the public interest test",
                    qualified));
        }
        String kind = chosen == null ? null : chosen.absolute() ? "Absolute: no public interest test"
                : chosen.needsPublicInterestTest() && (regime == Regime.EIR || regime == Regime.EIRS)
                        ? "Exception: the public interest test applies (" + (regime == Regime.EIR ? "EIR reg 12(1)(b)"
                                : "EIRS reg 10(1)(b)") + ")"
                        : "Qualified: the public interest test applies";
        boolean piTyped = !piFor.isBlank() || !piAgainst.isBlank() || !piConclusion.isBlank();
        boolean piError = errors.containsKey("piFor-" + id) || errors.containsKey("piAgainst-" + id)
                || errors.containsKey("piConclusion-" + id);
        boolean askWhere = chosen == null || chosen.needsWhereAvailable() || !availableAt.isBlank()
                || errors.containsKey("availableAt-" + id);
        boolean askPublicInterest = chosen == null || chosen.needsPublicInterestTest() || piTyped || piError;
        return new ExemptionRow(id, provision, reason, availableAt, piFor, piAgainst, piConclusion, groups, kind,
                chosen == null ? null : chosen.note(), askWhere, askPublicInterest, errors.get("provision-" + id),
                errors.get("reason-" + id), errors.get("availableAt-" + id), errors.get("piFor-" + id),
                errors.get("piAgainst-" + id), errors.get("piConclusion-" + id));
    }

    private static CostRow costRow(CostLimit limit, String id, String activity, String units, String minutes,
            String explanation, String request, java.util.Set<String> aggregable, Map<String, String> errors) {
        // Reg 5: a line may count the work of a related request received within sixty working days. Offered only
        // when there is one; a request typed in before it left the period stays, so that the rules name it.
        List<Choice> requests = new ArrayList<>();
        if (!aggregable.isEmpty() || !request.isBlank()) {
            requests.add(new Choice("", "This request", request.isBlank()));
            for (String other : aggregable) {
                requests.add(new Choice(other, "Related request " + other, other.equals(request)));
            }
            if (!request.isBlank() && !aggregable.contains(request)) {
                requests.add(new Choice(request, request, true));
            }
        }
        List<Choice> activities = new ArrayList<>();
        activities.add(new Choice("", "Choose an activity", activity.isBlank()));
        for (CostLimit.Activity a : CostLimit.Activity.values()) {
            if (limit.countable().contains(a)) {
                activities.add(new Choice(a.name(), activity(a), a.name().equals(activity)));
            }
        }
        return new CostRow(id, activity, units, minutes, explanation, activities, errors.get("activity-" + id),
                errors.get("units-" + id), errors.get("minutes-" + id), errors.get("explanation-" + id), requests,
                errors.get("request-" + id));
    }

    /** The activities in the regulations' words. */
    static String activity(CostLimit.Activity a) {
        return switch (a) {
            case DETERMINING -> "Determining whether the information is held";
            case LOCATING -> "Locating the information";
            case RETRIEVING -> "Retrieving the information";
            case EXTRACTING -> "Extracting the information";
            case PROVIDING -> "Providing the information";
        };
    }

    /** An error of the form: the field's id (an anchor of the page) and the message. */
    record FieldError(String id, String message) {
    }

    /**
     * The field of the page that shows {@code problem}: {@code outcomes[1].exemptions[0].publicInterest.for} is
     * {@code piFor-2-<row>}, where row is the row the first exemption cited was typed in (empty rows are left out).
     */
    static FieldError fieldOf(DecisionProblem problem, InformationCase c, MultivaluedMap<String, String> form) {
        List<CaseQuestion> questions = c.questions();
        Matcher m = FIELD.matcher(problem.field());
        if (!m.matches()) {
            return new FieldError("outcome-" + questions.get(0).number(), problem.reason());
        }
        int index = Integer.parseInt(m.group(1));
        int n = index < questions.size() ? questions.get(index).number() : questions.get(0).number();
        String list = m.group(2);
        String item = m.group(3);
        String field = m.group(4);
        String sub = m.group(5);
        String id = switch (list) {
            case "answer" -> "answer-" + n;
            case "advice" -> "advice-" + n;
            case "exemptions", "publicInterest" -> {
                if (item == null) {
                    yield "exemptions-" + n;
                }
                String row = n + "-" + rowOf(filledExemptionRows(form, n), Integer.parseInt(item));
                yield switch (field) {
                    case "reason" -> "reason-" + row;
                    case "availableAt" -> "availableAt-" + row;
                    case "publicInterest" -> switch (sub) {
                        case "against" -> "piAgainst-" + row;
                        case "conclusion" -> "piConclusion-" + row;
                        default -> "piFor-" + row;
                    };
                    default -> "provision-" + row;
                };
            }
            case "costEstimate" -> {
                if (item == null) {
                    yield "cost-" + n;
                }
                String row = n + "-" + rowOf(filledCostRows(form, n), Integer.parseInt(item));
                yield switch (field) {
                    case "units" -> "units-" + row;
                    case "minutesPerUnit" -> "minutes-" + row;
                    case "explanation" -> "explanation-" + row;
                    case "request" -> "request-" + row;
                    default -> "activity-" + row;
                };
            }
            default -> "outcome-" + n;
        };
        return new FieldError(id, problem.reason());
    }

    /** The page's anchor for a field id: whole-list errors point at the list's first field. */
    static String anchor(String id) {
        if (id.startsWith("exemptions-")) {
            return "#provision-" + id.substring("exemptions-".length()) + "-0";
        }
        if (id.startsWith("cost-")) {
            return "#activity-" + id.substring("cost-".length()) + "-0";
        }
        return "#" + id;
    }

    private static int rowOf(List<Integer> filled, int item) {
        return item < filled.size() ? filled.get(item) : 0;
    }

    /** The rows of question {@code n} with a provision chosen, in order. */
    private static List<Integer> filledExemptionRows(MultivaluedMap<String, String> form, int n) {
        List<Integer> rows = new ArrayList<>();
        if (form == null) {
            return rows;
        }
        for (int row = 0; row < rowCount(form, "provision", n); row++) {
            if (blankToNull(form.getFirst("provision-" + n + "-" + row)) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The cost lines of question {@code n} with anything typed in them, in order. */
    private static List<Integer> filledCostRows(MultivaluedMap<String, String> form, int n) {
        List<Integer> rows = new ArrayList<>();
        if (form == null) {
            return rows;
        }
        for (int row = 0; row < rowCount(form, "activity", n); row++) {
            String id = n + "-" + row;
            if (blankToNull(form.getFirst("activity-" + id)) != null || blankToNull(form.getFirst("units-" + id)) != null
                    || blankToNull(form.getFirst("minutes-" + id)) != null
                    || blankToNull(form.getFirst("explanation-" + id)) != null
                    || blankToNull(form.getFirst("request-" + id)) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** How many rows of {@code kind} the form sent for question {@code n}: one past the highest row number. */
    private static int rowCount(MultivaluedMap<String, String> form, String kind, int n) {
        int count = 0;
        for (String key : form.keySet()) {
            Matcher m = ROW.matcher(key);
            if (m.matches() && m.group(1).equals(kind) && Integer.parseInt(m.group(2)) == n) {
                int row = Integer.parseInt(m.group(3));
                if (row < (kind.equals("provision") ? MAX_EXEMPTION_ROWS : MAX_COST_ROWS)) {
                    count = Math.max(count, row + 1);
                }
            }
        }
        return count;
    }

    /** The field errors by id, each problem once, in the order given. */
    static Map<String, String> byField(List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.id(), e.message()));
        return byField;
    }

    private static long wholeNumber(String value) {
        try {
            return value == null || value.isBlank() ? 0 : Long.parseLong(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static BigDecimal decimal(String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String value(MultivaluedMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v;
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
