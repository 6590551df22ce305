/**
 * Funding calls ("Umbau 21 - Smart Region"): a programme publishes a call with criteria and a deadline; consortia
 * prepare and submit applications and get a receipt; programme staff check eligibility; reviewers declare no
 * conflict of interest and score every criterion with a justification; a lead reviewer sets the consensus; the
 * ranking decides the selection within the budget; decisions go to the applicants. Every step leaves a trace.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funding")
package org.uptake.funding;
