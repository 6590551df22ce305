package org.uptake.platform;

/** What the layout needs to know about the person signed in; the identity module's principal implements it. */
public interface SignedInUser {

    String displayName();

    String email();
}
