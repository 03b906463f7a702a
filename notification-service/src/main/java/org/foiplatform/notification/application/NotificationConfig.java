package org.foiplatform.notification.application;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of notification-service ({@code foi.notification.*}). */
@ConfigMapping(prefix = "foi.notification")
public interface NotificationConfig {

    /**
     * The dispatcher wakes when a message is stored; this is the safety net, and how often messages whose
     * retry pause has passed are tried again.
     */
    @WithDefault("1s")
    Duration safetyPoll();

    /** Emails handed to the SMTP server at the same time. */
    @WithDefault("4")
    int concurrency();

    /** The pause after the first failed attempt; it doubles after each further failure. */
    @WithDefault("5s")
    Duration firstRetryPause();

    /** The longest pause between attempts. */
    @WithDefault("30m")
    Duration longestRetryPause();

    /** How far each pause is spread either way at random (0.2 is 20%), so that retries do not come in step. */
    @WithDefault("0.2")
    double retryJitter();

    /**
     * How long a message that keeps failing for reasons that may pass (no connection, a timeout, a 4xx
     * reply) is tried before it is given up and {@code NotificationFailed} published.
     */
    @WithDefault("24h")
    Duration retryHorizon();

    /** Messages taken per dispatch pass. */
    @WithDefault("64")
    int batchSize();

    /**
     * The longest an SMTP send may take. A server that accepts the connection and then says nothing would
     * otherwise hold a sender until its own timeout; after this the send counts as failed and is retried.
     */
    @WithDefault("15s")
    Duration sendTimeout();

    /** Who the emails come from, in the words of their signature and footer. */
    Sender sender();

    /** The officers' emails (deadlines, a blocked letter, an email not delivered). */
    Officers officers();

    /** What a fees notice tells the requester about paying. */
    Fees fees();

    interface Officers {
        /**
         * The team's mailbox, where every officers' email goes: the platform keeps no officer's own address. Without
         * it, the FOI mailbox ({@code sender.reply-to}).
         */
        Optional<String> email();
    }

    interface Fees {
        /** How to pay, in the authority's words: shown in every fees notice email after the amount. */
        @WithDefault("To pay, reply to this email or call us, quoting your reference. We will take your payment by "
                + "debit or credit card over the phone, or give you our bank details so that you can pay by transfer.")
        String paymentInstructions();
    }

    /** Where response letters are fetched from when their email is sent ({@code ResponseIssued} version 2). */
    Letters letters();

    interface Letters {
        /**
         * response-service's address; each document's path from the event is appended to it. The mailer's password
         * is sent to it, so in production it should be https, or a private network.
         */
        @WithDefault("http://127.0.0.1:8083")
        String baseUrl();

        /** The account response-service gives the mailer (role {@code mailer}). */
        @WithDefault("mailer")
        String username();

        /**
         * Its password, from {@code FOI_MAILER_PASSWORD}; no default. Without it the service still starts and sends
         * every other email, but a letter cannot be fetched: its email waits, as for response-service being away,
         * until its retry horizon, and a warning at start-up says why.
         */
        Optional<String> password();

        /**
         * The longest one fetch may take (connecting and reading). The three fetches and the SMTP send run while the
         * message's row is locked, in one transaction, so together they must stay well inside its timeout (60 s).
         */
        @WithDefault("10s")
        Duration timeout();
    }

    /** The private tracking link in the acknowledgement. */
    Tracking tracking();

    interface Tracking {
        /**
         * The key intake seals each tracking token with ({@code FOI_TRACKING_LINK_KEY}, 32 characters or more). Without
         * it, or for a token sealed with another key, the acknowledgement has no link.
         */
        Optional<String> linkKey();

        /** Where requesters follow their requests: the portal's address, e.g. https://foi.example-city.gov.uk. */
        @WithDefault("http://127.0.0.1:8081")
        String portalBaseUrl();
    }

    interface Sender {
        /** The authority, e.g. "Example Council". */
        @WithDefault("Example Council")
        String authorityName();

        /** The team that signs the emails. */
        @WithDefault("Information Governance Team")
        String teamName();

        /** The FOI mailbox: the Reply-To of every email, and where requesters are told to write. */
        @WithDefault("foi@example-city.gov.uk")
        String replyTo();

        /** The domain part of each email's Message-ID, normally the authority's mail domain. */
        @WithDefault("foi.example-city.gov.uk")
        String messageIdDomain();
    }
}
