package org.foiplatform.response.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The authority that writes and signs the letters: its name, team and contact details, the signature block, an
 * optional logo (a {@code data:} URI of a PNG, so that the PDF needs nothing from the network), the licence under
 * which its information may be re-used, and where its publication scheme and disclosure log are.
 */
public record Authority(String name, String team, String address, String website, String email, String phone,
        String signature, String logo, String licence, String licenceUrl, String publicationScheme,
        String disclosureLog) {

    /** The postal address one line at a time (it is kept with a line per comma or new line). */
    public List<String> addressLines() {
        return address == null ? List.of()
                : Arrays.stream(address.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The signature block one line at a time. */
    public List<String> signatureLines() {
        return signature == null ? List.of()
                : Arrays.stream(signature.split("\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
