package org.foiplatform.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cost limit of one regime: FOIA s.12 with the Fees Regulations 2004 (SI 2004/3244), or FOISA s.12 with the
 * Fees Regulations 2004 (SSI 2004/467). The estimate counts only the activities the regulations allow, at the
 * regulations' hourly rate, and a request may be refused only when the estimate exceeds the limit. The EIR and
 * EIRS have no cost limit (a burdensome request is manifestly unreasonable: EIR reg 12(4)(b), EIRS reg 10(4)(b)),
 * nor has a subject access request.
 *
 * @param limitPence the appropriate limit (FOIA: £450, or £600 for central government; FOISA: £600)
 * @param pencePerHour the rate for staff time (FOIA reg 4(4): £25 an hour; FOISA: at most £15 an hour)
 * @param countable the activities that may be counted
 */
public record CostLimit(Regime regime, long limitPence, long pencePerHour, Set<Activity> countable) {

    /** The activities an estimate may count. */
    public enum Activity {
        /** FOIA Fees Regulations reg 4(3)(a): determining whether the information is held. */
        DETERMINING,
        /** reg 4(3)(b) (FOIA); reg 3 (FOISA): locating the information, or a document which may contain it. */
        LOCATING,
        /** reg 4(3)(c) (FOIA); reg 3 (FOISA): retrieving the information, or such a document. */
        RETRIEVING,
        /** FOIA reg 4(3)(d): extracting the information from a document containing it. */
        EXTRACTING,
        /** FOISA reg 3: providing the information (copying, putting it in the form asked for). */
        PROVIDING
    }

    /** The four activities FOIA's Fees Regulations reg 4(3) allow. */
    public static final Set<Activity> FOIA_ACTIVITIES = EnumSet.of(Activity.DETERMINING, Activity.LOCATING,
            Activity.RETRIEVING, Activity.EXTRACTING);
    /** FOISA's projected costs: locating, retrieving and providing, not deciding whether it is held (SSI 2004/467). */
    public static final Set<Activity> FOISA_ACTIVITIES = EnumSet.of(Activity.LOCATING, Activity.RETRIEVING,
            Activity.PROVIDING);

    /** The most lines an estimate may have. */
    public static final int MAX_ITEMS = 20;
    /** The longest explanation of one line. */
    public static final int MAX_EXPLANATION = 1_000;

    public CostLimit {
        if (regime != Regime.FOIA && regime != Regime.FOISA) {
            throw new IllegalArgumentException(regime + " has no cost limit");
        }
        if (limitPence <= 0 || pencePerHour <= 0) {
            throw new IllegalArgumentException("The limit and the hourly rate must be above zero");
        }
        countable = Set.copyOf(countable);
    }

    /** The limit in hours of staff time: 18 for £450 at £25, 24 for £600 at £25, 40 for £600 at £15. */
    public BigDecimal limitHours() {
        return plain(BigDecimal.valueOf(limitPence).divide(BigDecimal.valueOf(pencePerHour), 2, RoundingMode.DOWN));
    }

    /**
     * One line of an estimate: so many units of an activity at so many minutes each, and why. {@code request} is
     * null for work on this request, or the reference of a related request whose cost is aggregated with it (the
     * Fees Regulations 2004 reg 5; see {@link Aggregation}).
     */
    public record Item(Activity activity, long units, BigDecimal minutesPerUnit, String explanation, String request) {

        /** A line for work on this request itself. */
        public Item(Activity activity, long units, BigDecimal minutesPerUnit, String explanation) {
            this(activity, units, minutesPerUnit, explanation, null);
        }

        public BigDecimal minutes() {
            return minutesPerUnit.multiply(BigDecimal.valueOf(units));
        }
    }

    /** An estimate worked out: its minutes, hours and cost, and whether it exceeds the limit. */
    public record Estimate(List<Item> items, BigDecimal minutes, BigDecimal hours, long costPence, long limitPence,
            long pencePerHour, BigDecimal limitHours, boolean exceedsLimit) {

        /** The related requests whose costs this estimate aggregates (reg 5), in the order of their first line. */
        public List<String> aggregatedWith() {
            return items.stream().map(Item::request).filter(java.util.Objects::nonNull).distinct().toList();
        }
    }

