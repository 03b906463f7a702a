package org.foiplatform.response.domain;

/**
 * The regulator a requester may complain or apply to after an internal review: the Information Commissioner for
 * FOIA, the EIR and subject access (FOIA s.50, applied to the EIR by reg 18), the Scottish Information Commissioner
 * for FOISA and the EIR (Scotland) (FOISA s.47, EIRS reg 17).
 */
public record Regulator(String name, String address, String website, String phone) {

    public static final Regulator ICO = new Regulator("the Information Commissioner's Office",
            "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF", "https://ico.org.uk/make-a-complaint/",
            "0303 123 1113");

    public static final Regulator SCOTTISH_INFORMATION_COMMISSIONER = new Regulator(
            "the Scottish Information Commissioner", "Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS",
            "https://www.foi.scot/appeal", "01334 464610");
}
