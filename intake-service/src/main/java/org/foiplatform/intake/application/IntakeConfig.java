package org.foiplatform.intake.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of intake-service ({@code foi.intake.*} in application.properties). */
@ConfigMapping(prefix = "foi.intake")
public interface IntakeConfig {

    /** The zone in which the date of receipt, and so the reference's year, is reckoned. */
    @WithDefault("Europe/London")
    String zone();

    @WithDefault("200")
    int maxNameLength();

    @WithDefault("5000")
    int maxQuestionLength();

    @WithDefault("50")
    int maxQuestions();

    /** Characters in all the questions of one request together. None of the limits may exceed contracts' InputLimits. */
    @WithDefault("20000")
    int maxRequestText();

    /**
     * Characters in a postal address for a reply by post (counted after NFC, with one character per line break).
     * At most 500: RequestReceived's schema and the column allow no more.
     */
    @WithDefault("500")
    int maxPostalAddressLength();

    /** Lines in a postal address for a reply by post: what fits the address window of a letter. */
    @WithDefault("8")
    int maxPostalAddressLines();

    /**
     * Requests for information one client address may send a minute, through the API and the portal together
     * (refilled steadily); more answer 429. 0 turns the limit off.
     */
    @WithDefault("10")
    int submissionsPerMinute();

    /**
     * Requests for information one email address (in any case) may send an hour, through the API and the portal
     * together (refilled steadily: with 20, one every three minutes once twenty have gone); more answer 429. Counted
     * in memory by each instance, before anything is stored; a replay of an idempotency key is not counted. 0 turns
     * the limit off.
     */
    @WithDefault("20")
    int submissionsPerEmailPerHour();

    /** Seconds that must pass between showing the request form and taking it (robots are quicker); 0 is off. */
    @WithDefault("3")
    int formMinimumSeconds();

    /** The key that signs the time the form was shown; without it each start of the service makes its own. */
    java.util.Optional<String> formKey();

    /**
     * The key (32 characters or more) that seals each request's tracking token for notification-service, which
     * puts the private link in the acknowledgement ({@code FOI_TRACKING_LINK_KEY}, made by ./foi up and shared with
     * notification-service only). Without it the acknowledgement has no link; the requester has it from the
     * confirmation page.
     */
    java.util.Optional<String> trackingLinkKey();

    /** The authority's name, in the portal's header and pages. */
    @WithDefault("Example City Council")
    String authorityName();

    /**
     * The public address of assessment-service, whose {@code /statistics} page (how many requests, how quickly
     * answered) every portal page links to in its footer.
     */
    @WithDefault("http://127.0.0.1:8082")
    String statisticsUrl();

    /** Where response-service serves the requester's letter (intake fetches it for the tracking page's link). */
    @WithDefault("http://127.0.0.1:8083")
    String responseBaseUrl();

    /** Repeats and campaigns: which earlier requests RequestReceived names as related ({@code foi.intake.related.*}). */
    Related related();

    /**
     * How alike an earlier request must be to count (pg_trgm similarity, 0 to 1), and how far back intake looks. The
     * officer decides; these only keep what the event carries worth reading.
     */
    interface Related {

        /**
         * The same requester (email address) asking again for substantially the same thing (FOIA s.14(2); the Fees
         * Regulations 2004 reg 5(1)(a)): their earlier requests at least this alike.
         */
        @WithDefault("0.5")
        double sameRequesterSimilarity();

        /** Someone else's near-identical words (a round-robin or campaign, reg 5(1)(b)): at least this alike. */
        @WithDefault("0.8")
        double campaignSimilarity();

        /**
         * Calendar days looked back: the Fees Regulations 2004 reg 5(2) aggregate requests made within 60
         * consecutive working days, which are at most 92 calendar days (assessment-service, which knows the bank
         * holidays, works out the exact 60 working days).
         */
        @WithDefault("92")
        int lookBackDays();
    }

    /** Suggestions from the disclosure log on check your answers ({@code foi.intake.disclosure-log.*}). */
    DisclosureLog disclosureLog();

    /** Where the public disclosure log is, and which of its entries are suggested. */
    interface DisclosureLog {

        /**
         * The public address of response-service's disclosure log pages, to which each entry's path
         * ({@code /disclosure-log/FOI-2026-000123}) is added for the link the requester follows.
         */
        @WithDefault("http://127.0.0.1:8083")
        String url();

        /** How alike (pg_trgm similarity of title and questions, 0 to 1) an entry must be to be suggested. */
        @WithDefault("0.3")
        double similarity();

        /** The most entries suggested; 0 suggests none. */
        @WithDefault("3")
        int suggestions();
    }
}
