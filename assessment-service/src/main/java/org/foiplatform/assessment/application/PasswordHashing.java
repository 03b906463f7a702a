package org.foiplatform.assessment.application;

/** Hashes a new password for storing, and checks a password given at sign-in against a stored hash. */
public interface PasswordHashing {

    String hash(String password);

    boolean matches(String password, String storedHash);
}
