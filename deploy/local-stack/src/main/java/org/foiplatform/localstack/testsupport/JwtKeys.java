package org.foiplatform.localstack.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A test resource giving a {@code @QuarkusTest} a fresh {@link JwtKeyPair}: it sets where the signing key and the
 * public key are, and the issuer every service expects.
 */
public class JwtKeys implements QuarkusTestResourceLifecycleManager {

    /** The issuer every service expects in a token. */
    public static final String ISSUER = "foi-platform";

    private final JwtKeyPair keys = new JwtKeyPair();

    @Override
    public Map<String, String> start() {
        return Map.of("smallrye.jwt.sign.key.location", keys.privateKey().toUri().toString(),
                "mp.jwt.verify.publickey.location", keys.publicKey().toUri().toString(),
                "mp.jwt.verify.issuer", ISSUER);
    }

    @Override
    public void stop() {
        keys.delete();
    }
}
