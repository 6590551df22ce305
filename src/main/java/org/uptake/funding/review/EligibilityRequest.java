package org.uptake.funding.review;

import java.util.Map;

/** Programme staff's verdict: pass or fail (a fail needs a reason), with the checklist answers by item key. */
public record EligibilityRequest(Boolean eligible, String reason, Map<String, Boolean> checklist) {
}
