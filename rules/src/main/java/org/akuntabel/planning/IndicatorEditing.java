package org.akuntabel.planning;

import org.akuntabel.access.Allowed;
import org.akuntabel.access.Guarded;
import org.akuntabel.access.Role;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agencies;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.registers.ConcurrentEditException;
import org.akuntabel.registers.ValidationFailedException;
import org.akuntabel.registers.ValidationFailedException.FieldError;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The structure of a Renstra: tujuan and sasaran added and removed, and its indicators defined (code, name, unit,
 * polarity, formula, data source, responsible unit, baseline, the sasaran measured or none for a tujuan
 * indicator), changed and removed. What others rely on is never removed silently: a tujuan or sasaran that still
 * has indicators, and an indicator that has been evaluated, published, put in a planning document or monitored,
 * are refused with the reason.
 */
@Stateless
@Guarded
public class IndicatorEditing {

    /** An indicator's definition as edited; {@code sasaranNumber} {@code null} for a tujuan indicator. */
    public record Definition(String code, String name, String unit, Polarity polarity, String formula, String dataSource,
                             String responsibleUnit, Integer baselineYear, BigDecimal baselineValue, Integer sasaranNumber,
                             Long version) {
    }

    /** An indicator of a Renstra as the structure page shows it. */
    public record DefinedIndicator(String code, String name, String unit, Polarity polarity, String formula, String dataSource,
                                   String responsibleUnit, Integer baselineYear, BigDecimal baselineValue, Integer sasaranNumber,
                                   String source, long version) implements Serializable {
    }

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    /** The indicators of the Renstra starting in {@code startYear}, in display order. */
    public List<DefinedIndicator> indicators(String agencyCode, int startYear) {
        RenstraPeriod renstra = period(agencyCode, startYear);
        return em.createNamedQuery("Indicator.findByAgency", Indicator.class).setParameter("agency", renstra.getAgency())
                .getResultStream().filter(i -> i.getRenstra() != null && i.getRenstra().getId().equals(renstra.getId()))
                .map(IndicatorEditing::view).toList();
    }

    @Allowed(Role.OPERATOR)
    public DefinedIndicator create(String agencyCode, int startYear, Definition definition) {
        RenstraPeriod renstra = period(agencyCode, startYear);
        Agency agency = renstra.getAgency();
        List<FieldError> errors = new ArrayList<>();
        String code = definition.code() == null ? "" : definition.code().trim().toUpperCase();
        if (!code.matches("[A-Z][A-Z0-9_]{1,59}")) {
            errors.add(new FieldError("code", "Kode indikator: huruf besar, angka dan garis bawah, diawali huruf (2–60 karakter)"));
        } else if (find(agency, code).isPresent()) {
            errors.add(new FieldError("code", "Kode " + code + " sudah dipakai indikator lain"));
        }
        Sasaran sasaran = check(renstra, definition, errors);
        ValidationFailedException.throwIfAny(errors);
        int order = em.createNamedQuery("Indicator.findByAgency", Indicator.class).setParameter("agency", agency).getResultStream()
                .mapToInt(Indicator::getSortOrder).max().orElse(0) + 1;
        Indicator indicator = new Indicator(agency, code, definition.name().trim(), definition.unit().trim(), definition.polarity(),
                label(sasaran), blankToNull(definition.formula()), null, null, null, order);
        indicator.describe(blankToNull(definition.dataSource()), blankToNull(definition.responsibleUnit()), definition.baselineYear(),
                definition.baselineValue());
        indicator.belongTo(renstra);
        if (sasaran != null) {
            indicator.measure(sasaran);
        }
        em.persist(indicator);
        em.flush();
        return view(indicator);
    }

    @Allowed(Role.OPERATOR)
    public DefinedIndicator update(String agencyCode, String code, Definition definition) {
        Indicator indicator = indicator(agencyCode, code);
        List<FieldError> errors = new ArrayList<>();
        RenstraPeriod renstra = indicator.getRenstra();
        Sasaran sasaran = renstra == null ? null : check(renstra, definition, errors);
        if (renstra == null) {
            basics(definition, errors);
        }
        ValidationFailedException.throwIfAny(errors);
        if (definition.version() == null || definition.version() != indicator.getVersion()) {
            throw new ConcurrentEditException("Indikator " + code);
        }
        indicator.define(definition.name().trim(), definition.unit().trim(), definition.polarity(),
                sasaran == null && renstra == null ? indicator.getSasaran() : label(sasaran), blankToNull(definition.formula()));
        indicator.describe(blankToNull(definition.dataSource()), blankToNull(definition.responsibleUnit()), definition.baselineYear(),
                definition.baselineValue());
        if (renstra != null) {
            if (sasaran == null) {
                indicator.measureTujuan();
            } else {
                indicator.measure(sasaran);
            }
        }
        em.flush();
        return view(indicator);
    }

