package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The accounts the %test profile makes (officer, approver, approver2, admin, auditor), each signed in for a call. */
final class TestAccounts {

    private TestAccounts() {
    }

    /** A JSON request signed in as {@code account}, whose test password is {@code test-<account>-pw}. */
    static RequestSpecification as(String account) {
        return given().auth().preemptive().basic(account, "test-" + account + "-pw").contentType(ContentType.JSON);
    }
}
