package org.foiplatform.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real Apache Kafka broker in KRaft mode (one node acting as broker and controller), run from the
 * Maven Central jars in the current JVM. Used by {@code ./foi up} through {@link KafkaMain} and by
 * tests through {@code KafkaBrokerResource}.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private final KafkaRaftServer server;
    private final int port;
    private final Path logDir;
    private final boolean temporary;

    private EmbeddedKafka(KafkaRaftServer server, int port, Path logDir, boolean temporary) {
        this.server = server;
        this.port = port;
        this.logDir = logDir;
        this.temporary = temporary;
    }

    /**
     * Starts a broker on {@code port} (0 picks a free one) keeping its data in {@code logDir}
     * (null for a temporary folder deleted on close). Existing data is kept: the storage is
     * formatted only once. A fixed broker port puts the controller on the next port, so that a
     * restarted broker finds its quorum where it left it.
     */
    public static EmbeddedKafka start(int port, Path logDir, int defaultPartitions) {
        try {
            boolean temporary = logDir == null;
            Path dir = temporary ? Files.createTempDirectory("foi-kafka-") : logDir;
            Files.createDirectories(dir);
            int brokerPort = port == 0 ? freePort() : port;
            int controllerPort = port == 0 ? freePort() : port + 1;

            Properties props = new Properties();
            props.put("process.roles", "broker,controller");
            props.put("node.id", "1");
            props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
            props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
            props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
            props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            props.put("controller.listener.names", "CONTROLLER");
            props.put("inter.broker.listener.name", "PLAINTEXT");
            props.put("log.dirs", dir.toString());
            props.put("num.partitions", String.valueOf(defaultPartitions));
            props.put("auto.create.topics.enable", "true");
            props.put("offsets.topic.replication.factor", "1");
            props.put("offsets.topic.num.partitions", "1");
            props.put("transaction.state.log.replication.factor", "1");
            props.put("transaction.state.log.min.isr", "1");
            props.put("share.coordinator.state.topic.replication.factor", "1");
            props.put("share.coordinator.state.topic.min.isr", "1");
            props.put("group.initial.rebalance.delay.ms", "0");

            if (!Files.exists(dir.resolve("meta.properties"))) {
                new Formatter()
                        .setClusterId(Uuid.randomUuid().toString())
                        .setNodeId(1)
                        .setControllerListenerName("CONTROLLER")
                        .setMetadataLogDirectory(dir.toString())
                        .setDirectories(List.of(dir.toString()))
                        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                        .run();
            }
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            return new EmbeddedKafka(server, brokerPort, dir, temporary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker did not start", e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (temporary) {
            deleteTree(logDir);
        }
    }

    /**
     * A free port whose next port is free too: a broker started on a fixed port puts its controller on the next,
     * so that it can be stopped and started again where it was.
     */
    public static int freePortWithNextFree() {
        for (int tries = 0; tries < 50; tries++) {
            int port = freePort();
            try (ServerSocket next = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException e) {
                // the next port is taken: try another
            }
        }
        throw new IllegalStateException("No two free ports in a row for the broker and its controller");
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
