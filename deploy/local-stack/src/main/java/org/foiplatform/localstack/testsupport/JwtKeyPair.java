package org.foiplatform.localstack.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A fresh RSA key pair for the officers' sign-in tokens, written as PEM files to a temporary directory: the private
 * key for the service that signs them (assessment-service), the public key for those that check them. Nothing is
 * kept in the repository.
 */
public final class JwtKeyPair {

    private final Path privateKey;
    private final Path publicKey;

    public JwtKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path directory = Files.createTempDirectory("foi-jwt-");
            directory.toFile().deleteOnExit();
            privateKey = directory.resolve("jwt-private.pem");
            publicKey = directory.resolve("jwt-public.pem");
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            privateKey.toFile().deleteOnExit();
            publicKey.toFile().deleteOnExit();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path privateKey() {
        return privateKey;
    }

    public Path publicKey() {
        return publicKey;
    }

    /** Removes the files (the JVM removes them on exit too). */
    public void delete() {
        try {
            Files.deleteIfExists(privateKey);
            Files.deleteIfExists(publicKey);
        } catch (IOException e) {
            // temporary files
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