    /** Removes an indicator with its targets; refused once it has been evaluated, published, planned or monitored. */
    @Allowed(Role.OPERATOR)
    public void delete(String agencyCode, String code, long version) {
        Indicator indicator = indicator(agencyCode, code);
        if (indicator.getVersion() != version) {
            throw new ConcurrentEditException("Indikator " + code);
        }
        List<String> uses = new ArrayList<>();
        count(uses, "SELECT COUNT(r) FROM EvaluationRun r WHERE r.agency = :agency AND r.indicatorCode = :code", indicator,
                "penilaian tersimpan");
        count(uses, "SELECT COUNT(p) FROM PublishedFigure p WHERE p.indicator.agency = :agency AND p.indicator.code = :code", indicator,
                "angka terbit");
        count(uses, "SELECT COUNT(t) FROM DocumentTarget t WHERE t.indicator.agency = :agency AND t.indicator.code = :code", indicator,
                "baris dokumen IKU/RKT/PK");
        count(uses, "SELECT COUNT(m) FROM QuarterlyMonitoring m WHERE m.indicator.agency = :agency AND m.indicator.code = :code",
                indicator, "catatan monitoring");
        if (!uses.isEmpty()) {
            throw new ValidationFailedException(List.of(new FieldError("code", "Indikator " + code + " tidak dapat dihapus karena sudah memiliki "
                    + String.join(", ", uses) + "; riwayatnya harus tetap dapat ditelusuri")));
        }
        // one by one, not a bulk DELETE: each removal passes the audit log's entity listener
        em.createQuery("SELECT t FROM IndicatorTarget t WHERE t.indicator = :indicator", IndicatorTarget.class)
                .setParameter("indicator", indicator).getResultList().forEach(em::remove);
        em.remove(indicator);
        em.flush();
    }

    /** Adds a tujuan with the next free number. */
    @Allowed(Role.OPERATOR)
    public void addTujuan(String agencyCode, int startYear, String name) {
        RenstraPeriod renstra = period(agencyCode, startYear);
        require("name", name, "Nama tujuan wajib diisi");
        int number = renstra.getTujuan().stream().mapToInt(Tujuan::getNumber).max().orElse(0) + 1;
        renstra.addTujuan(number, name.trim());
        em.flush();
    }

    /** Adds a sasaran under a tujuan with the next free number in the Renstra (sasaran are numbered across tujuan). */
    @Allowed(Role.OPERATOR)
    public void addSasaran(String agencyCode, int startYear, int tujuanNumber, String name) {
        RenstraPeriod renstra = period(agencyCode, startYear);
        Tujuan tujuan = renstra.getTujuan().stream().filter(t -> t.getNumber() == tujuanNumber).findFirst()
                .orElseThrow(() -> new NotFoundException("Tujuan " + tujuanNumber + " tidak ada pada Renstra " + startYear));
        require("name", name, "Nama sasaran wajib diisi");
        int number = renstra.getTujuan().stream().flatMap(t -> t.getSasaran().stream()).mapToInt(Sasaran::getNumber).max().orElse(0) + 1;
        tujuan.addSasaran(number, name.trim(), null, null);
        em.flush();
    }

