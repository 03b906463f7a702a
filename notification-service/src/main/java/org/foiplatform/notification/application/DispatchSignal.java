package org.foiplatform.notification.application;

/**
 * Asks for pending messages to be sent as soon as the current transaction commits, so that an email is
 * attempted the moment its message (or the address it was waiting for) is stored, not on a timer.
 */
public interface DispatchSignal {
    void afterCommit();
}
