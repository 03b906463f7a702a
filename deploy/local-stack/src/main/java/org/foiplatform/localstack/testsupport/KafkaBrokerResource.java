package org.foiplatform.localstack.testsupport;

import java.util.Map;

import org.foiplatform.localstack.EmbeddedKafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * A real Kafka broker (KRaft, in-process, on a free port) for a {@code @QuarkusTest}. Test classes
 * with the same set of resources share one broker. Its topics have {@value #PARTITIONS} partitions, as
 * production's have several, so that ordering by key (the reference) is really exercised: events of one
 * request stay in order on one partition while other requests' events go to others. A {@link KafkaCompanion} connected to it is
 * injected into fields marked {@link InjectKafkaCompanion}.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    static final int PARTITIONS = 3;

    private EmbeddedKafka kafka;
    private KafkaCompanion companion;

    @Override
    public Map<String, String> start() {
        kafka = EmbeddedKafka.start(0, null, PARTITIONS);
        companion = new KafkaCompanion(kafka.bootstrapServers());
        return Map.of("kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(companion,
                new TestInjector.AnnotatedAndMatchesType(InjectKafkaCompanion.class, KafkaCompanion.class));
    }

    @Override
    public void stop() {
        if (companion != null) {
            companion.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }
}
