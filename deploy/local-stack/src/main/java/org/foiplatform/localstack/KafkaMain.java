package org.foiplatform.localstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the local broker until stopped: {@code java -cp ... KafkaMain <port> <data dir> [partitions]}.
 * Prints {@code KAFKA READY bootstrap=...} once clients can connect.
 */
public final class KafkaMain {

    private KafkaMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9092;
        Path dir = Path.of(args.length > 1 ? args[1] : ".foi/kafka");
        int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        long started = System.nanoTime();
        EmbeddedKafka kafka = EmbeddedKafka.start(port, dir.toAbsolutePath(), partitions);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            stopped.countDown();
        }, "kafka-shutdown"));
        System.out.printf("KAFKA READY bootstrap=%s logDir=%s startMs=%d%n", kafka.bootstrapServers(), dir,
                (System.nanoTime() - started) / 1_000_000);
        stopped.await();
    }
}
