package org.akuntabel.registers.cooperative;

/** Whether a cooperative still has a board and runs its business (koperasi aktif) or not. */
public enum CooperativeStatus {
    AKTIF, TIDAK_AKTIF
}
