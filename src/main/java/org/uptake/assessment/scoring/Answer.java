package org.uptake.assessment.scoring;

import java.util.Locale;

/** One stored answer to one item, typed by the question's kind. */
public sealed interface Answer {

    /** The form in which the answer is stored and shown to API clients. */
    String encode();

    record Ticked(boolean ticked) implements Answer {
        @Override
        public String encode() {
            return Boolean.toString(ticked);
        }
    }

    record Investment(boolean planned, boolean invested) implements Answer {
        @Override
        public String encode() {
            return (planned ? "planned" : "") + (planned && invested ? "," : "") + (invested ? "invested" : "")
                    + (!planned && !invested ? "none" : "");
        }

        double points() {
            return invested ? 1 : planned ? 0.5 : 0;
        }
    }

    record Scale(int value) implements Answer {
        public Scale {
            if (value < 0 || value > 5) {
                throw new IllegalArgumentException("scale value out of range: " + value);
            }
        }

        @Override
        public String encode() {
            return Integer.toString(value);
        }
    }

    record Tristate(Choice choice) implements Answer {

        public enum Choice {
            NO(0), PARTIALLY(0.5), YES(1);

            final double points;

            Choice(double points) {
                this.points = points;
            }
        }

        @Override
        public String encode() {
            return choice.name().toLowerCase(Locale.ROOT);
        }
    }
}
