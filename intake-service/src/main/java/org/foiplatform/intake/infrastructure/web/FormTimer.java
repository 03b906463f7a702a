package org.foiplatform.intake.infrastructure.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.intake.application.IntakeConfig;

/**
 * When the request form was first shown, carried by the form and the check-your-answers page in a hidden field
 * ({@code shownAt}: the time in milliseconds and its HMAC-SHA256, so that it cannot be made up), and checked when
 * the form continues and when the request is sent: a request that comes back sooner than
 * {@code foi.intake.form-minimum-seconds} after the form was shown is a robot's (a person takes longer to read the
 * form and type a question), and is not accepted. 0 turns the check off. The key is {@code foi.intake.form-key}; without
 * it each start of the service makes its own, so forms open across a restart, or shown by another instance, are
 * asked to be sent again.
 */
@ApplicationScoped
public class FormTimer {

    private final Clock clock;
    private final Duration minimum;
    private final SecretKeySpec key;

    public FormTimer(Clock clock, IntakeConfig config) {
        this.clock = clock;
        this.minimum = Duration.ofSeconds(config.formMinimumSeconds());
        byte[] secret = config.formKey().map(k -> k.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The stamp for a form shown now. */
    public String stamp() {
        String millis = Long.toString(clock.millis());
        return millis + "." + sign(millis);
    }

    /** Whether a form with this stamp came back too soon, or with a stamp missing or made up. */
    public boolean tooSoon(String stamp) {
        if (minimum.isZero()) {
            return false;
        }
        if (stamp == null || stamp.length() > 100 || stamp.indexOf('.') < 1) {
            return true;
        }
        String millis = stamp.substring(0, stamp.indexOf('.'));
        String signature = stamp.substring(stamp.indexOf('.') + 1);
        if (!MessageDigest.isEqual(sign(millis).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return true;
        }
        try {
            return clock.millis() - Long.parseLong(millis) < minimum.toMillis();
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private String sign(String millis) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("intake-form:" + millis).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
