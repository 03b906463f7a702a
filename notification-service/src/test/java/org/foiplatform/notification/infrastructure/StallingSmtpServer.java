package org.foiplatform.notification.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A tiny SMTP server that accepts every email but one: a recipient at {@link #STALLED} gets no answer to its
 * {@code RCPT TO} until the test lets it go ({@link #RELEASE}), as a relay that hangs does. The addresses it
 * accepted are noted in {@link #DELIVERED}; {@link #STALLING} opens once a conversation is held.
 */
public class StallingSmtpServer extends TinySmtpServer {

    static final String STALLED = "stalled.mailbox@example.org";
    static final List<String> DELIVERED = new CopyOnWriteArrayList<>();
    static final CountDownLatch STALLING = new CountDownLatch(1);
    static final CountDownLatch RELEASE = new CountDownLatch(1);
    /** The recipient of each conversation's message, by thread (one conversation per thread). */
    private static final ThreadLocal<String> RECIPIENT = new ThreadLocal<>();

    @Override
    protected Map<String, String> settings() {
        // Longer than the test waits: the stalled email holds its sender for the whole test.
        return Map.of("foi.notification.send-timeout", "120s");
    }

    @Override
    protected boolean answer(String command, String line, BufferedReader in, PrintWriter out)
            throws IOException, InterruptedException {
        switch (command) {
            case "EHLO", "HELO" -> reply(out, "250 stalling.test");
            case "RCPT" -> {
                String recipient = line.substring(line.indexOf(':') + 1).trim();
                RECIPIENT.set(recipient);
                if (recipient.contains(STALLED)) {
                    STALLING.countDown();
                    RELEASE.await();
                }
                reply(out, "250 OK");
            }
            case "DATA" -> {
                reply(out, "354 go ahead");
                for (String body = in.readLine(); body != null && !body.equals("."); body = in.readLine()) {
                    // the message itself is not kept
                }
                DELIVERED.add(RECIPIENT.get());
                reply(out, "250 queued");
            }
            default -> reply(out, "250 OK");
        }
        return true;
    }

    @Override
    public void stop() {
        RELEASE.countDown();
        super.stop();
    }
}
