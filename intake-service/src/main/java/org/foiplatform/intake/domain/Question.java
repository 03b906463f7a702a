package org.foiplatform.intake.domain;

/** One numbered question of a request: the description of the information requested (FOIA s.8(1)(c)). */
public record Question(int number, String text) {
}