    /** A line the regulations do not allow, naming the item (its index) and the field. */
    public record Problem(int item, String field, String reason) {
    }

    /** What is wrong with {@code items} under this limit; empty if they can be estimated. No line may aggregate. */
    public List<Problem> check(List<Item> items) {
        return check(items, Set.of());
    }

    /**
     * What is wrong with {@code items} under this limit; empty if they can be estimated. A line for another request
     * must name one of {@code aggregable}: a related request inside the period of the Fees Regulations 2004 reg
     * 5(2)(b) ({@link Aggregation#aggregable}).
     */
    public List<Problem> check(List<Item> items, Set<String> aggregable) {
        List<Problem> problems = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            problems.add(new Problem(-1, null, "Give at least one activity with its units and minutes"));
            return problems;
        }
        if (items.size() > MAX_ITEMS) {
            problems.add(new Problem(-1, null, "Use " + MAX_ITEMS + " lines or fewer"));
            return problems;
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item == null) {
                problems.add(new Problem(i, null, "Give the activity, its units and minutes"));
                continue;
            }
            if (item.activity() == null) {
                problems.add(new Problem(i, "activity", "Choose one of " + countable));
            } else if (!countable.contains(item.activity())) {
                problems.add(new Problem(i, "activity", regime + " does not let " + item.activity()
                        + " be counted towards the cost limit; only " + countable));
            }
            if (item.units() <= 0) {
                problems.add(new Problem(i, "units", "Give a number of units above zero"));
            }
            if (item.minutesPerUnit() == null || item.minutesPerUnit().signum() <= 0) {
                problems.add(new Problem(i, "minutesPerUnit", "Give the minutes each unit takes, above zero"));
            }
            if (item.request() != null && (regime != Regime.FOIA || !aggregable.contains(item.request()))) {
                problems.add(new Problem(i, "request", regime != Regime.FOIA
                        ? regime + " has no rule for adding the costs of other requests: estimate this request alone"
                        : (item.request().length() <= 32 ? item.request() : "The request named") + " is not a related request received within sixty consecutive working days"
                                + " of this one (the Fees Regulations 2004 reg 5(2)): only those may be aggregated"));
            }
            if (item.explanation() == null || item.explanation().isBlank()) {
                problems.add(new Problem(i, "explanation", "Explain how the estimate was made"));
            } else if (item.explanation().length() > MAX_EXPLANATION) {
                problems.add(new Problem(i, "explanation", "Use " + MAX_EXPLANATION + " characters or fewer"));
            }
        }
        return problems;
    }

    /**
     * Works out {@code items} (which {@link #check} must have passed): minutes summed, hours, and the cost at the
     * hourly rate to the nearest penny; it exceeds the limit only if above it (FOIA s.12(1): "would exceed").
     */
    public Estimate estimate(List<Item> items) {
        return estimate(items, Set.of());
    }

    /** Works out {@code items}, some of which may aggregate the related requests {@code aggregable} (reg 5). */
    public Estimate estimate(List<Item> items, Set<String> aggregable) {
        List<Problem> problems = check(items, aggregable);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Not an estimate the regulations allow: " + problems);
        }
        BigDecimal minutes = BigDecimal.ZERO;
        for (Item item : items) {
            minutes = minutes.add(item.minutes());
        }
        BigDecimal hours = minutes.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        long cost = minutes.multiply(BigDecimal.valueOf(pencePerHour)).divide(BigDecimal.valueOf(60), 0,
                RoundingMode.HALF_UP).longValueExact();
        return new Estimate(List.copyOf(items), plain(minutes), plain(hours), cost,
                limitPence, pencePerHour, limitHours(), cost > limitPence);
    }

    /** Pence as pounds, plainly: 45000 as 450, 1083333 as 10833.33. */
    public static BigDecimal pounds(long pence) {
        return plain(BigDecimal.valueOf(pence, 2));
    }

    /** {@code value} without trailing zeros, and never in exponent form (450, not 4.5E+2). */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The cost limit of {@code regime} under {@code limits}, or empty if the regime has none. */
    public static Optional<CostLimit> of(Regime regime, CostLimit foia, CostLimit foisa) {
        return switch (regime) {
            case FOIA -> Optional.of(foia);
            case FOISA -> Optional.of(foisa);
            default -> Optional.empty();
        };
    }
}
