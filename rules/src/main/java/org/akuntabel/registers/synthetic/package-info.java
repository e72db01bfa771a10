/**
 * A synthetic national register for load and scale work (issue 8): cooperatives, companies and micro-businesses spread
 * over the provinces and kabupaten/kota of Indonesia, deterministic from a seed number. Everything it makes is labelled
 * synthetic (names with "SINTETIS", agencies whose code starts with {@code sintetis-}) and is never written into a real
 * agency's register.
 */
package org.akuntabel.registers.synthetic;
