package org.foiplatform.notification.domain;

/** The requester's name and address for one request, kept from RequestReceived. */
public record Contact(String reference, String name, String email) {
}
