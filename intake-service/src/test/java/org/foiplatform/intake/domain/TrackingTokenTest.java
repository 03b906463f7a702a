package org.foiplatform.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TrackingTokenTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void a_token_carries_256_random_bits_as_url_safe_base64() {
        TrackingToken token = TrackingToken.issue(random);
        assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(TrackingToken.issue(random).value())).isTrue();
        }
    }

    @Test
    void only_the_sha_256_in_hex_is_kept_and_it_matches_the_token_alone() {
        TrackingToken token = TrackingToken.issue(random);
        assertThat(token.hash()).matches("[0-9a-f]{64}");
        // SHA-256 of "abc", from FIPS 180-2.
        assertThat(TrackingToken.hashOf("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TrackingToken.matches(token.value(), token.hash())).isTrue();
        assertThat(TrackingToken.matches(token.value() + "x", token.hash())).isFalse();
        assertThat(TrackingToken.matches("", token.hash())).isFalse();
        assertThat(TrackingToken.matches(null, token.hash())).isFalse();
        assertThat(TrackingToken.matches(token.value(), null)).isFalse();
    }

    @Test
    void a_token_printed_by_mistake_shows_nothing() {
        TrackingToken token = TrackingToken.issue(random);
        assertThat(token.toString()).doesNotContain(token.value()).doesNotContain(token.hash());
    }
}
