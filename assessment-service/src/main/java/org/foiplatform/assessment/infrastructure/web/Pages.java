package org.foiplatform.assessment.infrastructure.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.foiplatform.assessment.application.AssessmentConfig;
import org.foiplatform.assessment.domain.CaseStatus;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** What every dashboard page shares: the authority's name, who is signed in, dates as people write them. */
@ApplicationScoped
public class Pages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    private final String authority;
    private final ZoneId zone;

    public Pages(AssessmentConfig config) {
        this.authority = config.authorityName();
        this.zone = ZoneId.of(config.zone());
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** "18 April 2024". */
    public static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    /** "18 April 2024 at 9:30am". */
    public String moment(Instant at) {
        return at == null ? null : MOMENT.format(at.atZone(zone)).replace("AM", "am").replace("PM", "pm");
    }

    /** The template with what the layout needs (the "Admin" link only for an admin). */
    public TemplateInstance page(io.quarkus.qute.Template template, SecurityIdentity identity) {
        return template.data("authority", authority).data("user",
                identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName())
                .data("isAdmin", identity != null && identity.hasRole("admin"));
    }

    public static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .build();
    }

    /** Refused unless the signed-in officer holds {@code role}: the "you do not have access to this" page. */
    public static void require(SecurityIdentity identity, String role) {
        if (!identity.hasRole(role)) {
            throw new NoAccessException(role);
        }
    }

    public static String status(CaseStatus status) {
        return switch (status) {
            case OPEN -> "Open";
            case AWAITING_CLARIFICATION -> "Awaiting clarification";
            case FEE_PENDING -> "Fee pending";
            case AWAITING_APPROVAL -> "Awaiting approval";
            case DECISION_APPROVED -> "Decision approved";
            case RESPONDED -> "Responded";
            case WITHDRAWN -> "Withdrawn";
            case REVIEW_OPEN -> "Internal review open";
            case REVIEW_DECIDED -> "Internal review decided";
            case LAPSED -> "Lapsed";
        };
    }

    /** A signed-in officer without the role a page needs. */
    public static class NoAccessException extends RuntimeException {
        private final String role;

        NoAccessException(String role) {
            super("The " + role + " role is needed");
            this.role = role;
        }

        public String role() {
            return role;
        }
    }
}
