package org.foiplatform.assessment.domain;

/** The law a request is handled under. Only FOIA for now; EIR and the Scottish regimes follow. */
public enum Regime {
    /** Freedom of Information Act 2000. */
    FOIA
}
