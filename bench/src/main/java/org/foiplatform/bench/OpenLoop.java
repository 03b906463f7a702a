package org.foiplatform.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * Open-loop load: a fixed arrival schedule whatever the replies do. Request i is due at t0 + i/rate; one
 * scheduling thread parks until each due time and fires {@link HttpClient#sendAsync}; the latency of each reply is
 * measured from its DUE time, not from when it was actually sent, so a slow server (or a late scheduler) cannot hide
 * its delay by slowing the arrivals down (no coordinated omission). Latencies go into an HdrHistogram in
 * microseconds; every completion counts, whatever its outcome.
 */
final class OpenLoop {

    static final long HIGHEST_MICROS = 3_600_000_000L;

    /** The arrival schedule: {@code count} requests at {@code rate} a second from {@code startNanos}. */
    record Schedule(long startNanos, long startEpochMicros, double rate, int count) {

        Schedule {
            if (rate <= 0 || count < 0) {
                throw new IllegalArgumentException("rate must be above zero and count not negative");
            }
        }

        static Schedule of(long startNanos, long startEpochMicros, double rate, double seconds) {
            return new Schedule(startNanos, startEpochMicros, rate, (int) Math.round(rate * seconds));
        }

        /** Starts a little in the future, so that the first request is not already late. */
        static Schedule startingSoon(double rate, double seconds) {
            long nanos = System.nanoTime() + 50_000_000L;
            Instant now = Instant.now();
            long epochMicros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000 + 50_000L;
            return of(nanos, epochMicros, rate, seconds);
        }

        /** t0 + i/rate, in System.nanoTime terms. */
        long dueNanos(long i) {
            return startNanos + Math.round(i * 1_000_000_000.0 / rate);
        }

        /** The same due time on the wall clock (epoch microseconds), to compare with other processes' timestamps. */
        long dueEpochMicros(long i) {
            return startEpochMicros + (dueNanos(i) - startNanos) / 1_000;
        }

        /** The end of the window: when request {@code count} would be due. */
        long endNanos() {
            return dueNanos(count);
        }

        double seconds() {
            return count / rate;
        }
    }

    interface RequestSource {
        HttpRequest request(int i);
    }

    /** Called on the HTTP client's executor for each completion; {@code response} or {@code error} is null. */
    interface Reply {
        void completed(int i, long dueNanos, long doneNanos, HttpResponse<String> response, Throwable error);
    }

    /** Live counters of one run, read by the progress line while it goes. */
    static final class Counters {
        final LongAdder sent = new LongAdder();
        final LongAdder completed = new LongAdder();
        final LongAdder succeeded = new LongAdder();
        final LongAdder errors = new LongAdder();
        final LongAdder completedInWindow = new LongAdder();
        final AtomicLong maxSchedulerLagNanos = new AtomicLong();
        final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
        final Histogram latency = new SynchronizedHistogram(1, HIGHEST_MICROS, 3);

        void recordLatency(long micros) {
            latency.recordValue(Math.max(1, Math.min(micros, HIGHEST_MICROS)));
        }

        double runningP99Ms() {
            Histogram copy = latency.copy();
            return copy.getTotalCount() == 0 ? 0 : copy.getValueAtPercentile(99) / 1_000.0;
        }
    }

    private OpenLoop() {
    }

    /**
     * Runs the schedule, then waits up to {@code drainSeconds} for the replies still in flight, printing a progress
     * line every second. {@code extra} adds to each progress line (acknowledgements so far, say).
     */
    static LoadResult run(HttpClient http, String label, Schedule schedule, RequestSource source, IntPredicate success,
            Reply reply, Supplier<String> extra, int drainSeconds) {
        Counters counters = new Counters();
        Thread progress = progressThread(label, schedule, counters, extra);
        progress.start();
        try {
            for (int i = 0; i < schedule.count(); i++) {
                long due = schedule.dueNanos(i);
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                long lag = System.nanoTime() - due;
                counters.maxSchedulerLagNanos.accumulateAndGet(lag, Math::max);
                final int index = i;
                HttpRequest request;
                try {
                    request = source.request(i);
                } catch (RuntimeException e) {
                    complete(counters, schedule, index, due, null, e, success, reply);
                    continue;
                }
                counters.sent.increment();
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                        .whenComplete((response, error) -> complete(counters, schedule, index, due, response, error,
                                success, reply));
            }
            long giveUp = System.nanoTime() + drainSeconds * 1_000_000_000L;
            while (counters.completed.sum() < schedule.count() && System.nanoTime() < giveUp) {
                LockSupport.parkNanos(20_000_000L);
            }
        } finally {
            progress.interrupt();
        }
        return LoadResult.of(schedule, counters);
    }

    private static void complete(Counters counters, Schedule schedule, int i, long due, HttpResponse<String> response,
            Throwable error, IntPredicate success, Reply reply) {
        long done = System.nanoTime();
        counters.recordLatency((done - due) / 1_000);
        if (done <= schedule.endNanos()) {
            counters.completedInWindow.increment();
        }
        if (error == null && response != null && success.test(response.statusCode())) {
            counters.succeeded.increment();
        } else {
            counters.errors.increment();
            String kind = error != null ? rootCause(error).getClass().getSimpleName() : "HTTP " + response.statusCode();
            counters.errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }
        try {
            if (reply != null) {
                reply.completed(i, due, done, response, error);
            }
        } finally {
            counters.completed.increment();
        }
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static Thread progressThread(String label, Schedule schedule, Counters counters, Supplier<String> extra) {
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
                double elapsed = (System.nanoTime() - schedule.startNanos()) / 1e9;
                String more = extra == null ? "" : extra.get();
                Console.say("  %s  offered %,.0f a second  t=%.0fs  sent %,d  completed %,d  errors %,d  running p99 %s%s",
                        label, schedule.rate(), Math.max(0, elapsed), counters.sent.sum(), counters.completed.sum(),
                        counters.errors.sum(), Format.millis(counters.runningP99Ms()), more.isEmpty() ? "" : "  " + more);
            }
        }, "bench-progress");
        thread.setDaemon(true);
        return thread;
    }

    static Map<String, Long> kinds(Counters counters) {
        Map<String, Long> out = new TreeMap<>();
        counters.errorKinds.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
