package org.uptake.directory;

/** A person's role in an organisation: owners manage members, members edit the organisation's data. */
public enum MembershipRole {
    OWNER, MEMBER
}
