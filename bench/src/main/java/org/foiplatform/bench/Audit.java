package org.foiplatform.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The proof that nothing was lost or doubled: for every accepted submission of the fixed-rate run, exactly one
 * case in the assessment database, exactly one SENT acknowledgement in the notification database, and exactly one
 * email in the SMTP capture for its unique address. The databases are read with each service's own role, read-only.
 * A request doubled at intake would show as a second reference for the same address, so cases and messages are
 * counted over every reference intake holds for the address.
 */
final class Audit {

    /** Counts of one check over all submissions. */
    record Check(String name, long exactlyOne, long lost, long doubled, long unknown, String note) {

        void writeTo(ObjectNode node) {
            node.put("exactlyOne", exactlyOne);
            node.put("lost", lost);
            node.put("doubled", doubled);
            node.put("unknown", unknown);
            if (note != null) {
                node.put("note", note);
            }
        }
    }

    static Check tally(String name, Map<String, Integer> counts, List<String> keys, String note) {
        long one = 0;
        long zero = 0;
        long more = 0;
        long unknown = 0;
        for (String key : keys) {
            Integer n = counts.get(key);
            if (n == null) {
                unknown++;
            } else if (n == 0) {
                zero++;
            } else if (n == 1) {
                one++;
            } else {
                more++;
            }
        }
        return new Check(name, one, zero, more, unknown, note);
    }

    private final BenchContext context;

    Audit(BenchContext context) {
        this.context = context;
    }

    void run(List<EndToEndStep.Submission> accepted, NotificationWatcher watcher, boolean pipelineQuiet, ObjectNode out)
            throws Exception {
        Settings settings = context.settings();
        List<String> emails = accepted.stream().map(EndToEndStep.Submission::email).toList();
        out.put("submissions", accepted.size());
        out.put("pipelineQuietBeforeAudit", pipelineQuiet);
        Console.say("audit: checking %,d accepted submissions in the assessment and notification databases and the"
                + " SMTP capture", accepted.size());

        // References per address: from intake's own database if we may read it, else the one each 201 gave.
        Map<String, List<String>> referencesByEmail = new HashMap<>();
        accepted.forEach(s -> referencesByEmail.computeIfAbsent(s.email(), e -> new ArrayList<>()).add(s.reference()));
        Map<String, Integer> requestsPerEmail = new HashMap<>();
        String intakeNote = null;
        if (settings.databasePassword("intake") != null) {
            try (Connection c = connect("intake")) {
                Map<String, List<String>> stored = new HashMap<>();
                query(c, "select requester_email, reference from information_request where requester_email = any(?)",
                        emails, rs -> stored.computeIfAbsent(rs.getString(1), e -> new ArrayList<>()).add(rs.getString(2)));
                for (String email : emails) {
                    List<String> refs = stored.getOrDefault(email, List.of());
                    requestsPerEmail.put(email, refs.size());
                    if (!refs.isEmpty()) {
                        referencesByEmail.put(email, refs);
                    }
                }
            }
        } else {
            intakeNote = "INTAKE_DB_PASSWORD not given: the reference from each 201 was used";
        }
        List<String> allReferences = referencesByEmail.values().stream().flatMap(List::stream).distinct().toList();

        // Cases in assessment.
        Map<String, Integer> casesPerReference = new HashMap<>();
        try (Connection c = connect("assessment")) {
            query(c, "select reference, count(*) from foi_case where reference = any(?) group by reference", allReferences,
                    rs -> casesPerReference.put(rs.getString(1), rs.getInt(2)));
        }
        // SENT acknowledgements in notification, and those still pending.
        Map<String, Integer> sentPerReference = new HashMap<>();
        Map<String, Integer> pendingPerReference = new HashMap<>();
        try (Connection c = connect("notification")) {
            query(c, "select reference, status, count(*) from outgoing_message where kind = 'acknowledgement'"
                    + " and reference = any(?) group by reference, status", allReferences, rs -> {
                        if ("SENT".equals(rs.getString(2))) {
                            sentPerReference.merge(rs.getString(1), rs.getInt(3), Integer::sum);
                        } else if ("PENDING".equals(rs.getString(2))) {
                            pendingPerReference.merge(rs.getString(1), rs.getInt(3), Integer::sum);
                        }
                    });
        }
        Map<String, Integer> cases = new HashMap<>();
        Map<String, Integer> sent = new HashMap<>();
        long pending = 0;
        for (String email : emails) {
            List<String> refs = referencesByEmail.getOrDefault(email, List.of());
            cases.put(email, refs.stream().mapToInt(r -> casesPerReference.getOrDefault(r, 0)).sum());
            sent.put(email, refs.stream().mapToInt(r -> sentPerReference.getOrDefault(r, 0)).sum());
            pending += refs.stream().mapToInt(r -> pendingPerReference.getOrDefault(r, 0)).sum();
        }
        Map<String, Integer> mails = mailsPerAddress(emails);

        ObjectNode checks = out.putObject("checks");
        if (!requestsPerEmail.isEmpty()) {
            tally("requests", requestsPerEmail, emails, "information_request rows for the address (intake)")
                    .writeTo(checks.putObject("intakeRequests"));
        }
        Check caseCheck = tally("cases", cases, emails, "foi_case rows (assessment)");
        Check sentCheck = tally("acknowledgements", sent, emails,
                "outgoing_message rows with kind acknowledgement and status SENT (notification)");
        Check mailCheck = tally("emails", mails, emails, "messages in the SMTP capture's INBOX for the address (GreenMail)");
        caseCheck.writeTo(checks.putObject("assessmentCases"));
        sentCheck.writeTo(checks.putObject("sentAcknowledgements"));
        mailCheck.writeTo(checks.putObject("capturedEmails"));
        if (intakeNote != null) {
            out.put("note", intakeNote);
        }
        out.put("acknowledgementsStillPending", pending);
        long topicDoubles = accepted.stream().filter(s -> watcher.acknowledgementCount(s.reference()) > 1).count();
        out.put("notificationSentDoubledOnTopic", topicDoubles);
        long lost = caseCheck.lost() + sentCheck.lost() + mailCheck.lost();
        long doubled = caseCheck.doubled() + sentCheck.doubled() + mailCheck.doubled()
                + (requestsPerEmail.isEmpty() ? 0 : tally("", requestsPerEmail, emails, null).doubled());
        long unknown = caseCheck.unknown() + sentCheck.unknown() + mailCheck.unknown();
        out.put("lost", lost);
        out.put("doubled", doubled);
        out.put("unknown", unknown);
        out.put("status", "ok");
        Console.say("audit: cases %d exactly one, %d lost, %d doubled; SENT acknowledgements %d / %d / %d;"
                + " emails %d / %d / %d; %d still pending", caseCheck.exactlyOne(), caseCheck.lost(), caseCheck.doubled(),
                sentCheck.exactlyOne(), sentCheck.lost(), sentCheck.doubled(), mailCheck.exactlyOne(), mailCheck.lost(),
                mailCheck.doubled(), pending);
    }

