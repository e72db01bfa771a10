package org.akuntabel.planning;

/** The planning documents of the SAKIP cycle that set or list indicator targets. */
public enum DocumentKind {
    /** Indikator Kinerja Utama, set by decree. */
    IKU("Indikator Kinerja Utama"),
    /** Rencana Kinerja Tahunan, the annual plan. */
    RKT("Rencana Kinerja Tahunan"),
    /** Perjanjian Kinerja, the performance agreement (revision 0 original, 1+ Perubahan). */
    PK("Perjanjian Kinerja");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
