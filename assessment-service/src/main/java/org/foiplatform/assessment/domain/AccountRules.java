package org.foiplatform.assessment.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an officer account's name and password must be. Names are short, lower case and safe to show anywhere;
 * passwords are long enough to resist guessing (NCSC guidance favours length over complexity rules) and at most
 * 72 bytes, all that bcrypt uses.
 */
public final class AccountRules {

    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{1,99}");

    private AccountRules() {
    }

    public static List<DecisionProblem> checkName(String username) {
        List<DecisionProblem> problems = new ArrayList<>();
        if (username == null || !NAME.matcher(username).matches()) {
            problems.add(new DecisionProblem("username", "Use 2 to 100 lower-case letters, digits, dots, hyphens or"
                    + " underscores, starting with a letter"));
        }
        return problems;
    }

    /** The longest email address there can be (RFC 5321: 254 characters in a path). */
    public static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:.]+");

    /** An officer's work address, where the platform tells them of a case given to them: optional. */
    public static List<DecisionProblem> checkEmail(String email) {
        if (email == null || email.isEmpty()) {
            return List.of();
        }
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            return List.of(new DecisionProblem("email", "Enter an email address like name@example.gov.uk, at most "
                    + MAX_EMAIL + " characters"));
        }
        return List.of();
    }

    public static List<DecisionProblem> checkPassword(String password) {
        List<DecisionProblem> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_PASSWORD) {
            problems.add(new DecisionProblem("password", "Use at least " + MIN_PASSWORD + " characters"));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(new DecisionProblem("password", "Use at most " + MAX_PASSWORD_BYTES + " bytes (about "
                    + MAX_PASSWORD_BYTES + " letters)"));
        }
        return problems;
    }
}
