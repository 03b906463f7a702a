package org.foiplatform.notification.infrastructure;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny SMTP server that refuses every recipient for good ({@code 550 5.1.1}), as a relay does for a mailbox
 * that does not exist. It notes each address it refused, so that a test can count the attempts.
 */
public class RefusingSmtpServer extends TinySmtpServer {

    static final List<String> REFUSED = new CopyOnWriteArrayList<>();

    @Override
    protected boolean answer(String command, String line, BufferedReader in, PrintWriter out) {
        switch (command) {
            case "EHLO", "HELO" -> reply(out, "250 refusing.test");
            case "RCPT" -> {
                REFUSED.add(line.substring(line.indexOf(':') + 1).trim());
                reply(out, "550 5.1.1 Mailbox unavailable: no such user here");
            }
            default -> reply(out, "250 OK");
        }
        return true;
    }
}
