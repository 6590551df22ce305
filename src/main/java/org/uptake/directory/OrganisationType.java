package org.uptake.directory;

/** What kind of organisation takes part in a programme. */
public enum OrganisationType {
    SME, LIBRARY, CHAMBER, BUSINESS_PARK, INCUBATOR, UNIVERSITY, RESEARCH_INSTITUTE, MUNICIPALITY, AGENCY,
    ASSOCIATION, OTHER
}