    /** Removes a tujuan without sasaran; refused while it has any. */
    @Allowed(Role.OPERATOR)
    public void deleteTujuan(String agencyCode, int startYear, int number, long version) {
        RenstraPeriod renstra = period(agencyCode, startYear);
        Tujuan tujuan = renstra.getTujuan().stream().filter(t -> t.getNumber() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Tujuan " + number + " tidak ada pada Renstra " + startYear));
        if (!tujuan.getSasaran().isEmpty()) {
            throw new ValidationFailedException(List.of(new FieldError("sasaran", "Tujuan " + number + " masih memiliki "
                    + tujuan.getSasaran().size() + " sasaran; hapus sasarannya lebih dahulu")));
        }
        if (tujuan.getVersion() != version) {
            throw new ConcurrentEditException("Tujuan " + number);
        }
        renstra.removeTujuan(tujuan);
        em.flush();
    }

    /** Removes a sasaran no indicator measures; refused otherwise. */
    @Allowed(Role.OPERATOR)
    public void deleteSasaran(String agencyCode, int startYear, int number, long version) {
        RenstraPeriod renstra = period(agencyCode, startYear);
        Sasaran sasaran = renstra.getTujuan().stream().flatMap(t -> t.getSasaran().stream()).filter(s -> s.getNumber() == number)
                .findFirst().orElseThrow(() -> new NotFoundException("Sasaran " + number + " tidak ada pada Renstra " + startYear));
        long measured = em.createQuery("SELECT COUNT(i) FROM Indicator i WHERE i.sasaranRef = :sasaran", Long.class)
                .setParameter("sasaran", sasaran).getSingleResult();
        if (measured > 0) {
            throw new ValidationFailedException(List.of(new FieldError("indicators", "Sasaran " + number + " masih diukur oleh "
                    + measured + " indikator; pindahkan atau hapus indikatornya lebih dahulu")));
        }
        long funded = em.createQuery("SELECT COUNT(p) FROM Programme p WHERE p.agency = :agency AND p.sasaranNumber = :number"
                        + " AND p.year BETWEEN :start AND :end", Long.class).setParameter("agency", renstra.getAgency())
                .setParameter("number", number).setParameter("start", renstra.getStartYear()).setParameter("end", renstra.getEndYear())
                .getSingleResult();
        if (funded > 0) {
            throw new ValidationFailedException(List.of(new FieldError("programmes", "Sasaran " + number + " masih dilayani oleh "
                    + funded + " program anggaran; pindahkan programnya lebih dahulu")));
        }
        if (sasaran.getVersion() != version) {
            throw new ConcurrentEditException("Sasaran " + number);
        }
        sasaran.getTujuan().removeSasaran(sasaran);
        em.flush();
    }

    private Sasaran check(RenstraPeriod renstra, Definition definition, List<FieldError> errors) {
        basics(definition, errors);
        if (definition.baselineYear() != null && definition.baselineYear() >= renstra.getStartYear()) {
            errors.add(new FieldError("baselineYear", "Tahun kondisi awal harus sebelum awal Renstra (" + renstra.getStartYear() + ")"));
        }
        if (definition.sasaranNumber() == null) {
            return null;
        }
        Optional<Sasaran> sasaran = renstra.getTujuan().stream().flatMap(t -> t.getSasaran().stream())
                .filter(s -> s.getNumber() == definition.sasaranNumber()).findFirst();
        if (sasaran.isEmpty()) {
            errors.add(new FieldError("sasaranNumber", "Sasaran " + definition.sasaranNumber() + " tidak ada pada Renstra "
                    + renstra.getStartYear() + "–" + renstra.getEndYear()));
        }
        return sasaran.orElse(null);
    }

    private static void basics(Definition definition, List<FieldError> errors) {
        if (definition.name() == null || definition.name().isBlank()) {
            errors.add(new FieldError("name", "Nama indikator wajib diisi"));
        }
        if (definition.unit() == null || definition.unit().isBlank()) {
            errors.add(new FieldError("unit", "Satuan wajib diisi"));
        }
        if (definition.polarity() == null) {
            errors.add(new FieldError("polarity", "Arah (semakin tinggi/rendah semakin baik) wajib dipilih"));
        }
        if ((definition.baselineYear() == null) != (definition.baselineValue() == null)) {
            errors.add(new FieldError("baselineValue", "Kondisi awal diisi lengkap: tahun dan nilainya"));
        }
    }

    private void count(List<String> uses, String query, Indicator indicator, String what) {
        long n = em.createQuery(query, Long.class).setParameter("agency", indicator.getAgency())
                .setParameter("code", indicator.getCode()).getSingleResult();
        if (n > 0) {
            uses.add(n + " " + what);
        }
    }

    private static String label(Sasaran sasaran) {
        return sasaran == null ? "Indikator tujuan" : "Sasaran " + sasaran.getNumber() + ": " + sasaran.getName();
    }

    private static void require(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            throw new ValidationFailedException(List.of(new FieldError(field, message)));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private Optional<Indicator> find(Agency agency, String code) {
        return em.createNamedQuery("Indicator.findByAgencyAndCode", Indicator.class).setParameter("agency", agency)
                .setParameter("code", code).getResultStream().findFirst();
    }

    private Indicator indicator(String agencyCode, String code) {
        return find(Agencies.byCode(em, agencyCode), code)
                .orElseThrow(() -> new NotFoundException("Indikator '" + code + "' tidak ada untuk instansi " + agencyCode));
    }

    private RenstraPeriod period(String agencyCode, int startYear) {
        return em.createNamedQuery("RenstraPeriod.find", RenstraPeriod.class).setParameter("agency", Agencies.byCode(em, agencyCode))
                .setParameter("startYear", startYear).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Renstra mulai " + startYear + " tidak ada untuk instansi " + agencyCode));
    }

    private static DefinedIndicator view(Indicator i) {
        return new DefinedIndicator(i.getCode(), i.getName(), i.getUnit(), i.getPolarity(), i.getFormulaDescription(), i.getDataSource(),
                i.getResponsibleUnit(), i.getBaselineYear(), i.getBaselineValue(),
                i.getSasaranRef() == null ? null : i.getSasaranRef().getNumber(), i.getSource().name(), i.getVersion());
    }
}
