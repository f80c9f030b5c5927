package org.geoprospect.privacy;

/** On what ground a household may be contacted on a channel. */
public enum ContactBasis {
    /** A recorded prior consent for the channel. */
    CONSENT,
    /** Email or SMS to an existing client for similar products ({@link SimilarProductsException}). */
    EXISTING_CLIENT,
    /** Phone before 11 August 2026: not on an objection / do-not-call list suffices. */
    NO_OBJECTION_BEFORE_PHONE_SWITCH,
    /** Postal mail: information and a free opt-out suffice; no objection recorded. */
    OPT_OUT_REGIME
}
