package org.foiplatform.assessment.infrastructure.web;

import java.net.URI;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.foiplatform.assessment.application.AuditTrail;
import org.foiplatform.assessment.application.HolidayStore;
import org.foiplatform.assessment.application.ImportBankHolidays;
import org.foiplatform.assessment.application.InvalidInputException;
import org.foiplatform.assessment.application.ManageAccounts;
import org.foiplatform.assessment.application.ManageTeams;
import org.foiplatform.assessment.application.RedateOpenCases;
import org.foiplatform.assessment.domain.AccountRules;
import org.foiplatform.assessment.domain.DecisionProblem;
import org.foiplatform.assessment.domain.Role;
import org.foiplatform.assessment.infrastructure.calendar.BankHolidayFiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * The admin's pages of the dashboard (role {@code admin}): officer accounts (add, roles and email, disable and enable,
 * a new password), the teams cases are assigned to, the authority's profile (kept by response-service), the audit
 * trail, and the bank-holiday calendar import. Each change goes through the same
 * application services as the API ({@link ManageAccounts}, {@link ImportBankHolidays}), so the same rules apply and the
 * same entries reach the audit trail; a rule broken comes back on the page with a GOV.UK error summary.
 */
@Path("/dashboard/admin")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AdminPages {

    static final String ADMIN = "admin";
    private static final int AUDIT_PAGE = 50;
    /** gov.uk's file for 2018 to 2028 is about 20 KB; a year more adds about 2 KB. */
    static final int MAX_CALENDAR_CHARACTERS = 200_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Template accountsPage;
    private final Template newAccountPage;
    private final Template accountPage;
    private final Template auditPage;
    private final Template calendarPage;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final HttpServerRequest request;
    private final ManageAccounts accounts;
    private final AuditTrail audit;
    private final ImportBankHolidays importer;
    private final HolidayStore holidays;
    private final RedateOpenCases redate;
    private final Template teamsPage;
    private final ManageTeams teams;
    private final Template authorityPage;
    private final AuthorityProfiles profiles;

    public AdminPages(@Location("dashboard/admin/accounts.html") Template accountsPage,
            @Location("dashboard/admin/newAccount.html") Template newAccountPage,
            @Location("dashboard/admin/account.html") Template accountPage,
            @Location("dashboard/admin/audit.html") Template auditPage,
            @Location("dashboard/admin/calendar.html") Template calendarPage,
            @Location("dashboard/admin/teams.html") Template teamsPage, Pages pages, SecurityIdentity identity,
            HttpServerRequest request, ManageAccounts accounts, AuditTrail audit, ImportBankHolidays importer,
            HolidayStore holidays, RedateOpenCases redate, ManageTeams teams,
            @Location("dashboard/admin/authority.html") Template authorityPage, AuthorityProfiles profiles) {
        this.authorityPage = authorityPage;
        this.profiles = profiles;
        this.teamsPage = teamsPage;
        this.teams = teams;
        this.accountsPage = accountsPage;
        this.newAccountPage = newAccountPage;
        this.accountPage = accountPage;
        this.auditPage = auditPage;
        this.calendarPage = calendarPage;
        this.pages = pages;
        this.identity = identity;
        this.request = request;
        this.accounts = accounts;
        this.audit = audit;
        this.importer = importer;
        this.holidays = holidays;
        this.redate = redate;
    }

    /** A link in the error summary to the field at fault. */
    public record ErrorLink(String anchor, String message) {
    }

    /** A role as a checkbox. */
    public record RoleOption(String value, String label, String hint, boolean checked) {
    }

    /** A row of the accounts table. */
    public record AccountRow(String username, String email, String roles, boolean enabled, String created) {
    }

    /** A row of the audit trail table. */
    public record AuditRow(String at, String actor, String action, String subject, String detail, String address) {
    }

    /** A holiday an import added or removed. */
    public record ChangeRow(String date, String name, String nation, boolean added) {
    }

    // ---- Accounts -----------------------------------------------------------------------------------------------

    @GET
    public Response accounts() {
        Pages.require(identity, ADMIN);
        List<AccountRow> rows = accounts.list().stream().map(a -> new AccountRow(a.username(), a.email(),
                roleNames(a.roles()), a.enabled(), Pages.day(LocalDate.ofInstant(a.createdAt(), pages.zone()))))
                .toList();
        return Pages.html(200, page(accountsPage, "accounts").data("rows", rows));
    }

    @GET
    @Path("/accounts/new")
    public Response newAccount() {
        Pages.require(identity, ADMIN);
        return newAccountForm(200, Map.of(), Map.of(), List.of());
    }

    @POST
    @Path("/accounts")
    public Response create(MultivaluedMap<String, String> form) {
        Pages.require(identity, ADMIN);
        String username = field(form, "username");
        String email = field(form, "email");
        String given = form.getFirst("password");
        boolean generate = given == null || given.isEmpty();
        String password = generate ? generatePassword() : given;
        try {
            ManageAccounts.Account added = accounts.create(username, roles(form), password, email, admin(), address());
            return accountView(200, added.username(), Map.of(), List.of(), "The account " + added.username()
                    + " was added", generate ? password : null);
        } catch (InvalidInputException e) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("username", username);
            values.put("email", email);
            return newAccountForm(400, values, byField(e.problems()), errorLinks(e.problems()), roles(form));
        }
    }

    @GET
    @Path("/accounts/{username}")
    public Response account(@PathParam("username") String username, @QueryParam("changed") String changed) {
        Pages.require(identity, ADMIN);
        String notice = switch (changed == null ? "" : changed) {
            case "details" -> "The roles and email address were saved";
            case "enabled" -> "The account was enabled";
            case "disabled" -> "The account was disabled: it was signed out everywhere";
            default -> null;
        };
        return accountView(200, username, Map.of(), List.of(), notice, null);
    }

    @POST
    @Path("/accounts/{username}")
    public Response changeDetails(@PathParam("username") String username, MultivaluedMap<String, String> form) {
        Pages.require(identity, ADMIN);
        String email = field(form, "email");
        try {
            accounts.change(username, roles(form), null, null, email == null ? "" : email, admin(), address());
            return seeOther("/dashboard/admin/accounts/" + username + "?changed=details");
        } catch (ManageAccounts.AccountNotFoundException e) {
            return accountView(404, username, Map.of(), List.of(), null, null);
        } catch (InvalidInputException e) {
            return accountView(400, username, byField(e.problems()), errorLinks(e.problems()), null, null);
        }
    }

    @POST
    @Path("/accounts/{username}/status")
    public Response changeStatus(@PathParam("username") String username, MultivaluedMap<String, String> form) {
        Pages.require(identity, ADMIN);
        String enabled = form.getFirst("enabled");
        if (!"yes".equals(enabled) && !"no".equals(enabled)) {
            List<DecisionProblem> problems = List.of(new DecisionProblem("enabled", "Choose to enable or disable it"));
            return accountView(400, username, byField(problems), errorLinks(problems), null, null);
        }
        try {
            accounts.change(username, null, "yes".equals(enabled), null, null, admin(), address());
            return seeOther("/dashboard/admin/accounts/" + username + "?changed="
                    + ("yes".equals(enabled) ? "enabled" : "disabled"));
        } catch (ManageAccounts.AccountNotFoundException e) {
            return accountView(404, username, Map.of(), List.of(), null, null);
        } catch (InvalidInputException e) {
            return accountView(400, username, byField(e.problems()), errorLinks(e.problems()), null, null);
        }
    }

    @POST
    @Path("/accounts/{username}/password")
    public Response resetPassword(@PathParam("username") String username, MultivaluedMap<String, String> form) {
        Pages.require(identity, ADMIN);
        String given = form.getFirst("password");
        boolean generate = given == null || given.isEmpty();
        String password = generate ? generatePassword() : given;
        try {
            accounts.change(username, null, null, password, null, admin(), address());
            return accountView(200, username, Map.of(), List.of(), "The password was changed: the account was signed"
                    + " out everywhere", generate ? password : null);
        } catch (ManageAccounts.AccountNotFoundException e) {
            return accountView(404, username, Map.of(), List.of(), null, null);
        } catch (InvalidInputException e) {
            return accountView(400, username, byField(e.problems()), errorLinks(e.problems()), null, null);
        }
    }

    private Response newAccountForm(int status, Map<String, String> values, Map<String, String> fieldErrors,
            List<ErrorLink> errors) {
        return newAccountForm(status, values, fieldErrors, errors, Set.of(Role.OFFICER));
    }

    private Response newAccountForm(int status, Map<String, String> values, Map<String, String> fieldErrors,
            List<ErrorLink> errors, Set<Role> checked) {
        return Pages.html(status, page(newAccountPage, "accounts").data("values", values)
                .data("fieldErrors", fieldErrors).data("errors", errors).data("roles", roleOptions(checked)));
    }

    private Response accountView(int status, String username, Map<String, String> fieldErrors, List<ErrorLink> errors,
            String notice, String shownPassword) {
        ManageAccounts.Account account = accounts.list().stream().filter(a -> a.username().equals(username))
                .findFirst().orElse(null);
        if (account == null) {
            return Pages.html(404, page(accountPage, "accounts").data("account", null).data("username", username)
                    .data("fieldErrors", Map.of()).data("errors", List.of()).data("roles", List.of())
                    .data("notice", null).data("shownPassword", null).data("self", false));
        }
        Response page = Pages.html(status, page(accountPage, "accounts").data("account", new AccountRow(
                account.username(), account.email(), roleNames(account.roles()), account.enabled(),
                Pages.day(LocalDate.ofInstant(account.createdAt(), pages.zone()))))
                .data("username", username).data("fieldErrors", fieldErrors).data("errors", errors)
                .data("roles", roleOptions(account.roles())).data("notice", notice)
                .data("shownPassword", shownPassword).data("self", username.equals(admin())));
        // A page showing a password is never kept by the browser or a proxy: it is shown once.
        return shownPassword == null ? page : Response.fromResponse(page).header("Cache-Control", "no-store").build();
    }

    // ---- Teams --------------------------------------------------------------------------------------------------

    @GET
    @Path("/teams")
    public Response teams(@QueryParam("changed") String changed) {
        Pages.require(identity, ADMIN);
        String notice = switch (changed == null ? "" : changed) {
            case "added" -> "The team was added";
            case "removed" -> "The team was removed";
            default -> null;
        };
        return teamsView(200, null, Map.of(), List.of(), notice);
    }

    @POST
    @Path("/teams")
    public Response addTeam(MultivaluedMap<String, String> form) {
        Pages.require(identity, ADMIN);
        String name = form.getFirst("name");
        try {
            teams.add(name, admin(), address());
            return seeOther("/dashboard/admin/teams?changed=added");
        } catch (InvalidInputException e) {
            return teamsView(400, name, byField(e.problems()), errorLinks(e.problems()), null);
        }
    }

    @POST
    @Path("/teams/remove")
    public Response removeTeam(MultivaluedMap<String, String> form) {
        Pages.require(identity, ADMIN);
        try {
            teams.remove(form.getFirst("name"), admin(), address());
            return seeOther("/dashboard/admin/teams?changed=removed");
        } catch (InvalidInputException e) {
            return teamsView(400, null, byField(e.problems()), errorLinks(e.problems()), null);
        }
    }

    private Response teamsView(int status, String name, Map<String, String> fieldErrors, List<ErrorLink> errors,
            String notice) {
        return Pages.html(status, page(teamsPage, "teams").data("teams", teams.teams()).data("name", name)
                .data("fieldErrors", fieldErrors).data("errors", errors).data("notice", notice));
    }

    // ---- The authority's profile (response-service's) ------------------------------------------------------------

    /** A field of the profile form. */
    public record ProfileField(String name, String label, String hint, boolean multiline, String value, String error) {
    }

    private static final Map<String, String[]> PROFILE_LABELS = Map.ofEntries(
            Map.entry("name", new String[] {"Authority's name", "As it should appear on letters"}),
            Map.entry("team", new String[] {"Team that answers requests", "For example Information Governance"}),
            Map.entry("address", new String[] {"Postal address", "A line per line of the address"}),
            Map.entry("website", new String[] {"Website (optional)", "Starting with https://"}),
            Map.entry("email", new String[] {"Email address for requests", null}),
            Map.entry("phone", new String[] {"Phone number (optional)", null}),
            Map.entry("signature", new String[] {"Signature (optional)", "Who signs the letters, for example the"
                    + " Information Governance Manager"}),
            Map.entry("licence", new String[] {"Licence for re-use", "For example Open Government Licence v3.0"}),
            Map.entry("licenceUrl", new String[] {"Licence web address (optional)", "Starting with https://"}),
            Map.entry("publicationScheme", new String[] {"Publication scheme web address (optional)",
                    "Starting with https://"}),
            Map.entry("disclosureLog", new String[] {"Disclosure log web address (optional)",
                    "Starting with https://"}));

    @GET
    @Path("/authority")
    public Response authority(@QueryParam("changed") String changed) {
        Pages.require(identity, ADMIN);
        AuthorityProfiles.Answer answer = profiles.read(identity);
        return authorityView(answer.profile() == null ? 503 : 200, answer.profile(), Map.of(), List.of(),
                answer.unavailable(), "saved".equals(changed) ? "The profile was saved: letters issued from now use it"
                        : null);
    }

    @POST
    @Path("/authority")
    public Response changeAuthority(MultivaluedMap<String, String> form) {
        Pages.require(identity, ADMIN);
        Map<String, String> sent = new LinkedHashMap<>();
        AuthorityProfiles.FIELDS.forEach(f -> sent.put(f, form.getFirst(f)));
        AuthorityProfiles.Answer answer = profiles.replace(identity, sent);
        if (answer.profile() != null) {
            audit.record(admin(), "AUTHORITY_PROFILE_CHANGED", "authority profile", "name "
                    + answer.profile().get("name"), address());
            return seeOther("/dashboard/admin/authority?changed=saved");
        }
        if (answer.unavailable() != null) {
            return authorityView(503, sent, Map.of(), List.of(), answer.unavailable(), null);
        }
        List<DecisionProblem> problems = answer.problems().stream().map(p -> new DecisionProblem(p.field(),
                (PROFILE_LABELS.containsKey(p.field()) ? PROFILE_LABELS.get(p.field())[0].replace(" (optional)", "")
                        : p.field()) + " " + p.reason())).toList();
        return authorityView(400, sent, byField(problems), errorLinks(problems), null, null);
    }

    private Response authorityView(int status, Map<String, String> values, Map<String, String> fieldErrors,
            List<ErrorLink> errors, String unavailable, String notice) {
        List<ProfileField> fields = values == null ? List.of() : AuthorityProfiles.FIELDS.stream()
                .map(f -> new ProfileField(f, PROFILE_LABELS.get(f)[0], PROFILE_LABELS.get(f)[1], "address".equals(f)
                        || "signature".equals(f), values.get(f), fieldErrors.get(f))).toList();
        return Pages.html(status, page(authorityPage, "authority").data("fields", fields).data("errors", errors)
                .data("unavailable", unavailable).data("notice", notice));
    }

    // ---- The audit trail ----------------------------------------------------------------------------------------

    @GET
    @Path("/audit")
    public Response audit(@QueryParam("account") String account, @QueryParam("before") String before) {
        Pages.require(identity, ADMIN);
        String name = account == null || account.isBlank() ? null : account.strip();
        List<DecisionProblem> problems = new ArrayList<>();
        if (name != null) {
            problems.addAll(AccountRules.checkName(name).stream()
                    .map(p -> new DecisionProblem("account", "Enter an account name: " + p.reason().substring(0, 1)
                            .toLowerCase(java.util.Locale.UK) + p.reason().substring(1)))
                    .toList());
        }
        Long beforeId = null;
        if (before != null && !before.isBlank()) {
            try {
                beforeId = Long.parseLong(before);
            } catch (NumberFormatException e) {
                problems.add(new DecisionProblem("account", "That page of the audit trail does not exist: start again"
                        + " from the latest entries"));
            }
        }
        TemplateInstance page = page(auditPage, "audit").data("account", name);
        if (!problems.isEmpty()) {
            return Pages.html(400, page.data("rows", List.of()).data("older", null)
                    .data("fieldErrors", byField(problems)).data("errors", errorLinks(problems)).data("paged", false));
        }
        List<AuditTrail.Entry> entries = audit.latest(name, beforeId, AUDIT_PAGE);
        List<AuditRow> rows = entries.stream().map(e -> new AuditRow(pages.moment(e.at()), e.actor(),
                AuditWords.of(e.action()), e.subject(), e.detail(), e.address())).toList();
        String older = entries.size() < AUDIT_PAGE ? null : "/dashboard/admin/audit?"
                + (name == null ? "" : "account=" + name + "&") + "before=" + entries.get(entries.size() - 1).id();
        return Pages.html(200, page.data("rows", rows).data("older", older).data("fieldErrors", Map.of())
                .data("errors", List.of()).data("paged", beforeId != null));
    }

    // ---- The bank-holiday calendar ------------------------------------------------------------------------------

    @GET
    @Path("/calendar")
    public Response calendar() {
        Pages.require(identity, ADMIN);
        return calendarView(200, null, List.of(), null);
    }

    @POST
    @Path("/calendar")
    public Response importCalendar(MultivaluedMap<String, String> form) {
        Pages.require(identity, ADMIN);
        String file = form.getFirst("file");
        if (file == null || file.isBlank()) {
            return calendarView(400, null, List.of(new ErrorLink("file",
                    "Paste the contents of gov.uk's bank-holidays.json")), null);
        }
        if (file.length() > MAX_CALENDAR_CHARACTERS) {
            return calendarView(400, null, List.of(new ErrorLink("file", "The file is too long: at most "
                    + String.format("%,d", MAX_CALENDAR_CHARACTERS) + " characters")), null);
        }
        JsonNode json;
        try {
            json = JSON.readTree(file);
        } catch (JsonProcessingException e) {
            return calendarView(400, null, List.of(new ErrorLink("file", "This is not JSON: paste gov.uk's"
                    + " bank-holidays.json as it is (line " + e.getLocation().getLineNr() + ")")), null);
        }
        try {
            BankHolidayFiles.Parsed parsed = BankHolidayFiles.govUkJson(json);
            ImportBankHolidays.Imported imported = importer.importBy(parsed.holidays(), parsed.years(),
                    "gov.uk bank-holidays.json pasted by " + admin(), admin(), address());
            List<ChangeRow> changes = imported.changes().stream().map(c -> new ChangeRow(Pages.day(c.holiday().date()),
                    c.holiday().name(), c.holiday().nation().displayName(), c.added())).toList();
            return calendarView(200, imported.result(), List.of(), changes);
        } catch (BankHolidayFiles.BadFileException e) {
            return calendarView(400, null, e.problems().stream().map(p -> new ErrorLink("file",
                    ("(body)".equals(p.field()) ? "" : p.field() + ": ") + p.reason())).toList(), null);
        }
    }

    private Response calendarView(int status, ImportBankHolidays.Result result, List<ErrorLink> errors,
            List<ChangeRow> changes) {
        HolidayStore.Revision current = holidays.current();
        return Pages.html(status, page(calendarPage, "calendar").data("revision", current.number())
                .data("years", current.calendar().coveredYears().stream().sorted().map(String::valueOf).toList())
                .data("waiting", redate.waiting()).data("result", result).data("changes", changes)
                .data("errors", errors));
    }

    // ---- What the pages share -----------------------------------------------------------------------------------

    private TemplateInstance page(Template template, String section) {
        return pages.page(template, identity).data("section", section);
    }

    private String admin() {
        return identity.getPrincipal().getName();
    }

    private String address() {
        return request.remoteAddress() == null ? null : request.remoteAddress().host();
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    private static String field(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? null : value.strip();
    }

    /** The roles ticked; a value that is no role is ignored (the page offers only the three). */
    private static Set<Role> roles(MultivaluedMap<String, String> form) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> ticked = form.get("roles");
        if (ticked != null) {
            ticked.forEach(value -> Role.named(value).ifPresent(roles::add));
        }
        return roles;
    }

    private static List<RoleOption> roleOptions(Set<Role> checked) {
        return List.of(
                new RoleOption("officer", "Officer", "Works on cases: reads them, drafts decisions, runs the clock",
                        checked.contains(Role.OFFICER)),
                new RoleOption("approver", "Approver", "Approves or returns another officer's draft decision",
                        checked.contains(Role.APPROVER)),
                new RoleOption("admin", "Admin", "Manages accounts, the bank-holiday calendar and reads the audit"
                        + " trail", checked.contains(Role.ADMIN)));
    }

    private static String roleNames(Set<Role> roles) {
        return roles.isEmpty() ? "None (may sign in, nothing more)"
                : String.join(", ", roles.stream().sorted().map(r -> switch (r) {
                    case OFFICER -> "Officer";
                    case APPROVER -> "Approver";
                    case ADMIN -> "Admin";
                }).toList());
    }

    /**
     * The message on each field: the first problem named for it. Each field's input has the field's name as its id
     * (the first checkbox is {@code roles}; the status button {@code enabled}), so the summary links to it.
     */
    private static Map<String, String> byField(List<DecisionProblem> problems) {
        Map<String, String> fields = new LinkedHashMap<>();
        problems.forEach(p -> fields.putIfAbsent(p.field(), p.reason()));
        return fields;
    }

    private static List<ErrorLink> errorLinks(List<DecisionProblem> problems) {
        return problems.stream().map(p -> new ErrorLink(p.field(), p.reason())).toList();
    }

    /** A password for an account that an admin asked to have made: 20 letters and digits, easy to read out. */
    static String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(PASSWORD_LETTERS.charAt(RANDOM.nextInt(PASSWORD_LETTERS.length())));
        }
        return password.toString();
    }
}
