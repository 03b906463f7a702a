package org.foiplatform.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The local SMTP capture (GreenMail). It keeps every mail and every address it has seen in memory, and each
 * delivery grows slower with them: after about 145,000 bench emails it took 20 to 170 ms to accept one, and the
 * capture, not the platform, set the pace (measured; 1 ms again after a reset). The bench empties it before each
 * load step that sends mail, so that it measures the platform. Its captured mail is lost; the bench says so.
 */
final class MailCapture {

    private MailCapture() {
    }

    /** Restarts the capture empty; returns what went wrong, or null. */
    static String reset(BenchContext context) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + context.settings().mailApiPort()
                + "/api/service/reset")).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = context.http().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return "HTTP " + response.statusCode();
            }
            Console.say("emptied the SMTP capture (GreenMail reset), so that its growing store does not set the pace");
            return null;
        } catch (java.io.IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }
}
