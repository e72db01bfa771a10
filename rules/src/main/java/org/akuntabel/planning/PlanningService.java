package org.akuntabel.planning;

import org.akuntabel.access.Guarded;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agencies;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.planning.budget.Programme;
import org.akuntabel.reporting.Numbers;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Reads the planning cycle of an agency: its Renstra cascade and the planning documents of a year. */
@Stateless
@Guarded
public class PlanningService {

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    /** Every Renstra period of the agency, newest first, each as the cascade tujuan → sasaran → indicators → programmes. */
    public List<PlanningViews.RenstraView> renstra(String agencyCode) {
        Agency agency = agency(agencyCode);
        List<RenstraPeriod> periods = em.createNamedQuery("RenstraPeriod.findByAgency", RenstraPeriod.class)
                .setParameter("agency", agency).getResultList();
        if (periods.isEmpty()) {
            throw new NotFoundException("Instansi " + agencyCode + " belum punya Renstra");
        }
        List<Indicator> indicators = em.createNamedQuery("Indicator.findByAgency", Indicator.class)
                .setParameter("agency", agency).getResultList();
        Integer budgetYear = em.createQuery("SELECT MAX(p.year) FROM Programme p WHERE p.agency = :agency", Integer.class)
                .setParameter("agency", agency).getSingleResult();
        List<Programme> programmes = budgetYear == null ? List.of()
                : em.createNamedQuery("Programme.findByAgencyAndYear", Programme.class).setParameter("agency", agency)
                .setParameter("year", budgetYear).getResultList();
        return periods.stream().map(period -> new PlanningViews.RenstraView(period.getStartYear(), period.getEndYear(),
                period.getTitle(), period.getVision(), period.getMissions(),
                period.getProvenance() == null ? null : period.getProvenance().describe(),
                period.getTujuan().stream().sorted(Comparator.comparingInt(Tujuan::getNumber)).map(tujuan -> new PlanningViews.TujuanView(
                        tujuan.getNumber(), tujuan.getName(),
                        tujuan.getSasaran().stream().sorted(Comparator.comparingInt(Sasaran::getNumber)).map(sasaran ->
                                new PlanningViews.SasaranView(sasaran.getNumber(), sasaran.getName(), lines(sasaran.getStrategy()),
                                        lines(sasaran.getPolicy()),
                                        indicators.stream().filter(i -> sasaran.equals(i.getSasaranRef()))
                                                .map(i -> planned(i, period)).toList(),
                                        programmes.stream().filter(p -> p.getSasaranNumber() == sasaran.getNumber())
                                                .map(p -> p.getNumber() + ". " + p.getName()).toList(), sasaran.getVersion())).toList(),
                        tujuan.getVersion())).toList(), period.getVersion()))
                .toList();
    }

    /** The planning documents of a year (IKU, RKT, PK and its revisions). */
    public List<PlanningViews.DocumentView> documents(String agencyCode, int year) {
        Agency agency = agency(agencyCode);
        List<PlanningDocument> documents = em.createNamedQuery("PlanningDocument.findByAgencyAndYear", PlanningDocument.class)
                .setParameter("agency", agency).setParameter("year", year).getResultList();
        if (documents.isEmpty()) {
            throw new NotFoundException("Tidak ada dokumen perencanaan tahun " + year + " untuk instansi " + agencyCode);
        }
        return documents.stream().map(d -> new PlanningViews.DocumentView(d.getKind().name(), d.getRevision(), d.getLabel(),
                d.getTitle(), d.getNumber(), d.getDate(), d.getProvenance() == null ? null : d.getProvenance().describe(),
                d.getTargets().stream().sorted(Comparator.comparingInt(DocumentTarget::getOrder)).map(t -> new PlanningViews.DocumentLine(
                        t.getIndicator() == null ? null : t.getIndicator().getCode(), t.getPrintedName(), t.getSasaranText(),
                        t.getUnit(), Numbers.plain(t.getAnnual()), Numbers.plain(t.getQ1()), Numbers.plain(t.getQ2()), Numbers.plain(t.getQ3()), Numbers.plain(t.getQ4()),
                        t.getNote())).toList(),
                d.getBudgets().stream().sorted(Comparator.comparingInt(DocumentBudget::getOrder))
                        .map(b -> new PlanningViews.BudgetLine(b.getProgramme(), b.getAmount(), b.getNote())).toList(),
                d.getBudgets().isEmpty() ? null
                        : d.getBudgets().stream().map(DocumentBudget::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add),
                d.getApprovedBy(), d.getApprovedAt()))
                .toList();
    }

    /** The years that have planning documents, newest first. */
    public List<Integer> documentYears(String agencyCode) {
        return em.createQuery("SELECT DISTINCT d.year FROM PlanningDocument d WHERE d.agency = :agency ORDER BY d.year DESC", Integer.class)
                .setParameter("agency", agency(agencyCode)).getResultList();
    }

    private PlanningViews.PlannedIndicator planned(Indicator indicator, RenstraPeriod period) {
        List<PlanningViews.YearTarget> targets = em.createQuery(
                        "SELECT t FROM IndicatorTarget t WHERE t.indicator = :indicator AND t.year BETWEEN :from AND :to ORDER BY t.year",
                        IndicatorTarget.class)
                .setParameter("indicator", indicator).setParameter("from", period.getStartYear()).setParameter("to", period.getEndYear())
                .getResultList().stream().map(t -> new PlanningViews.YearTarget(t.getYear(), Numbers.plain(t.getValue()))).toList();
        return new PlanningViews.PlannedIndicator(indicator.getCode(), indicator.getName(), indicator.getUnit(),
                indicator.getPolarity().name(), indicator.getDataSource(), indicator.getResponsibleUnit(), targets,
                targets.isEmpty() ? null : targets.get(targets.size() - 1));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\n")).filter(line -> !line.isBlank()).toList();
    }

    private Agency agency(String code) {
        return Agencies.byCode(em, code);
    }
}
