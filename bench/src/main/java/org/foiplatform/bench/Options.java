package org.foiplatform.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command-line options of {@code ./foi bench}. Every duration has a full and a {@code --quick} value; an
 * option given explicitly wins over both.
 */
final class Options {

    static final List<Integer> INTAKE_RATES = List.of(50, 100, 200, 400, 600, 800, 1000, 1200, 1500, 2000);

    boolean quick;
    boolean help;
    String render;
    Set<String> only = new LinkedHashSet<>();
    int e2eRate = 100;
    Integer e2eSeconds;
    Integer intakeStepSeconds;
    Integer e2eStepSeconds;
    Integer settleCapSeconds;
    Integer drainCapSeconds;
    List<Integer> intakeRates = INTAKE_RATES;
    int e2eStartRate = 100;
    int e2eRateIncrement = 100;
    int e2eMaxRate = 2000;
    int letters = 200;
    Integer lettersTimeoutSeconds;
    int searchRows = 1_000_000;
    int searchRequests = 400;
    int queueCases = 1_000_000;
    int queueRounds = 30;

    static Options parse(String... args) {
        Options options = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--quick" -> options.quick = true;
                case "--help", "-h" -> options.help = true;
                case "--render" -> options.render = value != null ? value : next(args, ++i, arg);
                case "--only" -> {
                    value = value != null ? value : next(args, ++i, arg);
                    for (String name : value.split(",")) {
                        if (!name.isBlank()) {
                            options.only.add(name.trim());
                        }
                    }
                }
                case "--e2e-rate" -> options.e2eRate = positive(arg, value != null ? value : next(args, ++i, arg));
                case "--e2e-seconds" -> options.e2eSeconds = positive(arg, value != null ? value : next(args, ++i, arg));
                case "--intake-step-seconds" ->
                    options.intakeStepSeconds = positive(arg, value != null ? value : next(args, ++i, arg));
                case "--e2e-step-seconds" ->
                    options.e2eStepSeconds = positive(arg, value != null ? value : next(args, ++i, arg));
                case "--settle-cap" -> options.settleCapSeconds = positive(arg, value != null ? value : next(args, ++i, arg));
                case "--drain-cap" -> options.drainCapSeconds = positive(arg, value != null ? value : next(args, ++i, arg));
                case "--letters" -> options.letters = positive(arg, value != null ? value : next(args, ++i, arg));
                case "--letters-timeout" ->
                    options.lettersTimeoutSeconds = positive(arg, value != null ? value : next(args, ++i, arg));
                case "--search-rows" -> options.searchRows = positive(arg, value != null ? value : next(args, ++i, arg));
                case "--search-requests" ->
                    options.searchRequests = positive(arg, value != null ? value : next(args, ++i, arg));
                case "--queue-cases" -> options.queueCases = positive(arg, value != null ? value : next(args, ++i, arg));
                case "--queue-rounds" -> options.queueRounds = positive(arg, value != null ? value : next(args, ++i, arg));
                case "--intake-rates" -> {
                    List<Integer> rates = new ArrayList<>();
                    for (String r : (value != null ? value : next(args, ++i, arg)).split(",")) {
                        rates.add(positive(arg, r.trim()));
                    }
                    options.intakeRates = List.copyOf(rates);
                }
                default -> throw new IllegalArgumentException("Unknown option '" + args[i] + "'; see ./foi bench --help");
            }
        }
        return options;
    }

    private static String next(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number above zero, not '" + value + "'");
        }
    }

    boolean runs(String step) {
        return only.isEmpty() || only.contains(step);
    }

    int e2eSeconds() {
        return e2eSeconds != null ? e2eSeconds : quick ? 15 : 60;
    }

    int intakeStepSeconds() {
        return intakeStepSeconds != null ? intakeStepSeconds : quick ? 3 : 10;
    }

    int e2eStepSeconds() {
        return e2eStepSeconds != null ? e2eStepSeconds : quick ? 8 : 20;
    }

    /** How long to wait for the pipeline to go quiet between load steps. */
    int settleCapSeconds() {
        return settleCapSeconds != null ? settleCapSeconds : quick ? 20 : 60;
    }

    /** How long to wait for the pipeline to drain before the end-to-end runs and before the audit. */
    int drainCapSeconds() {
        return drainCapSeconds != null ? drainCapSeconds : quick ? 180 : 600;
    }

    /** How long to wait for acknowledgements after the fixed-rate run's load ends. */
    int ackWaitSeconds() {
        return 60;
    }

    /** How long the letters step waits for its ResponseIssued events before it fails: a letter a second, plus a minute. */
    int lettersTimeoutSeconds() {
        return lettersTimeoutSeconds != null ? lettersTimeoutSeconds : 60 + letters;
    }

    int pgbenchSeconds() {
        return quick ? 5 : 15;
    }

    int producerRecords() {
        return quick ? 100_000 : 200_000;
    }

    int endToEndMessages() {
        return quick ? 1_000 : 5_000;
    }

    Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("quick", quick);
        out.put("only", only.isEmpty() ? List.of() : List.copyOf(only));
        out.put("intakeRates", intakeRates);
        out.put("intakeStepSeconds", intakeStepSeconds());
        out.put("e2eRate", e2eRate);
        out.put("e2eSeconds", e2eSeconds());
        out.put("e2eStepSeconds", e2eStepSeconds());
        out.put("settleCapSeconds", settleCapSeconds());
        out.put("drainCapSeconds", drainCapSeconds());
        out.put("ackWaitSeconds", ackWaitSeconds());
        out.put("pgbenchSeconds", pgbenchSeconds());
        out.put("producerRecords", producerRecords());
        out.put("endToEndMessages", endToEndMessages());
        out.put("letters", letters);
        out.put("lettersTimeoutSeconds", lettersTimeoutSeconds());
        out.put("searchRows", searchRows);
        out.put("searchRequests", searchRequests);
        out.put("queueCases", queueCases);
        out.put("queueRounds", queueRounds);
        return out;
    }

    static String usage(List<? extends BenchStep> steps) {
        StringBuilder out = new StringBuilder();
        out.append("Usage: ./foi bench [options]\n\n");
        out.append("Measures the running platform against this machine's own limits and writes bench/results/.\n\n");
        out.append("  --quick                  a short run (a few minutes instead of half an hour or more)\n");
        out.append("  --only <step,...>        run only these steps: ");
        out.append(String.join(", ", steps.stream().map(BenchStep::name).toList())).append('\n');
        out.append("  --e2e-rate N             the fixed end-to-end rate, submissions a second (default 100)\n");
        out.append("  --e2e-seconds N          how long the fixed end-to-end run lasts (default 60, --quick 15)\n");
        out.append("  --intake-rates a,b,...   the intake steps, submissions a second (default ")
                .append(String.join(",", INTAKE_RATES.stream().map(String::valueOf).toList())).append(")\n");
        out.append("  --intake-step-seconds N  the length of each intake step (default 10, --quick 3)\n");
        out.append("  --e2e-step-seconds N     the length of each end-to-end step (default 20, --quick 8)\n");
        out.append("  --settle-cap N           the longest wait for the pipeline to go quiet between steps (default 60, --quick 20)\n");
        out.append("  --drain-cap N            the longest wait for the pipeline to drain before end-to-end runs and the audit\n");
        out.append("                           (default 600, --quick 180)\n");
        out.append("  --letters N              letters the letters step has rendered (default 200)\n");
        out.append("  --letters-timeout N      the longest wait for them, in seconds, before the step fails (default 60 + N)\n");
        out.append("  --search-rows N          disclosure log entries the disclosure-search step loads (default 1,000,000)\n");
        out.append("  --search-requests N      searches it times after its warm-up (default 400)\n");
        out.append("  --queue-cases N          cases the queue step generates (default 1,000,000)\n");
        out.append("  --queue-rounds N         rounds of the queue step's pages, each kind a few pages deep (default 30)\n");
        out.append("  --render <results.json>  only write the summary and chart again from a results file\n\n");
        out.append("Steps, in order:\n");
        for (BenchStep step : steps) {
            out.append("  ").append(String.format("%-18s", step.name())).append(step.description()).append('\n');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "Options" + describe();
    }
}
