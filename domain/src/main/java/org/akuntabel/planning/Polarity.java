package org.akuntabel.planning;

/** Whether a higher realisation is better (most indicators) or a lower one (e.g. unemployment). */
public enum Polarity {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
