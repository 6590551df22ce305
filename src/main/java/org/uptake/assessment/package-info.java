/**
 * Digital maturity self-assessment: questionnaire definitions (versioned YAML), assessments and their answers,
 * scoring, peer benchmarks and sharing with advisors. An assessment belongs to its organisation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.uptake.assessment;
