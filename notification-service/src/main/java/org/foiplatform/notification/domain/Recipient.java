package org.foiplatform.notification.domain;

/**
 * Who an email is for. The requester's address is the one kept from RequestReceived; officers have no addresses in
 * the platform, so their emails go to the team's mailbox from configuration. {@link #key()} is how it is stored and
 * how it appears in a message's idempotency key (event, recipient, template).
 */
public enum Recipient {
    REQUESTER("requester"),
    OFFICERS("officers");

    private final String key;

    Recipient(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Recipient ofKey(String key) {
        for (Recipient recipient : values()) {
            if (recipient.key.equals(key)) {
                return recipient;
            }
        }
        throw new IllegalArgumentException("Not a recipient: " + key);
    }
}
