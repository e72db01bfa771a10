package org.akuntabel.agency;

/** The tier of regional government an agency belongs to. */
public enum GovernmentLevel {
    PROVINSI, KABUPATEN, KOTA
}
