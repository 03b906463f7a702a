package org.foiplatform.bench;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Progress lines on standard output, each with the time of day. */
final class Console {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Console() {
    }

    static synchronized void say(String format, Object... args) {
        System.out.println(LocalTime.now().format(TIME) + "  " + String.format(Locale.UK, format, args));
        System.out.flush();
    }

    static void heading(String text) {
        say("== %s", text);
    }
}
