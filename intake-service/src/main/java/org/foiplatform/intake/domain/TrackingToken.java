package org.foiplatform.intake.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The requester's private tracking token: 256 random bits from {@link SecureRandom}, URL-safe base64 without
 * padding (43 characters). Only its SHA-256 is kept and published; the token itself is shown to the requester once
 * and never stored or logged ({@link #toString()} hides it). Whoever holds it can follow and act on the request.
 */
public final class TrackingToken {

    private static final int BYTES = 32;

    private final String value;

    private TrackingToken(String value) {
        this.value = value;
    }

    public static TrackingToken issue(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new TrackingToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token to give the requester: in the link, in the API's answer. Never to a log. */
    public String value() {
        return value;
    }

    /** What is stored and published: the SHA-256 of the token, in lower-case hex. */
    public String hash() {
        return hashOf(value);
    }

    public static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * Whether {@code presented} is the token whose hash is {@code storedHash}, compared in constant time so that the
     * time taken says nothing about how close a guess was. A missing or absurdly long token never matches.
     */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || storedHash == null || presented.isEmpty() || presented.length() > 256) {
            return false;
        }
        return MessageDigest.isEqual(hashOf(presented).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "TrackingToken[hidden]";
    }
}
