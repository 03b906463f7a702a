package org.foiplatform.assessment.infrastructure.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;

import org.foiplatform.assessment.domain.CaseLifecycle;
import org.foiplatform.assessment.domain.ClockEvent;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.Regime;
import org.foiplatform.assessment.domain.StatutoryClock;

/**
 * The case page's clock and case actions as forms, each offered only when the case's status allows it
 * ({@link CaseLifecycle}): ask for clarification (FOIA s.1(3), EIR reg 9(4)), record the clarification, give a fees
 * notice (FOIA s.9, EIR reg 8), record the fee paid, extend (FOIA s.10(3), EIR reg 7(1), UK GDPR Art. 12(3)), change
 * the regime and assign the case. Each form's fields are named {@code <form>-<field>} (e.g. {@code extend-reason},
 * dates as {@code extend-on-day}, {@code -month}, {@code -year}), so that one page holds them all and an error names
 * the field of the form that was sent.
 */
final class CaseActions {

    /** The forms of the clock actions, by the name the page posts, and the clock event each records. */
    static final Map<String, ClockEvent.Kind> CLOCK = Map.of("clarification", ClockEvent.Kind.CLARIFICATION_REQUESTED,
            "clarified", ClockEvent.Kind.CLARIFICATION_RECEIVED, "fees", ClockEvent.Kind.FEES_NOTICE_GIVEN,
            "paid", ClockEvent.Kind.FEE_RECEIVED, "extend", ClockEvent.Kind.EXTENDED);
    /** The most a fee may be, in pounds (as the API). */
    private static final BigDecimal MOST_FEE = BigDecimal.valueOf(100_000);

    private CaseActions() {
    }

    /** A GOV.UK date input's three fields as typed. */
    public record DateParts(String day, String month, String year) {
        static DateParts of(LocalDate date) {
            return new DateParts(Integer.toString(date.getDayOfMonth()), Integer.toString(date.getMonthValue()),
                    Integer.toString(date.getYear()));
        }
    }

    /** Which actions the status allows, and what an extension is under the case's regime. */
    public record Allowed(boolean clarification, boolean clarified, boolean fees, boolean paid, boolean extend,
            String extendUnit, String extendProvision, boolean regime, boolean assign, boolean withdraw) {

        static Allowed of(InformationCase c) {
            Set<CaseLifecycle.Action> allowed = CaseLifecycle.allowedIn(c.status());
            boolean extend = allowed.contains(CaseLifecycle.Action.EXTEND)
                    && c.regime().extension() != Regime.Extension.NONE;
            String unit = switch (c.regime().extension()) {
                case PUBLIC_INTEREST -> "working days";
                case FURTHER_MONTHS -> "months";
                default -> null;
            };
            return new Allowed(allowed.contains(CaseLifecycle.Action.REQUEST_CLARIFICATION),
                    allowed.contains(CaseLifecycle.Action.RECEIVE_CLARIFICATION),
                    allowed.contains(CaseLifecycle.Action.GIVE_FEES_NOTICE),
                    allowed.contains(CaseLifecycle.Action.RECEIVE_FEE), extend, unit,
                    StatutoryClock.extensionProvision(c.regime()), allowed.contains(CaseLifecycle.Action.CHANGE_REGIME),
                    allowed.contains(CaseLifecycle.Action.ASSIGN), allowed.contains(CaseLifecycle.Action.WITHDRAW));
        }

        /** The question the extension form asks, in the regime's unit. */
        public String extendLabel() {
            return "How many further " + extendUnit;
        }

        public boolean any() {
            return clarification || clarified || fees || paid || extend || regime || assign || withdraw;
        }
    }

    /** What the action forms show: what was sent, or today's date and the case as it is. */
    public record Values(DateParts clarificationOn, String clarificationQuestion, DateParts clarifiedOn,
            DateParts feesOn, String feesFee, String feesCalculation, DateParts paidOn, DateParts extendOn,
            String extendDays, String extendReason, List<DecisionForm.Choice> regimes, String regimeReason,
            String assignTeam, String assignOfficer, String withdrawReason, String open) {

        static Values of(InformationCase c, MultivaluedMap<String, String> form, LocalDate today) {
            String sent = form == null ? "" : DecisionForm.value(form, "form");
            String regime = form == null ? "" : DecisionForm.value(form, "regime-to");
            List<DecisionForm.Choice> regimes = new ArrayList<>();
            regimes.add(new DecisionForm.Choice("", "Choose a regime", regime.isEmpty()));
            for (Regime r : Regime.values()) {
                if (r != c.regime()) {
                    regimes.add(new DecisionForm.Choice(r.name(), r.name() + ": " + r.law(), r.name().equals(regime)));
                }
            }
            return new Values(date(form, "clarification-on", today), text(form, "clarification-question"),
                    date(form, "clarified-on", today), date(form, "fees-on", today), text(form, "fees-fee"),
                    text(form, "fees-calculation"), date(form, "paid-on", today), date(form, "extend-on", today),
                    text(form, "extend-days"), text(form, "extend-reason"), regimes, text(form, "regime-reason"),
                    form == null ? DecisionForm.nullToEmpty(c.assignment().team()) : text(form, "assign-team"),
                    form == null ? DecisionForm.nullToEmpty(c.assignment().officer()) : text(form, "assign-officer"),
                    text(form, "withdraw-reason"), sent);
        }

        private static DateParts date(MultivaluedMap<String, String> form, String name, LocalDate today) {
            if (form == null || !form.containsKey(name + "-day")) {
                return DateParts.of(today);
            }
            return new DateParts(DecisionForm.value(form, name + "-day"), DecisionForm.value(form, name + "-month"),
                    DecisionForm.value(form, name + "-year"));
        }

        private static String text(MultivaluedMap<String, String> form, String name) {
            return form == null ? "" : DecisionForm.value(form, name);
        }
    }

    /** The date typed in {@code name}'s three fields, or null if it is not a real date. */
    static LocalDate date(MultivaluedMap<String, String> form, String name) {
        try {
            return LocalDate.of(Integer.parseInt(DecisionForm.value(form, name + "-year").strip()),
                    Integer.parseInt(DecisionForm.value(form, name + "-month").strip()),
                    Integer.parseInt(DecisionForm.value(form, name + "-day").strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** A fee in pounds and pence, above zero and at most £100,000, in pence; or null. */
    static Integer feePence(String typed) {
        try {
            BigDecimal pounds = new BigDecimal(typed.strip().replace("£", "").replace(",", ""));
            if (pounds.signum() <= 0 || pounds.scale() > 2 || pounds.compareTo(MOST_FEE) > 0) {
                return null;
            }
            return pounds.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** The field of form {@code name} that shows a problem the domain named {@code field}. */
    static String fieldOf(String name, String field) {
        return switch (field) {
            case "on", "action" -> name + "-on";
            case "question" -> "clarification-question";
            case "feePounds" -> "fees-fee";
            case "calculation" -> "fees-calculation";
            case "amount" -> "extend-days";
            case "regime" -> "regime-to";
            case "team" -> "assign-team";
            case "officer" -> "assign-officer";
            default -> switch (name) {
                case "clarification" -> "clarification-question";
                case "fees" -> "fees-calculation";
                case "regime" -> "regime-reason";
                case "extend" -> "extend-reason";
                case "withdraw" -> "withdraw-reason";
                default -> name + "-on";
            };
        };
    }

    /** The anchor of a field: a date's first input. */
    static String anchor(String field) {
        return "#" + field + (field.endsWith("-on") ? "-day" : "");
    }
}
