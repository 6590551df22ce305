package org.uptake.funding.application;

/** An organisation's part in a consortium: exactly one LEAD; PARTNERs share the work and budget. */
public enum PartnerRole {
    LEAD, PARTNER
}
