package org.foiplatform.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrackingTokenSealTest {

    private static final String KEY = "a tracking-link key of at least 32 characters";
    private final TrackingTokenSeal seal = new TrackingTokenSeal(KEY);

    @Test
    void a_sealed_token_opens_with_the_same_key_and_reference_and_does_not_show_the_token() {
        String sealed = seal.seal("FOI-2026-000123", "the-private-token");
        assertThat(sealed).doesNotContain("the-private-token").matches("[A-Za-z0-9_-]+");
        assertThat(seal.open("FOI-2026-000123", sealed)).contains("the-private-token");
        // A new nonce each time: the same token never seals to the same string twice.
        assertThat(seal.seal("FOI-2026-000123", "the-private-token")).isNotEqualTo(sealed);
    }

    @Test
    void another_key_another_reference_or_a_changed_seal_opens_to_nothing() {
        String sealed = seal.seal("FOI-2026-000123", "the-private-token");
        assertThat(new TrackingTokenSeal(KEY + "!").open("FOI-2026-000123", sealed)).isEmpty();
        assertThat(seal.open("FOI-2026-000124", sealed)).isEmpty();
        char last = sealed.charAt(sealed.length() - 2);
        String changed = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A')
                + sealed.charAt(sealed.length() - 1);
        assertThat(seal.open("FOI-2026-000123", changed)).isEmpty();
        assertThat(seal.open("FOI-2026-000123", "not base64 !")).isEmpty();
        assertThat(seal.open("FOI-2026-000123", null)).isEmpty();
    }

    @Test
    void a_short_key_is_refused() {
        assertThatThrownBy(() -> new TrackingTokenSeal("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
