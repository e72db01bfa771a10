package org.akuntabel.registers.staff;

/** The kind of civil servant: Pegawai Negeri Sipil or Pegawai Pemerintah dengan Perjanjian Kerja. */
public enum Employment {
    PNS, PPPK
}
