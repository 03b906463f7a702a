package org.foiplatform.messaging;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;

/**
 * Liveness: every Kafka consumer of the service is still polling its broker. Readiness says whether the service
 * can work now (a database outage makes it DOWN; a poison message does not); liveness says whether waiting can
 * help. A consumer whose polling thread is stuck, or whose channel was closed after a fatal failure, never
 * recovers by itself, so this turns DOWN once any consumer has not polled for
 * {@code foi.messaging.liveness.longest-poll-gap}, and the platform restarts the service.
 *
 * <p>The figure is the consumer's own {@code last-poll-seconds-ago} metric (Kafka's consumer-metrics group),
 * read without touching the consumer's thread. A consumer not polling yet (the service starting) counts as alive
 * until it has polled once.
 */
@Liveness
@ApplicationScoped
public class ConsumersPolling implements HealthCheck {

    private final KafkaClientService clients;
    private final Duration longestGap;
    /** The channels whose consumer has polled at least once. */
    private final Set<String> polled = ConcurrentHashMap.newKeySet();

    ConsumersPolling(KafkaClientService clients, MessagingConfig config) {
        this.clients = clients;
        this.longestGap = config.liveness().longestPollGap();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka consumers polling").up();
        for (String channel : clients.getConsumerChannels()) {
            java.util.List<KafkaConsumer<Object, Object>> consumers = clients.getConsumers(channel);
            for (int i = 0; i < consumers.size(); i++) {
                String name = consumers.size() == 1 ? channel : channel + "-" + i;
                Double secondsAgo = lastPollSecondsAgo(consumers.get(i).unwrap().metrics());
                if (secondsAgo == null) {
                    if (polled.contains(name)) {
                        response.down().withData(name, "closed: it no longer polls");
                    } else {
                        response.withData(name, "starting");
                    }
                    continue;
                }
                polled.add(name);
                boolean stopped = secondsAgo > longestGap.toSeconds();
                if (stopped) {
                    response.down();
                }
                response.withData(name, (stopped ? "stopped: last polled " : "last polled ") + secondsAgo.longValue()
                        + " s ago");
            }
        }
        return response.build();
    }

    private static Double lastPollSecondsAgo(Map<MetricName, ? extends Metric> metrics) {
        for (Map.Entry<MetricName, ? extends Metric> metric : metrics.entrySet()) {
            MetricName name = metric.getKey();
            if ("last-poll-seconds-ago".equals(name.name()) && "consumer-metrics".equals(name.group())) {
                Object value = metric.getValue().metricValue();
                if (value instanceof Number number && number.doubleValue() >= 0) {
                    return number.doubleValue();
                }
            }
        }
        return null;
    }
}
