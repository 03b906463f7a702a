package org.foiplatform.notification.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A tiny SMTP server that accepts every email but one: a recipient at {@link #STALLED} gets no answer to its
 * {@code RCPT TO} until the test lets it go ({@link #RELEASE}), as a relay that hangs does. The addresses it
 * accepted are noted in {@link #DELIVERED}; {@link #STALLING} opens once a conversation is held.
 */
public class StallingSmtpServer implements QuarkusTestResourceLifecycleManager {

    static final String STALLED = "stalled.mailbox@example.org";
    static final List<String> DELIVERED = new CopyOnWriteArrayList<>();
    static final CountDownLatch STALLING = new CountDownLatch(1);
    static final CountDownLatch RELEASE = new CountDownLatch(1);
    private ServerSocket server;

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(this::accept, "stalling-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.getLocalPort()),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false",
                // Longer than the test waits: the stalled email holds its sender for the whole test.
                "foi.notification.send-timeout", "120s");
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread session = new Thread(() -> converse(client), "stalling-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void converse(Socket client) {
        try (client;
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                        StandardCharsets.US_ASCII));
                PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            reply(out, "220 stalling.test ESMTP");
            String recipient = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 stalling.test");
                    case "RCPT" -> {
                        recipient = line.substring(line.indexOf(':') + 1).trim();
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
                        DELIVERED.add(recipient);
                        reply(out, "250 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the client went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void stop() {
        RELEASE.countDown();
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
