package org.foiplatform.messaging;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A thread that runs a pass of work as soon as it is woken ({@link #wake}, typically after a commit
 * that made work), again at once while a pass reports that more is waiting, and otherwise at the
 * latest every {@code safetyPoll}, which is only the safety net. A wake that arrives during a pass is
 * kept, so work committed meanwhile is never left for the safety net. Framework-free.
 */
public final class BackgroundWorker {

    private static final System.Logger LOG = System.getLogger(BackgroundWorker.class.getName());

    /** One pass of work; returns true if more is already waiting (a full batch), to run again at once. */
    @FunctionalInterface
    public interface Pass {
        boolean run() throws Exception;
    }

    private final String name;
    private final Duration safetyPoll;
    private final Pass pass;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public BackgroundWorker(String name, Duration safetyPoll, Pass pass) {
        this.name = name;
        this.safetyPoll = safetyPoll;
        this.pass = pass;
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks for a pass now. Cheap and safe from any thread; wakes that come together make one pass. */
    public void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /** Stops after the pass under way, waiting at most {@code grace} for it. */
    public void stop(Duration grace) {
        Thread running;
        synchronized (this) {
            this.running = false;
            running = thread;
            thread = null;
        }
        if (running != null) {
            wakeUps.release();
            try {
                running.join(grace.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        while (running) {
            // Taken before the pass: a wake during the pass stays, and brings the next pass at once.
            wakeUps.drainPermits();
            boolean more = false;
            try {
                more = pass.run();
            } catch (Exception | Error e) {
                LOG.log(System.Logger.Level.WARNING, "{0}: pass failed; trying again on the next wake or in {1} ms: {2}",
                        name, safetyPoll.toMillis(), e.toString());
            }
            if (!more && running) {
                try {
                    wakeUps.tryAcquire(safetyPoll.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
