package org.foiplatform.assessment.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of assessment-service ({@code foi.assessment.*}). Legal values live here, not in code. */
@ConfigMapping(prefix = "foi.assessment")
public interface AssessmentConfig {

    /** The zone in which the date of receipt is reckoned. */
    @WithDefault("Europe/London")
    String zone();

    /** FOIA s.10(1), EIR reg 5(2), FOISA s.10(1), EIRS reg 5(2): the twentieth working day following the date of receipt. */
    @WithDefault("20")
    int workingDays();

    /** FOIA s.10(3): the longest public interest extension, in further working days (ICO guidance: 20). */
    @WithDefault("20")
    int publicInterestExtensionDays();

    /** EIR reg 7(1), EIRS reg 7(1): the period for a complex and voluminous request, in working days. */
    @WithDefault("40")
    int complexAndVoluminousWorkingDays();

    /** UK GDPR Art. 12(3): one month. */
    @WithDefault("1")
    int sarMonths();

    /** UK GDPR Art. 12(3): up to two further months. */
    @WithDefault("2")
    int sarExtensionMonths();

    /** An unanswered request for clarification lapses after this period (ISO 8601; the statistics' 3 months). */
    @WithDefault("P3M")
    String clarificationLapse();

    /** An unpaid fees notice lapses after this period (FOIA s.9(2): 3 months). */
    @WithDefault("P3M")
    String feeLapse();

    /**
     * Working days after the response within which the requester may ask for an internal review (EIR reg 11(2),
     * FOISA s.20(5); the FOIA Code of Practice para 5.3 asks the same). The letter gives the date.
     */
    @WithDefault("40")
    int reviewRequestWorkingDays();

    /**
     * Working days an internal review has: FOIA (the Code of Practice and the ICO: 20), FOISA s.21(1) (20), EIRS
     * reg 16 (20), and a SAR (no statutory review; 20 by practice).
     */
    @WithDefault("20")
    int reviewWorkingDays();

    /** EIR reg 11(4): the authority has 40 working days for reconsideration. */
    @WithDefault("40")
    int eirReviewWorkingDays();

    /** FOIA Code of Practice: a review may take 40 working days in all in exceptional cases, with the reason given. */
    @WithDefault("40")
    int reviewExtendedWorkingDays();

    /** Whose bank holidays move a SAR deadline that falls on one: the authority's own nation (gov.uk slug). */
    @WithDefault("england-and-wales")
    String sarNation();

    /** How often open cases dated with an older calendar are looked for (a safety net: an import wakes it at once), e.g. 10m. */
    @WithDefault("10m")
    java.time.Duration redateEvery();

    /** How often stopped clocks are checked for requests that have lapsed. */
    @WithDefault("1h")
    String lapseEvery();

    /** The authority's name, shown on its public pages. */
    @WithDefault("Example City Council")
    String authorityName();

    /** Requests a minute one client address may make to the public deadline calculator (its API and page). */
    @WithDefault("120")
    int publicRequestsPerMinute();

    /** The cost limits of FOIA s.12 and FOISA s.12, in pounds. */
    CostLimits costLimit();

    /** How often the deadline reminders due are looked for, e.g. 15m; "off" in tests, which run the sweep. */
    @io.smallrye.config.WithDefault("15m")
    String remindersEvery();

    /** The reminder points: DeadlineApproaching is sent when this many working days are left. */
    @io.smallrye.config.WithDefault("5,2")
    java.util.List<Integer> reminderWorkingDays();

    /** response-service's base URL, for the letter preview on the case page. */
    @WithDefault("http://127.0.0.1:8083")
    String responseBaseUrl();

    /** How long the case page waits for response-service's letter preview before saying it is not available. */
    @WithDefault("PT5S")
    java.time.Duration previewTimeout();

    /** The lifetime of the token signed for the signed-in officer to ask response-service for a preview. */
    @WithDefault("PT2M")
    java.time.Duration previewTokenLifetime();

    /** Officer accounts: how passwords are hashed, and the accounts made at start-up if missing. */
    Accounts accounts();

    /** Single sign-on through the council's OpenID Connect provider (quarkus.oidc.*), when it is turned on. */
    SingleSignOn singleSignOn();

    interface SingleSignOn {
        /**
         * The claim of the provider's ID token that holds the officer's work email address, matched against the
         * accounts' {@code email}: {@code email} for Google and most providers; Entra ID may need
         * {@code preferred_username} or {@code upn}.
         */
        @WithDefault("email")
        String emailClaim();
    }

    interface Accounts {
        /** The bcrypt cost (work factor): each step doubles the time to hash or check a password. */
        @io.smallrye.config.WithDefault("10")
        int bcryptCost();

        /** How long a checked name and password is remembered, so that HTTP Basic does not run bcrypt every call. */
        @io.smallrye.config.WithDefault("PT5M")
        java.time.Duration verifiedFor();

        /**
         * Accounts made at start-up when they do not exist yet, by name: {@code roles} and {@code password} (./foi up
         * passes the demo passwords it keeps in .foi/secrets.env). An account with no password configured is
         * skipped; one that exists is never changed.
         */
        java.util.Map<String, Seed> seed();
    }

    interface Seed {
        java.util.Optional<String> password();

        @io.smallrye.config.WithDefault("officer")
        java.util.List<String> roles();
    }

    interface CostLimits {
        /**
         * FOIA s.12 and the Fees Regulations 2004 (SI 2004/3244) reg 3: £450 for a local authority and every other
         * authority outside Schedule 1 Part I; £600 for central government (Schedule 1 Part I).
         */
        @WithDefault("450")
        java.math.BigDecimal foiaPounds();

        /** SI 2004/3244 reg 4(4): staff time at £25 an hour a person. */
        @WithDefault("25")
        java.math.BigDecimal foiaPoundsPerHour();

        /** FOISA s.12 and the Fees Regulations 2004 (SSI 2004/467): the prescribed amount, £600. */
        @WithDefault("600")
        java.math.BigDecimal foisaPounds();

        /** SSI 2004/467: staff time at no more than £15 an hour a person. */
        @WithDefault("15")
        java.math.BigDecimal foisaPoundsPerHour();

        /**
         * SI 2004/3244 reg 5(2)(b): related requests are aggregated when "received by the public authority within any
         * period of sixty consecutive working days".
         */
        @WithDefault("60")
        int aggregationWorkingDays();
    }
}
