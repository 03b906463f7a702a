package org.foiplatform.contracts;

/** A message that cannot be read as an event of ours. Consumers let it go to their dead-letter topic. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
