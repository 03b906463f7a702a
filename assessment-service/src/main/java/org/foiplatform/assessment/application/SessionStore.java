package org.foiplatform.assessment.application;

import java.time.Duration;
import java.time.Instant;

/**
 * The dashboard's signed-in sessions, kept on the server so that they can be ended at once: by signing out, and by
 * an admin disabling the account or changing its roles or password ({@link ManageAccounts}). Each session is known
 * by a hash of the random value its browser holds, never by the value itself.
 */
public interface SessionStore {

    void start(String tokenHash, String username, Instant at);

    /**
     * Whether the session is live for this account: started, not ended, and seen within {@code idle}. A live session
     * is marked as seen (at most once a minute); an idle one is ended.
     */
    boolean live(String tokenHash, String username, Instant now, Duration idle);

    void end(String tokenHash);

    /** Ends every session of the account; answers how many there were. */
    int endAll(String username);

    /** Forgets the sessions not seen since {@code before} (their cookies have expired too). */
    void forgetIdle(Instant before);
}
