package org.foiplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void theAcknowledgementKindTheBenchWaitsForIsAnEmailNotificationServiceSends() {
        // NotificationSent's kind is the name of notification-service's template pair. When kinds became template
        // names, the bench went on waiting for "ACKNOWLEDGEMENT" and saw no acknowledgement at all.
        java.nio.file.Path templates = java.nio.file.Path.of("..", "notification-service", "src", "main", "resources",
                "templates");
        assertThat(templates.resolve(NotificationWatcher.ACKNOWLEDGEMENT + ".html")).exists();
        assertThat(templates.resolve(NotificationWatcher.ACKNOWLEDGEMENT + ".txt")).exists();
    }

    @Test
    void readsResidentMemoryFromProcStatus() {
        String status = "Name:\tjava\nVmPeak:\t 4000000 kB\nVmHWM:\t  310000 kB\nVmRSS:\t  250000 kB\nThreads:\t42\n";
        assertThat(ResidentMemory.statusField(status, "VmRSS")).hasValue(250_000L * 1024);
        assertThat(ResidentMemory.statusField(status, "VmHWM")).hasValue(310_000L * 1024);
        assertThat(ResidentMemory.statusField(status, "VmSwap")).isEmpty();
        assertThat(ResidentMemory.statusField("MemTotal:       24683812 kB\nMemFree: 1 kB\n", "MemTotal"))
                .hasValue(24_683_812L * 1024);
    }

    @Test
    void parsesTheOptions() {
        Options options = Options.parse("--quick", "--e2e-rate", "50", "--e2e-seconds=30", "--only", "machine,intake");
        assertThat(options.quick).isTrue();
        assertThat(options.e2eRate).isEqualTo(50);
        assertThat(options.e2eSeconds()).isEqualTo(30);
        assertThat(options.only).containsExactly("machine", "intake");
        assertThat(options.runs("intake")).isTrue();
        assertThat(options.runs("footprint")).isFalse();
        assertThat(Options.parse().e2eSeconds()).isEqualTo(60);
        assertThat(Options.parse("--quick").e2eSeconds()).isEqualTo(15);
        assertThat(Options.parse("--intake-rates", "50,200").intakeRates).containsExactly(50, 200);
        assertThatThrownBy(() -> Options.parse("--e2e-rate", "0")).hasMessageContaining("above zero");
        assertThatThrownBy(() -> Options.parse("--fast")).hasMessageContaining("Unknown option '--fast'");
    }

    @Test
    void settingsComeFromTheEnvironmentAndNeverShowAPassword() {
        Map<String, String> env = new HashMap<>();
        env.put("FOI_ROOT", "/work/main");
        env.put("FOI_INTAKE_PORT", "9081");
        env.put("FOI_KAFKA_PORT", "9192");
        env.put("FOI_PG_PASSWORD", "s3cret-foi");
        env.put("INTAKE_DB_PASSWORD", "s3cret-intake");
        Settings settings = Settings.fromEnvironment(env);
        assertThat(settings.baseUrl("intake")).isEqualTo("http://127.0.0.1:9081");
        assertThat(settings.port("notification")).isEqualTo(8084);
        assertThat(settings.kafkaBootstrap()).isEqualTo("127.0.0.1:9192");
        assertThat(settings.databasePassword("intake")).isEqualTo("s3cret-intake");
        assertThat(settings.databasePassword("assessment")).isNull();
        assertThat(settings.toString()).doesNotContain("s3cret");
        assertThat(Json.MAPPER.valueToTree(settings.describe()).toString()).doesNotContain("s3cret");
    }

    @Test
    void childProcessesGetNoneOfTheBenchsPasswords() {
        Map<String, String> env = new HashMap<>(Map.of("PATH", "/usr/bin", "FOI_PG_PASSWORD", "x",
                "NOTIFICATION_DB_PASSWORD", "y", "PGPASSWORD", "z", "FOI_KAFKA_PORT", "9092"));
        Subprocess.scrub(env);
        assertThat(env).containsOnlyKeys("PATH", "FOI_KAFKA_PORT");
    }

    @Test
    void aProcessThatIsGoneCountsAsExitedAndOneThatRunsDoesNot() throws InterruptedException {
        assertThat(FootprintStep.zombie(ProcessHandle.current().pid())).isFalse();
        assertThat(FootprintStep.zombie(Long.MAX_VALUE)).isTrue();
        assertThat(FootprintStep.waitForExit(ProcessHandle.current(), 0)).isFalse();
    }

    @Test
    void countsGreenMailsAnswer() {
        assertThat(Audit.count(200, "[{\"uid\":\"1\"}]")).isEqualTo(1);
        assertThat(Audit.count(200, "[]")).isZero();
        assertThat(Audit.count(400, "{\"message\":\"User 'bench+x@bench.example.org' not found\"}")).isZero();
        assertThat(Audit.count(500, "oops")).isNull();
    }

    @Test
    void tallySortsSubmissionsIntoExactlyOneLostDoubledAndUnknown() {
        Audit.Check check = Audit.tally("cases", Map.of("a", 1, "b", 0, "c", 2, "d", 1), List.of("a", "b", "c", "d", "e"),
                null);
        assertThat(check.exactlyOne()).isEqualTo(2);
        assertThat(check.lost()).isEqualTo(1);
        assertThat(check.doubled()).isEqualTo(1);
        assertThat(check.unknown()).isEqualTo(1);
    }

    @Test
    void everySubmissionHasItsOwnAddressAndKey() {
        IntakeRequests requests = new IntakeRequests("http://127.0.0.1:8081", "tpa3rj", "i400");
        assertThat(requests.email(17)).isEqualTo("bench+tpa3rj-i400-17@bench.example.org");
        assertThat(requests.idempotencyKey(17)).isEqualTo("bench-tpa3rj-i400-17");
        assertThat(requests.request(17).headers().firstValue("Idempotency-Key")).hasValue("bench-tpa3rj-i400-17");
        assertThat(IntakeRequests.reference("{\"reference\":\"FOI-2026-000123\",\"status\":\"RECEIVED\"}"))
                .isEqualTo("FOI-2026-000123");
        assertThat(IntakeRequests.reference("not json")).isNull();
    }
}
