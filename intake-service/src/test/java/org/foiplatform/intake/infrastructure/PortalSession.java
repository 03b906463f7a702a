package org.foiplatform.intake.infrastructure;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

/**
 * A browser's session with the portal, for tests without a browser: the CSRF cookie and the form token of the last
 * page, sent with the next form as a browser would. Redirects are not followed, so a test sees each answer.
 */
final class PortalSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private String cookie;
    private String csrf;

    /** The CSRF cookie the portal gave, if any yet. */
    String cookie() {
        return cookie;
    }

    Response get(String path) {
        var request = given().redirects().follow(false);
        if (cookie != null) {
            request.cookie("intake-csrf", cookie);
        }
        Response response = request.get(path);
        remember(response);
        return response;
    }

    /** A form sent with the session's cookie and token: {@code fields} are name, value, name, value... */
    Response post(String path, Object... fields) {
        var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie("intake-csrf", cookie).formParam("csrf-token", csrf);
        for (int i = 0; i < fields.length; i += 2) {
            request.formParam((String) fields[i], fields[i + 1]);
        }
        Response response = request.post(path);
        remember(response);
        return response;
    }

    private void remember(Response response) {
        if (response.getCookie("intake-csrf") != null) {
            cookie = response.getCookie("intake-csrf");
        }
        Matcher m = CSRF.matcher(response.asString());
        if (m.find()) {
            csrf = m.group(1);
        }
    }
}
