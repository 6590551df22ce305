package org.uptake.offers.registration;

public enum Attendance {
    ATTENDED, NO_SHOW
}