    private Connection connect(String service) throws SQLException {
        return context.settings().readOnlyConnection(service);
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs a query with one text-array parameter, in chunks so that no statement gets too large. */
    private static void query(Connection connection, String sql, List<String> values, Row row) throws SQLException {
        for (int from = 0; from < values.size(); from += 2_000) {
            List<String> chunk = values.subList(from, Math.min(values.size(), from + 2_000));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Array array = connection.createArrayOf("text", chunk.toArray());
                statement.setArray(1, array);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        row.accept(rs);
                    }
                }
            }
        }
    }

    /** GreenMail's REST API: GET /api/user/&lt;address&gt;/messages/INBOX gives a JSON array (an unknown user has none). */
    private Map<String, Integer> mailsPerAddress(List<String> emails) throws InterruptedException {
        Map<String, Integer> out = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(8);
        List<CompletableFuture<?>> all = new ArrayList<>();
        String base = "http://127.0.0.1:" + context.settings().mailApiPort() + "/api/user/";
        for (String email : emails) {
            inFlight.acquire();
            HttpRequest request = HttpRequest.newBuilder(URI.create(base
                    + URLEncoder.encode(email, StandardCharsets.UTF_8).replace("%40", "@") + "/messages/INBOX"))
                    .timeout(Duration.ofSeconds(30)).GET().build();
            all.add(context.http().sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                try {
                    if (error == null) {
                        Integer n = count(response.statusCode(), response.body());
                        if (n != null) {
                            out.put(email, n);
                        }
                    }
                } finally {
                    inFlight.release();
                }
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return out;
    }

    /** The number of messages in GreenMail's answer, 0 for an unknown user, null if the answer cannot be read. */
    static Integer count(int status, String body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (status == 200 && node.isArray()) {
                return node.size();
            }
            if (node.path("message").asText("").contains("not found")) {
                return 0;
            }
        } catch (Exception e) {
            // not JSON
        }
        return null;
    }
}
