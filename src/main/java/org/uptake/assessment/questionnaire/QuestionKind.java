package org.uptake.assessment.questionnaire;

import java.util.Locale;

/** How a question's items are answered, and therefore how they score. */
public enum QuestionKind {
    /** Tick any items; absent = not ticked. */
    CHECKBOX,
    /** Per row: "plan to invest" and/or "already invested". */
    INVEST_MATRIX,
    /** Per row a value 0..5; every row must be answered. */
    SCALE05,
    /** Per row no / partially / yes; every row must be answered. */
    TRISTATE,
    /** Per item yes or no; absent = no. */
    YESNO;

    public static QuestionKind of(String yaml) {
        return valueOf(yaml.strip().toUpperCase(Locale.ROOT));
    }

    /** Kinds whose rows must all be answered before submission. */
    public boolean everyRowRequired() {
        return this == SCALE05 || this == TRISTATE;
    }
}
