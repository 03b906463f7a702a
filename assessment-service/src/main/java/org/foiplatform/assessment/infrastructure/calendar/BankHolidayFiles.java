package org.foiplatform.assessment.infrastructure.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.foiplatform.assessment.domain.BankHoliday;
import org.foiplatform.assessment.domain.DecisionProblem;
import org.foiplatform.assessment.domain.Nation;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads bank holidays from the bundled CSV and from gov.uk's {@code bank-holidays.json}. */
public final class BankHolidayFiles {

    /** The bundled calendar: gov.uk's data for 2023 to 2028, {@code region,date,name}. */
    public static final String BUNDLED = "calendar/bank-holidays.csv";
    /** More than any real file has (gov.uk's holds about 80 a division): a bigger one is refused. */
    static final int MOST_PER_DIVISION = 2000;
    private static final int MOST_NAME = 200;

    private BankHolidayFiles() {
    }

    /** Holidays and, per nation, the years they cover (the years present in the file). */
    public record Parsed(List<BankHoliday> holidays, Map<Nation, Set<Integer>> years) {
    }

    /** Thrown for a file that is not gov.uk's format, naming where it is wrong. */
    public static class BadFileException extends RuntimeException {
        private final transient List<DecisionProblem> problems;

        BadFileException(List<DecisionProblem> problems) {
            super("Bad bank-holiday file: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<DecisionProblem> problems() {
            return problems;
        }
    }

    public static Parsed bundledCsv() {
        InputStream in = BankHolidayFiles.class.getClassLoader().getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException(BUNDLED + " is missing from the classpath");
        }
        List<BankHoliday> holidays = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (!"region,date,name".equals(header)) {
                throw new IllegalStateException(BUNDLED + " must start with region,date,name");
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", 3);
                holidays.add(new BankHoliday(Nation.ofSlug(cells[0]).orElseThrow(
                        () -> new IllegalStateException("Unknown region in " + BUNDLED + ": " + cells[0])),
                        LocalDate.parse(cells[1]), cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Parsed(holidays, yearsOf(holidays));
    }

    /**
     * gov.uk's format: {@code {"england-and-wales": {"division": ..., "events": [{"title", "date", ...}]}, ...}}.
     * Every division must be there, so that no nation's holidays silently disappear.
     */
    public static Parsed govUkJson(JsonNode root) {
        List<DecisionProblem> problems = new ArrayList<>();
        List<BankHoliday> holidays = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new BadFileException(List.of(new DecisionProblem("(body)",
                    "Send gov.uk's bank-holidays.json: an object with england-and-wales, scotland and northern-ireland")));
        }
        for (Nation nation : Nation.values()) {
            JsonNode events = root.path(nation.slug()).path("events");
            if (!events.isArray()) {
                problems.add(new DecisionProblem(nation.slug() + ".events", "Give this division's list of events"));
                continue;
            }
            if (events.size() > MOST_PER_DIVISION) {
                problems.add(new DecisionProblem(nation.slug() + ".events",
                        "At most " + MOST_PER_DIVISION + " events a division"));
                continue;
            }
            Iterator<JsonNode> it = events.elements();
            for (int i = 0; it.hasNext(); i++) {
                JsonNode event = it.next();
                String at = nation.slug() + ".events[" + i + "]";
                String title = event.path("title").asText("").strip();
                if (title.isEmpty() || title.length() > MOST_NAME) {
                    problems.add(new DecisionProblem(at + ".title", "Give a title of 1 to " + MOST_NAME + " characters"));
                    continue;
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(event.path("date").asText(""));
                } catch (DateTimeParseException e) {
                    problems.add(new DecisionProblem(at + ".date", "Give the date as YYYY-MM-DD"));
                    continue;
                }
                // gov.uk marks substitute days in "notes"; the CSV keeps the same words after the name.
                String notes = event.path("notes").asText("").strip();
                String name = notes.equalsIgnoreCase("Substitute day") ? title + " (substitute day)" : title;
                holidays.add(new BankHoliday(nation, date, name.length() > MOST_NAME ? title : name));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadFileException(problems.size() > 20 ? problems.subList(0, 20) : problems);
        }
        return new Parsed(holidays, yearsOf(holidays));
    }

    private static Map<Nation, Set<Integer>> yearsOf(List<BankHoliday> holidays) {
        Map<Nation, Set<Integer>> years = new EnumMap<>(Nation.class);
        for (BankHoliday h : holidays) {
            years.computeIfAbsent(h.nation(), n -> new TreeSet<>()).add(h.date().getYear());
        }
        return years;
    }
}
