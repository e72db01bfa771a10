package org.akuntabel.planning.budget;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The budget page ("Anggaran"): sasaran → programme → kegiatan rows with pagu, realisation, absorption and printed totals. */
@Named("anggaran")
@RequestScoped
public class BudgetPage extends AgencyYearPage {

    /** One row of the budget table; {@code level} 0 = sasaran, 1 = programme, 2 = kegiatan, 3 = total. */
    public record Row(int level, String label, BigDecimal pagu, BigDecimal realisation, BigDecimal absorption,
                      BigDecimal printedPagu, BigDecimal printedRealisation, String note) {

        /** True when a printed total differs from the sum of the lines. */
        public boolean differs() {
            return (printedPagu != null && printedPagu.compareTo(pagu) != 0)
                    || (printedRealisation != null && printedRealisation.compareTo(realisation) != 0);
        }
    }

    @Inject
    private BudgetService budgets;

    @Inject
    private IndicatorResults results;

    private BudgetView budget;
    private final List<Row> rows = new ArrayList<>();

    /** Without parameters: the first agency and the latest year it has published figures for. */
    public void load() {
        Pages.load(() -> {
            if (getAgency() == null) {
                setAgency(results.agencies().stream().findFirst().map(Agency::getCode)
                        .orElseThrow(() -> new NotFoundException("Belum ada instansi")));
            }
            if (getYear() == 0) {
                Integer year = results.defaultYear(getAgency());
                setYear(year == null ? 0 : year);
            }
            budget = budgets.budget(getAgency(), getYear());
            for (BudgetView.SasaranBudget s : budget.sasaran()) {
                rows.add(new Row(0, "Sasaran " + s.number() + ": " + s.name(), s.pagu(), s.realisation(), s.absorption(),
                        s.printedPagu(), s.printedRealisation(), null));
                for (BudgetView.ProgrammeBudget p : s.programmes()) {
                    rows.add(new Row(1, p.number() + ". " + p.name(), p.pagu(), p.realisation(), p.absorption(),
                            p.printedPagu(), p.printedRealisation(), null));
                    p.activities().forEach(a -> rows.add(new Row(2, a.name(), a.pagu(), a.realisation(), a.absorption(),
                            null, null, a.note())));
                }
            }
            rows.add(new Row(3, "Total", budget.pagu(), budget.realisation(), budget.absorption(), budget.printedPagu(),
                    budget.printedRealisation(), null));
        });
    }

    public BudgetView getBudget() {
        return budget;
    }

    public List<Row> getRows() {
        return rows;
    }
}
