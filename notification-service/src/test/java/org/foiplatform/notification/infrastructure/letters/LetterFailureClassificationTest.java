package org.foiplatform.notification.infrastructure.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.foiplatform.notification.application.LetterDocuments;
import org.foiplatform.notification.application.NotificationConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which answers of response-service may pass (the email waits and is tried again) and which are for good. */
class LetterFailureClassificationTest {

    private static final URI URI_ = URI.create("http://127.0.0.1:8083/api/letters/x/letter.pdf");

    @ParameterizedTest(name = "{0} may pass: {1}")
    @CsvSource({
            "500, true", "502, true", "503, true", "504, true", "408, true", "429, true",
            // The letter not known yet (a replica behind, a restore, a deployment): waited for, not given up.
            "404, true",
            // The mailer's credentials refused: a misconfiguration an operator puts right.
            "401, true", "403, true",
            "400, false", "405, false", "410, false", "301, false", "302, false" })
    void an_answer_other_than_200(int status, boolean passing) {
        LetterDocuments.Unavailable failure = HttpLetterDocuments.refused(URI_, status);

        assertThat(failure.permanent()).isEqualTo(!passing);
        assertThat(failure.getMessage()).contains("answered " + status, URI_.toString());
    }

    @Test
    void no_connection_may_pass() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        HttpLetterDocuments letters = new HttpLetterDocuments(config("http://127.0.0.1:" + port, "pw"));

        assertThatThrownBy(() -> letters.fetch("/api/letters/x/letter.pdf", 10))
                .isInstanceOfSatisfying(LetterDocuments.Unavailable.class, e -> assertThat(e.permanent()).isFalse())
                .hasMessageContaining("ConnectException");
    }

    @Test
    void without_a_password_nothing_is_asked_and_the_letter_waits() {
        HttpLetterDocuments letters = new HttpLetterDocuments(config("http://127.0.0.1:8083", null));

        assertThatThrownBy(() -> letters.fetch("/api/letters/x/letter.pdf", 10))
                .isInstanceOfSatisfying(LetterDocuments.Unavailable.class, e -> assertThat(e.permanent()).isFalse())
                .hasMessageContaining("FOI_MAILER_PASSWORD");
    }

    @ParameterizedTest
    @ValueSource(strings = { "//evil.example/api/letters/x/letter.pdf", "api/letters/x", "/api/../admin",
            "@evil.example/x" })
    void a_path_that_would_leave_response_service_is_refused_for_good(String path) {
        HttpLetterDocuments letters = new HttpLetterDocuments(config("http://127.0.0.1:8083", "pw"));

        assertThatThrownBy(() -> letters.fetch(path, 10))
                .isInstanceOfSatisfying(LetterDocuments.Unavailable.class, e -> assertThat(e.permanent()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1:8083", "ftp://127.0.0.1/", "not an address" })
    void a_base_url_that_is_not_http_stops_the_service(String baseUrl) {
        assertThatThrownBy(() -> new HttpLetterDocuments(config(baseUrl, "pw")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("foi.notification.letters.base-url");
    }

    /** The settings, with only the letters' filled in. */
    private static NotificationConfig config(String baseUrl, String password) {
        Map<String, Object> letters = new java.util.HashMap<>(Map.of("baseUrl", baseUrl, "username", "mailer",
                "timeout", Duration.ofSeconds(2)));
        letters.put("password", Optional.ofNullable(password));
        NotificationConfig.Letters lettersConfig = (NotificationConfig.Letters) Proxy.newProxyInstance(
                NotificationConfig.class.getClassLoader(), new Class<?>[] { NotificationConfig.Letters.class },
                (proxy, method, args) -> letters.get(method.getName()));
        return (NotificationConfig) Proxy.newProxyInstance(NotificationConfig.class.getClassLoader(),
                new Class<?>[] { NotificationConfig.class }, (proxy, method, args) -> {
                    if (method.getName().equals("letters")) {
                        return lettersConfig;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
