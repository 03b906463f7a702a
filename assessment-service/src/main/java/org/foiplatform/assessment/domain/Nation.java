package org.foiplatform.assessment.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three divisions of the United Kingdom that have bank holidays of their own under the Banking and
 * Financial Dealings Act 1971. The slugs are gov.uk's ({@code https://www.gov.uk/bank-holidays.json}).
 */
public enum Nation {
    ENGLAND_AND_WALES("england-and-wales", "England and Wales"),
    SCOTLAND("scotland", "Scotland"),
    NORTHERN_IRELAND("northern-ireland", "Northern Ireland");

    private final String slug;
    private final String displayName;

    Nation(String slug, String displayName) {
        this.slug = slug;
        this.displayName = displayName;
    }

    public String slug() {
        return slug;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Nation> ofSlug(String slug) {
        return Arrays.stream(values()).filter(n -> n.slug.equals(slug)).findFirst();
    }
}
