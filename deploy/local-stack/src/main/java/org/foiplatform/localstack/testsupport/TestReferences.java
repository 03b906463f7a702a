package org.foiplatform.localstack.testsupport;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * References for test requests, unique within a test JVM: test classes share a broker, so two tests
 * must never pick the same reference (a clash would look like a duplicate delivery).
 */
public final class TestReferences {

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));

    private TestReferences() {
    }

    public static String next() {
        return String.format("FOI-2026-%06d", NEXT.getAndIncrement());
    }
}
