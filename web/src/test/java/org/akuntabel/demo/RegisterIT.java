package org.akuntabel.demo;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.Deployments;
import org.akuntabel.agency.Agency;
import org.akuntabel.agency.AgencyEditing;
import org.akuntabel.agency.GovernmentLevel;
import org.akuntabel.planning.DocumentEditing;
import org.akuntabel.planning.Polarity;
import org.akuntabel.planning.IndicatorEditing;
import org.akuntabel.planning.DocumentKind;
import org.akuntabel.planning.PlanEditing;
import org.akuntabel.planning.PlanningService;
import org.akuntabel.planning.PlanningViews;
import org.akuntabel.planning.RenstraEditing;
import org.akuntabel.planning.budget.BudgetService;
import org.akuntabel.registers.microbusiness.MicroBusinessRegister;
import org.akuntabel.registers.staff.Employment;
import org.akuntabel.registers.staff.StaffScoreRegister;
import org.akuntabel.planning.budget.BudgetView;
import org.akuntabel.registers.ConcurrentEditException;
import org.akuntabel.registers.ValidationFailedException;
import org.akuntabel.registers.company.CompanyRegister;
import org.akuntabel.registers.cooperative.CooperativeRegister;
import org.akuntabel.registers.cooperative.CooperativeStatus;
import org.akuntabel.evaluation.EvaluationRun;
import org.akuntabel.evaluation.EvaluationService;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.evaluation.Recomputation;
import org.akuntabel.reporting.IndicatorResult;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.evaluation.Measurement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the container: loading the demo data again adds nothing; results are reused until something
 * changes; editing the register validates, refuses stale versions and re-evaluates the indicators.
 * Tests that change data put it back.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(RegisterIT.class);
    }

    @Inject
    private DemoDataLoader loader;

    @Inject
    private EvaluationService evaluations;

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Test
    void loadingTheDemoDataTwiceAddsNothing() {
        long cooperatives = countOfBeltim("Cooperative", "agency");
        long years = countOfBeltim("CooperativeYear", "cooperative.agency");
        long agencies = count("Agency");
        assertEquals(54, cooperatives);
        assertEquals(108, years);

        assertEquals(0, loader.load());

        assertEquals(cooperatives, countOfBeltim("Cooperative", "agency"));
        assertEquals(years, countOfBeltim("CooperativeYear", "cooperative.agency"));
        assertEquals(agencies, count("Agency"));
        assertEquals(1, em.createQuery("SELECT COUNT(a) FROM Agency a WHERE a.code = 'beltim'", Long.class).getSingleResult());
        assertEquals(4, countOfBeltim("Company", "agency"));
    }

    @Test
    void aCurrentRunIsReusedAndRecomputingMakesANewRunWithTheSameFigures() {
        EvaluationRun current = evaluations.ensureCurrent("beltim", 2025, "KOPERASI_BERKUALITAS");
        assertEquals(current.getId(), evaluations.ensureCurrent("beltim", 2025, "KOPERASI_BERKUALITAS").getId());

        EvaluationRun again = evaluations.evaluate("beltim", 2025, "KOPERASI_BERKUALITAS");
        assertNotEquals(current.getId(), again.getId());
        assertEquals(current.getDataDigest(), again.getDataDigest());
        assertEquals(current.getRuleSetVersion(), again.getRuleSetVersion());
        assertEquals(0, current.getMeasurement().getRealisation().compareTo(again.getMeasurement().getRealisation()));
        assertEquals(54L, em.createQuery("SELECT COUNT(d) FROM Determination d WHERE d.run.id = :run", Long.class)
                .setParameter("run", again.getId()).getSingleResult());
    }

    @Inject
    private CooperativeRegister register;

    private long cooperativeId(String name) {
        return em.createQuery("SELECT c.id FROM Cooperative c WHERE c.name = :name AND c.agency.code = 'beltim'", Long.class)
                .setParameter("name", name)
                .getSingleResult();
    }

    private CooperativeRegister.YearRecord year(long id, int year) {
        return register.cooperative("beltim", id).years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    private BigDecimal latestRealisation() {
        Agency beltim = em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", "beltim").getSingleResult();
        return evaluations.latestCompleted(beltim, 2025, "KOPERASI_BERKUALITAS").orElseThrow().getMeasurement().getRealisation();
    }

    @Test
    void savingAYearReEvaluatesTheIndicatorAtOnce() {
        long guyub = cooperativeId("KOPERASI GUYUB MAKMUR BELITUNG TIMUR");
        CooperativeRegister.YearRecord original = year(guyub, 2025);
        evaluations.ensureCurrent("beltim", 2025, "KOPERASI_BERKUALITAS");
        assertEquals(0, new BigDecimal("3.48").compareTo(latestRealisation()));
        try {
            // assets 2025 below 2024 (119.474.750): Guyub Makmur no longer counts, 3 ÷ 115 = 2,61
            register.updateYear("beltim", guyub, 2025, new CooperativeRegister.YearEdit(original.ratDate(),
                    original.businessVolume(), new BigDecimal("100000000"), "uji", original.version()));
            assertEquals(0, new BigDecimal("2.61").compareTo(latestRealisation()));
        } finally {
            CooperativeRegister.YearRecord changed = year(guyub, 2025);
            register.updateYear("beltim", guyub, 2025, new CooperativeRegister.YearEdit(original.ratDate(),
                    original.businessVolume(), original.assets(), null, changed.version()));
        }
        assertEquals(0, new BigDecimal("3.48").compareTo(latestRealisation()));
    }

    @Test
    void aSaveBasedOnAStaleVersionIsRefusedAndNothingIsOverwritten() {
        long tiong = cooperativeId("KOPERASI TIONG SEJAHTERA");
        CooperativeRegister.YearRecord original = year(tiong, 2025);
        try {
            register.updateYear("beltim", tiong, 2025, new CooperativeRegister.YearEdit(original.ratDate(),
                    new BigDecimal("9000000000"), original.assets(), "operator pertama", original.version()));
            ConcurrentEditException refused = assertThrows(ConcurrentEditException.class, () -> register.updateYear("beltim", tiong,
                    2025, new CooperativeRegister.YearEdit(original.ratDate(), new BigDecimal("1"), original.assets(),
                            "operator kedua", original.version())));
            assertTrue(refused.getMessage().contains("telah diubah oleh pengguna lain"), refused.getMessage());
            assertEquals(0, new BigDecimal("9000000000").compareTo(year(tiong, 2025).businessVolume()), "the first save stands");
        } finally {
            register.updateYear("beltim", tiong, 2025, new CooperativeRegister.YearEdit(original.ratDate(), null,
                    original.assets(), null, year(tiong, 2025).version()));
        }
        assertNull(year(tiong, 2025).businessVolume(), "restored to no data, not zero");
    }

    @Test
    void invalidInputIsRefusedWithAMessagePerFieldAndChangesNothing() {
        long tiong = cooperativeId("KOPERASI TIONG SEJAHTERA");
        CooperativeRegister.YearRecord original = year(tiong, 2025);
        ValidationFailedException invalid = assertThrows(ValidationFailedException.class, () -> register.updateYear("beltim", tiong,
                2025, new CooperativeRegister.YearEdit(LocalDate.of(2024, 12, 31), new BigDecimal("-5"), original.assets(),
                        null, original.version())));
        assertEquals(List.of("ratDate", "businessVolume"), invalid.getErrors().stream().map(ValidationFailedException.FieldError::field).toList());
        assertEquals("Volume usaha tidak boleh negatif", invalid.getErrors().get(1).message());
        assertEquals(original, year(tiong, 2025));
    }

    @Inject
    private PlanEditing editing;

    @Inject
    private DocumentEditing documents;

    @Test
    void theLatestPerjanjianKinerjaSetsTheTargetAndChangingItOrAFigureReEvaluatesTheIndicator() {
        Agency beltim = em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", "beltim").getSingleResult();
        DocumentEditing.LineRow line = documents.lines("beltim", 2025, DocumentKind.PK, 1).stream()
                .filter(l -> "UM_WIRAUSAHA".equals(l.indicator())).findFirst().orElseThrow();
        try {
            documents.setLine("beltim", 2025, DocumentKind.PK, 1, line.order(), new BigDecimal("0.82"), null, null, null, null,
                    "uji", line.version());
            assertEquals(0, new BigDecimal("100.00").compareTo(evaluations.latestCompleted(beltim, 2025, "UM_WIRAUSAHA")
                    .orElseThrow().getMeasurement().getAchievement()), "0,82 against an agreed target of 0,82");
            ConcurrentEditException stale = assertThrows(ConcurrentEditException.class, () -> documents.setLine("beltim", 2025,
                    DocumentKind.PK, 1, line.order(), BigDecimal.ONE, null, null, null, null, null, line.version()));
            assertTrue(stale.getMessage().contains("Perjanjian Kinerja Perubahan 2025"), stale.getMessage());
        } finally {
            long current = documents.lines("beltim", 2025, DocumentKind.PK, 1).stream().filter(l -> l.order() == line.order())
                    .findFirst().orElseThrow().version();
            documents.setLine("beltim", 2025, DocumentKind.PK, 1, line.order(), line.annual(), line.q1(), line.q2(), line.q3(),
                    line.q4(), null, current);
        }

        PlanEditing.TargetRow target2027 = editing.targets("beltim", "UM_WIRAUSAHA").stream().filter(t -> t.year() == 2027)
                .findFirst().orElseThrow();
        PlanEditing.TargetRow changed = editing.setTarget("beltim", "UM_WIRAUSAHA", 2027, new BigDecimal("1.9"), "uji", target2027.version());
        assertEquals(0, new BigDecimal("1.9").compareTo(changed.value()));
        editing.setTarget("beltim", "UM_WIRAUSAHA", 2027, target2027.value(), null, changed.version());

        PlanEditing.FigureRow total = editing.figures("beltim").stream()
                .filter(f -> f.code().equals("UM_JUMLAH") && f.year() == 2025).findFirst().orElseThrow();
        try {
            editing.changeFigure("beltim", total.id(), new BigDecimal("41094"), false, "uji", total.version());
            assertEquals(0, new BigDecimal("0.41").compareTo(evaluations.latestCompleted(beltim, 2025, "UM_WIRAUSAHA")
                    .orElseThrow().getMeasurement().getRealisation()), "168 ÷ 41.094 × 100");
        } finally {
            long current = editing.figures("beltim").stream().filter(f -> f.id() == total.id()).findFirst().orElseThrow().version();
            editing.changeFigure("beltim", total.id(), total.value(), total.provisional(), null, current);
        }
        Measurement restored = evaluations.latestCompleted(beltim, 2025, "UM_WIRAUSAHA").orElseThrow().getMeasurement();
        assertEquals(0, new BigDecimal("0.82").compareTo(restored.getRealisation()));
        assertEquals(0, new BigDecimal("58.57").compareTo(restored.getAchievement()));
    }

    @Test
    void aQuarterIsEnteredOnceAndThenChangedOnlyFromItsCurrentVersion() {
        PlanEditing.MonitoringRow first = editing.setMonitoring("beltim", "IP_ASN", 2025, 2, new BigDecimal("81.5"),
                new BigDecimal("48.2"), "semester pertama", null);
        assertEquals(0, new BigDecimal("81.5").compareTo(first.realisation()));
        assertThrows(ConcurrentEditException.class, () -> editing.setMonitoring("beltim", "IP_ASN", 2025, 2, BigDecimal.ONE,
                null, null, null), "a second 'new' entry for the same quarter is a stale edit, not a duplicate");
        PlanEditing.MonitoringRow changed = editing.setMonitoring("beltim", "IP_ASN", 2025, 2, new BigDecimal("82"),
                new BigDecimal("50"), "diperbarui", first.version());
        assertEquals("diperbarui", changed.progressNote());
        assertEquals(List.of(1, 2, 3, 4), editing.monitoring("beltim", "IP_ASN", 2025).stream().map(PlanEditing.MonitoringRow::quarter).toList());
        ValidationFailedException outside = assertThrows(ValidationFailedException.class, () -> editing.setMonitoring("beltim",
                "IP_ASN", 2031, 1, BigDecimal.ONE, null, null, null));
        assertEquals("year", outside.getErrors().get(0).field());
    }

    @Test
    void aCooperativeIsAddedWithAnEmptyRecordCountedAsNoDataAndCanBeRemovedAgain() {
        CooperativeRegister.CooperativeRecord added = register.create("beltim", "  KOPERASI UJI BARU  ", null,
                CooperativeStatus.AKTIF, 2025, "uji");
        try {
            assertEquals("KOPERASI UJI BARU", added.name());
            assertEquals(55, register.list("beltim").size());
            ValidationFailedException duplicate = assertThrows(ValidationFailedException.class, () -> register.create("beltim",
                    "KOPERASI UJI BARU", null, CooperativeStatus.AKTIF, 2025, null));
            assertTrue(duplicate.getErrors().get(0).message().contains("sudah ada"), duplicate.getMessage());
            assertEquals(0, new BigDecimal("3.48").compareTo(latestRealisation()), "an empty record is no data: still 4 of 115");
            assertThrows(ConcurrentEditException.class, () -> register.delete("beltim", added.id(), added.version() + 1));
        } finally {
            register.delete("beltim", added.id(), register.cooperative("beltim", added.id()).version());
        }
        assertEquals(54, register.list("beltim").size());
    }

    @Inject
    private CompanyRegister companies;

    @Test
    void recordingAWageStructureMakesACompanyCountAndIsRefusedWhenStale() {
        CompanyRegister.CompanyRecord original = companies.list("beltim").stream()
                .filter(c -> c.name().equals("PT. Parit Sembada")).findFirst().orElseThrow();
        Agency beltim = em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", "beltim").getSingleResult();
        try {
            CompanyRegister.CompanyRecord changed = companies.update("beltim", original.id(), new CompanyRegister.CompanyEdit(
                    original.workers(), original.ppPkb(), original.ppPkbNumber(), original.lksBipartit(), original.lksBipartitDecree(),
                    Boolean.TRUE, original.bpjsParticipants(), "struktur dan skala upah diperiksa", original.version()));
            assertEquals(0, new BigDecimal("0.50").compareTo(evaluations.latestCompleted(beltim, 2025, "PERUSAHAAN_LAYAK")
                    .orElseThrow().getMeasurement().getRealisation()), "1 of 200 companies");
            assertThrows(ConcurrentEditException.class, () -> companies.update("beltim", original.id(), new CompanyRegister.CompanyEdit(
                    1, null, null, null, null, null, null, null, original.version())));
            ValidationFailedException invalid = assertThrows(ValidationFailedException.class, () -> companies.update("beltim",
                    original.id(), new CompanyRegister.CompanyEdit(10, false, "01/PP", true, null, null, 20, null, changed.version())));
            assertEquals(List.of("bpjsParticipants", "ppPkbNumber"), invalid.getErrors().stream().map(ValidationFailedException.FieldError::field).toList());
        } finally {
            long current = companies.list("beltim").stream().filter(c -> c.id() == original.id()).findFirst().orElseThrow().version();
            companies.update("beltim", original.id(), new CompanyRegister.CompanyEdit(original.workers(), original.ppPkb(),
                    original.ppPkbNumber(), original.lksBipartit(), original.lksBipartitDecree(), original.wageStructure(),
                    original.bpjsParticipants(), null, current));
        }
        assertEquals(0, BigDecimal.ZERO.compareTo(evaluations.latestCompleted(beltim, 2025, "PERUSAHAAN_LAYAK")
                .orElseThrow().getMeasurement().getRealisation()));
    }

    @Inject
    private BudgetService budgets;

    @Test
    void changingAnActivityChangesTheSumsItBelongsTo() {
        BudgetView before = budgets.budget("beltim", 2025);
        BudgetView.ActivityBudget rtk = before.sasaran().get(1).programmes().get(0).activities().get(0);
        assertEquals("Penyusunan Rencana Tenaga Kerja (RTK)", rtk.name());
        try {
            budgets.changeActivity("beltim", rtk.id(), new BigDecimal("10000000"), new BigDecimal("8000000"), "uji", rtk.version());
            BudgetView after = budgets.budget("beltim", 2025);
            assertEquals(0, before.pagu().add(new BigDecimal("10000000")).compareTo(after.pagu()), "the total follows the line");
            assertEquals(0, new BigDecimal("80.00").compareTo(after.sasaran().get(1).programmes().get(0).absorption()));
            assertThrows(ConcurrentEditException.class, () -> budgets.changeActivity("beltim", rtk.id(), BigDecimal.ONE,
                    BigDecimal.ONE, null, rtk.version()));
        } finally {
            long current = budgets.budget("beltim", 2025).sasaran().get(1).programmes().get(0).activities().get(0).version();
            budgets.changeActivity("beltim", rtk.id(), rtk.pagu(), rtk.realisation(), null, current);
        }
        assertEquals(0, before.pagu().compareTo(budgets.budget("beltim", 2025).pagu()));
    }

    @Test
    void aProgrammeWithAnActivityAndSubActivitiesIsBuiltUpSummedAndRemovedAgain() {
        BudgetView before = budgets.budget("beltim", 2025);
        ValidationFailedException unknownSasaran = assertThrows(ValidationFailedException.class,
                () -> budgets.addProgramme("beltim", 2025, 90, "Program Uji", 9));
        assertEquals("sasaranNumber", unknownSasaran.getErrors().get(0).field());
        ValidationFailedException taken = assertThrows(ValidationFailedException.class,
                () -> budgets.addProgramme("beltim", 2025, 1, "Program Uji", 4));
        assertEquals("Program nomor 1 sudah ada pada anggaran 2025", taken.getErrors().get(0).message());

        BudgetView.ProgrammeBudget programme = budgets.addProgramme("beltim", 2025, 90, "Program Uji", 4);
        try {
            BudgetView.ActivityBudget activity = budgets.addActivity("beltim", 2025, 90, "Kegiatan Uji",
                    new BigDecimal("1000000"), new BigDecimal("500000"));
            ValidationFailedException over = assertThrows(ValidationFailedException.class, () -> budgets.addSubActivity("beltim",
                    activity.id(), "Sub 1", new BigDecimal("100"), new BigDecimal("200")));
            assertEquals("realisation", over.getErrors().get(0).field());
            budgets.addSubActivity("beltim", activity.id(), "Sub 1", new BigDecimal("600000"), new BigDecimal("300000"));
            BudgetView.SubActivityBudget second = budgets.addSubActivity("beltim", activity.id(), "Sub 2",
                    new BigDecimal("300000"), new BigDecimal("300000"));

            BudgetView.ActivityBudget summed = activityNamed("Kegiatan Uji");
            assertEquals(0, new BigDecimal("900000").compareTo(summed.pagu()), "the sub-kegiatan sum replaces the recorded pagu");
            assertEquals(0, new BigDecimal("1000000").compareTo(summed.recordedPagu()));
            assertEquals(0, new BigDecimal("66.67").compareTo(summed.absorption()));
            BudgetView during = budgets.budget("beltim", 2025);
            assertEquals(0, before.pagu().add(new BigDecimal("900000")).compareTo(during.pagu()));
            assertTrue(during.differences().contains("Kegiatan Kegiatan Uji: pagu tercetak Rp 1.000.000, jumlah baris rincian Rp 900.000"),
                    during.differences().toString());

            assertThrows(ConcurrentEditException.class, () -> budgets.changeSubActivity("beltim", second.id(), "Sub 2",
                    BigDecimal.ONE, BigDecimal.ONE, second.version() + 1));
            ValidationFailedException notEmpty = assertThrows(ValidationFailedException.class,
                    () -> budgets.deleteProgramme("beltim", 2025, 90, programme.version()));
            assertEquals("activities", notEmpty.getErrors().get(0).field());
            budgets.deleteActivity("beltim", summed.id(), summed.version());
        } finally {
            BudgetView.ProgrammeBudget left = budgets.budget("beltim", 2025).sasaran().stream().flatMap(s -> s.programmes().stream())
                    .filter(p -> p.number() == 90).findFirst().orElseThrow();
            left.activities().forEach(a -> budgets.deleteActivity("beltim", a.id(), a.version()));
            budgets.deleteProgramme("beltim", 2025, 90, budgets.budget("beltim", 2025).sasaran().stream()
                    .flatMap(s -> s.programmes().stream()).filter(p -> p.number() == 90).findFirst().orElseThrow().version());
        }
        assertEquals(0, before.pagu().compareTo(budgets.budget("beltim", 2025).pagu()));
        assertEquals(0L, em.createQuery("SELECT COUNT(s) FROM SubActivity s", Long.class).getSingleResult());
    }

    private BudgetView.ActivityBudget activityNamed(String name) {
        return budgets.budget("beltim", 2025).sasaran().stream().flatMap(s -> s.programmes().stream())
                .flatMap(p -> p.activities().stream()).filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Inject
    private MicroBusinessRegister microBusinesses;

    @Test
    void aMicroBusinessIsValidatedAddedCountedPerKecamatanAndRemoved() {
        MicroBusinessRegister.Summary before = microBusinesses.summary("beltim", 2025);
        assertEquals(0, before.registered(), "the seeds list no micro-business entities");
        assertEquals(0, new BigDecimal("20547").compareTo(before.reportedTotal()), "Tabel 3.17");
        ValidationFailedException invalid = assertThrows(ValidationFailedException.class, () -> microBusinesses.create("beltim",
                new MicroBusinessRegister.MicroBusinessInput(" ", null, "Manggar", "12345", "01.234.567.8-901.000", null, null, null,
                        null, null, null, new BigDecimal("-1"), null, null, null)));
        assertEquals(List.of("name", "nib", "capital"), invalid.getErrors().stream().map(ValidationFailedException.FieldError::field).toList());

        MicroBusinessRegister.MicroBusinessRecord added = microBusinesses.create("beltim", new MicroBusinessRegister.MicroBusinessInput(
                "Kerupuk Ikan Bu Ani", "Ani", "Manggar", "1234567890123", "01.234.567.8-901.000", true, true, null, false, true,
                null, new BigDecimal("25000000"), new BigDecimal("180000000"), null, null));
        try {
            assertEquals("MANGGAR", added.kecamatan());
            assertEquals("012345678901000", added.npwp());
            assertNull(added.financialRecords(), "empty stays no data");
            MicroBusinessRegister.KecamatanCount manggar = microBusinesses.summary("beltim", 2025).kecamatan().stream()
                    .filter(k -> k.kecamatan().equals("MANGGAR")).findFirst().orElseThrow();
            assertEquals(1, manggar.registered());
            assertThrows(ValidationFailedException.class, () -> microBusinesses.create("beltim", new MicroBusinessRegister.MicroBusinessInput(
                    "kerupuk ikan bu ani", null, "MANGGAR", null, null, null, null, null, null, null, null, null, null, null, null)));
            assertThrows(ConcurrentEditException.class, () -> microBusinesses.update("beltim", added.id(),
                    new MicroBusinessRegister.MicroBusinessInput("Kerupuk Ikan Bu Ani", null, "Manggar", null, null, null, null, null,
                            null, null, null, null, null, null, added.version() + 1)));
        } finally {
            microBusinesses.delete("beltim", added.id(), added.version());
        }
        assertEquals(0, microBusinesses.summary("beltim", 2025).registered());
    }

    @Inject
    private StaffScoreRegister staffScores;

    @Test
    void staffScoresAreRangeCheckedAndAveragedBesideTheReportedUnitAverages() {
        StaffScoreRegister.YearScores empty = staffScores.year("beltim", 2025);
        assertNull(empty.averageTotal());
        assertEquals(0, new BigDecimal("83.04").compareTo(empty.reportedTotal()), "sum of the Tabel 3.5 dimension averages");
        ValidationFailedException invalid = assertThrows(ValidationFailedException.class, () -> staffScores.create("beltim", 2025,
                new StaffScoreRegister.ScoreInput("1990", "A", null, new BigDecimal("26"), null, null, null, null, null)));
        assertEquals(List.of("nip", "employment", "qualification"),
                invalid.getErrors().stream().map(ValidationFailedException.FieldError::field).toList());
        StaffScoreRegister.ScoreRecord a = staffScores.create("beltim", 2025, new StaffScoreRegister.ScoreInput("198001012005011001",
                "Pegawai A", Employment.PNS, new BigDecimal("20"), new BigDecimal("30"), new BigDecimal("25"), new BigDecimal("5"), null, null));
        StaffScoreRegister.ScoreRecord b = staffScores.create("beltim", 2025, new StaffScoreRegister.ScoreInput("199002022020122002",
                "Pegawai B", Employment.PPPK, new BigDecimal("21"), new BigDecimal("35"), null, new BigDecimal("5"), null, null));
        try {
            StaffScoreRegister.YearScores year = staffScores.year("beltim", 2025);
            assertEquals(0, new BigDecimal("80.00").compareTo(year.averageTotal()), "only complete scores have a total");
            assertEquals(1, year.complete());
            assertEquals(0, new BigDecimal("32.50").compareTo(year.dimensions().get(1).average()));
            assertEquals(2, year.dimensions().get(1).measured());
            assertThrows(ConcurrentEditException.class, () -> staffScores.update("beltim", b.id(), new StaffScoreRegister.ScoreInput(
                    null, "Pegawai B", Employment.PPPK, null, null, null, null, null, b.version() + 1)));
        } finally {
            staffScores.delete("beltim", a.id(), a.version());
            staffScores.delete("beltim", b.id(), b.version());
        }
    }

    @Test
    void aCompanyIsAddedUniqueByNameAndRemovedOnlyFromItsCurrentVersion() {
        CompanyRegister.CompanyRecord added = companies.create("beltim", "PT Uji Coba", "Perdagangan",
                new CompanyRegister.CompanyEdit(12, null, null, null, null, null, null, null, 0));
        try {
            assertThrows(ValidationFailedException.class, () -> companies.create("beltim", "pt uji coba", null,
                    new CompanyRegister.CompanyEdit(null, null, null, null, null, null, null, null, 0)));
            assertTrue(companies.list("beltim").stream().anyMatch(c -> c.name().equals("PT Uji Coba")));
            assertThrows(ConcurrentEditException.class, () -> companies.delete("beltim", added.id(), added.version() + 1));
        } finally {
            companies.delete("beltim", added.id(), added.version());
        }
        assertTrue(companies.list("beltim").stream().noneMatch(c -> c.name().equals("PT Uji Coba")));
    }

    @Test
    void aPublishedFigureNeedsItsSourceAndIsCorrectedOnlyFromItsCurrentVersion() {
        PlanEditing.PublishedRow printed = editing.published("beltim", "KOPERASI_BERKUALITAS").stream()
                .filter(p -> p.year() == 2025).findFirst().orElseThrow();
        assertEquals("Cukup Baik", printed.label());
        ValidationFailedException unsourced = assertThrows(ValidationFailedException.class, () -> editing.setPublished("beltim",
                "KOPERASI_BERKUALITAS", 2023, new BigDecimal("40"), null, null, null, " ", null, null));
        assertEquals(List.of("document", "location"), unsourced.getErrors().stream().map(ValidationFailedException.FieldError::field).toList());
        assertThrows(ConcurrentEditException.class, () -> editing.setPublished("beltim", "KOPERASI_BERKUALITAS", 2025,
                printed.realisation(), printed.achievement(), "Baik", printed.document(), printed.location(), null, printed.version() + 1));
        PlanEditing.PublishedRow corrected = editing.setPublished("beltim", "KOPERASI_BERKUALITAS", 2025, printed.realisation(),
                printed.achievement(), "Baik", printed.document(), printed.location(), printed.note(), printed.version());
        try {
            IndicatorResult result = results.indicator("beltim", 2025, "KOPERASI_BERKUALITAS");
            assertEquals("Baik", result.published().label());
            assertEquals(0, new BigDecimal("3.48").compareTo(result.realisation()), "the computed figure does not follow the printed one");
        } finally {
            editing.setPublished("beltim", "KOPERASI_BERKUALITAS", 2025, printed.realisation(), printed.achievement(), printed.label(),
                    printed.document(), printed.location(), printed.note(), corrected.version());
        }
    }

    @Inject
    private IndicatorResults results;

    @Inject
    private Recomputation recomputation;

    @Test
    void aYearWideRecomputationInTheBackgroundReportsProgressAndMakesANewRunPerIndicator() throws InterruptedException {
        long runsBefore = count("EvaluationRun");
        Recomputation.Progress started = recomputation.start("beltim", 2025);
        assertEquals(6, started.total());
        Recomputation.Progress progress = started;
        for (int i = 0; i < 600 && !progress.finished(); i++) {
            Thread.sleep(100);     // waiting for the background job to finish, not measuring its speed
            progress = recomputation.progress("beltim", 2025).orElseThrow();
        }
        assertTrue(progress.finished(), "finished within a minute");
        assertNull(progress.error());
        assertEquals(6, progress.done());
        assertEquals(100, progress.percent());
        assertEquals(runsBefore + 6, count("EvaluationRun"));
        assertThrows(NotFoundException.class, () -> recomputation.start("beltim", 2030));
    }

    @Inject
    private IndicatorEditing structure;

    @Test
    void anIndicatorIsDefinedUnderANewSasaranAndRemovedWhileOneWithHistoryIsKept() {
        int tujuanBefore = planning.renstra("beltim").get(0).tujuan().size();
        structure.addTujuan("beltim", 2025, "Tujuan Uji");
        structure.addSasaran("beltim", 2025, tujuanBefore + 1, "Sasaran Uji");
        PlanningViews.TujuanView tujuan = planning.renstra("beltim").get(0).tujuan().get(tujuanBefore);
        PlanningViews.SasaranView sasaran = tujuan.sasaran().get(0);
        assertEquals(6, sasaran.number(), "sasaran are numbered across the Renstra");
        ValidationFailedException invalid = assertThrows(ValidationFailedException.class, () -> structure.create("beltim", 2025,
                new IndicatorEditing.Definition("uji ku", " ", "%", null, null, null, null, 2025, null, 9, null)));
        assertEquals(List.of("code", "name", "polarity", "baselineValue", "baselineYear", "sasaranNumber"),
                invalid.getErrors().stream().map(ValidationFailedException.FieldError::field).toList());
        IndicatorEditing.DefinedIndicator created = structure.create("beltim", 2025, new IndicatorEditing.Definition("uji_indikator",
                "Indikator Uji", "%", Polarity.LOWER_IS_BETTER, "a ÷ b × 100", "Uji", null, 2024, BigDecimal.TEN, 6, null));
        assertEquals("UJI_INDIKATOR", created.code());
        assertEquals("ENTERED", created.source());
        ValidationFailedException measured = assertThrows(ValidationFailedException.class,
                () -> structure.deleteSasaran("beltim", 2025, 6, sasaran.version()));
        assertEquals("indicators", measured.getErrors().get(0).field());
        assertThrows(ConcurrentEditException.class, () -> structure.delete("beltim", "UJI_INDIKATOR", created.version() + 1));
        structure.delete("beltim", "UJI_INDIKATOR", created.version());
        ValidationFailedException history = assertThrows(ValidationFailedException.class, () -> structure.delete("beltim",
                "KOPERASI_BERKUALITAS", structure.indicators("beltim", 2025).get(4).version()));
        assertTrue(history.getErrors().get(0).message().contains("penilaian tersimpan"), history.getErrors().get(0).message());
        assertThrows(ValidationFailedException.class, () -> structure.deleteTujuan("beltim", 2025, tujuan.number(), tujuan.version()));
        structure.deleteSasaran("beltim", 2025, 6, sasaran.version());
        structure.deleteTujuan("beltim", 2025, tujuan.number(), planning.renstra("beltim").get(0).tujuan().get(tujuanBefore).version());
        assertEquals(tujuanBefore, planning.renstra("beltim").get(0).tujuan().size());
        assertEquals(6, structure.indicators("beltim", 2025).size());
    }

    @Test
    void aNewYearsIkuStartsFromTheRenstraInForceAndOnlyTheLatestRevisionIsDeleted() {
        assertThrows(ValidationFailedException.class, () -> documents.create("beltim", 2025, DocumentKind.IKU, null, "x",
                LocalDate.of(2025, 1, 2)));
        ValidationFailedException undated = assertThrows(ValidationFailedException.class, () -> documents.create("beltim", 2027,
                DocumentKind.IKU, null, null, LocalDate.of(2020, 1, 1)));
        assertEquals(List.of("date", "number"), undated.getErrors().stream().map(ValidationFailedException.FieldError::field).toList());
        documents.create("beltim", 2027, DocumentKind.IKU, null, "188.4/01/2027", LocalDate.of(2027, 1, 4));
        try {
            List<DocumentEditing.LineRow> lines = documents.lines("beltim", 2027, DocumentKind.IKU, 0);
            assertEquals(List.of("SAKIP_PD", "IP_ASN", "PRODUKTIVITAS_TK", "PERUSAHAAN_LAYAK", "KOPERASI_BERKUALITAS", "UM_WIRAUSAHA"),
                    lines.stream().map(DocumentEditing.LineRow::indicator).toList(), "the Renstra 2025-2029 indicators, not 2021-2026");
            assertEquals(0, new BigDecimal("73.17").compareTo(lines.get(4).annual()), "the Renstra target of 2027");
            assertThrows(ValidationFailedException.class, () -> documents.addLine("beltim", 2027, DocumentKind.IKU, 0, "IP_ASN", null));
            DocumentEditing.LineRow added = documents.addLine("beltim", 2027, DocumentKind.IKU, 0, "KOPERASI_AKTIF_PERSEN", BigDecimal.ONE);
            assertEquals(7, added.order());
            documents.removeLine("beltim", 2027, DocumentKind.IKU, 0, added.order(), added.version());
            assertEquals(6, documents.lines("beltim", 2027, DocumentKind.IKU, 0).size());
            assertEquals(1, documents.revise("beltim", 2027, DocumentKind.IKU, LocalDate.of(2027, 6, 1), "188.4/02/2027", "uji"));
            assertThrows(ValidationFailedException.class, () -> documents.deleteLatest("beltim", 2027, DocumentKind.IKU, 0),
                    "an earlier revision stays once a later one exists");
            documents.deleteLatest("beltim", 2027, DocumentKind.IKU, 1);
        } finally {
            documents.deleteLatest("beltim", 2027, DocumentKind.IKU, 0);
        }
        assertThrows(NotFoundException.class, () -> documents.lines("beltim", 2027, DocumentKind.IKU, 0));
    }

    @Test
    void aFourthQuarterOfPdrbEndsTheProvisionalFlagAndRemovingItBringsItBack() {
        assertTrue(results.indicator("beltim", 2025, "PRODUKTIVITAS_TK").provisional());
        ValidationFailedException unsourced = assertThrows(ValidationFailedException.class, () -> editing.addFigure("beltim",
                "PDRB_ADHK", 2025, "Triwulan IV", new BigDecimal("1600"), "miliar rupiah", false, null, null, null));
        assertEquals("location", unsourced.getErrors().get(0).field());
        PlanEditing.FigureRow added = editing.addFigure("beltim", "pdrb_adhk", 2025, "Triwulan IV", new BigDecimal("1600"),
                "miliar rupiah", false, "BPS Belitung Timur", "Berita Resmi Statistik", null);
        try {
            assertTrue(!results.indicator("beltim", 2025, "PRODUKTIVITAS_TK").provisional(), "four quarters: no longer provisional");
            assertThrows(ValidationFailedException.class, () -> editing.addFigure("beltim", "PDRB_ADHK", 2025, "Triwulan IV",
                    BigDecimal.ONE, null, false, "x", "y", null), "the same part twice");
        } finally {
            editing.deleteFigure("beltim", added.id(), added.version());
        }
        assertTrue(results.indicator("beltim", 2025, "PRODUKTIVITAS_TK").provisional());
        assertEquals(0, new BigDecimal("67.98").compareTo(results.indicator("beltim", 2025, "PRODUKTIVITAS_TK").realisation()));
    }

    @Inject
    private AgencyEditing agencies;

    @Test
    void anAgencyIsAddedWithAKnownScaleAndDescribedFromItsCurrentVersion() {
        ValidationFailedException invalid = assertThrows(ValidationFailedException.class,
                () -> agencies.create("Bel Tim", "", null, null, "skala-predikat-sakip"));
        assertEquals(List.of("code", "name", "level", "scaleRuleSet"),
                invalid.getErrors().stream().map(ValidationFailedException.FieldError::field).toList());
        assertThrows(ValidationFailedException.class, () -> agencies.create("beltim", "Dinas", GovernmentLevel.KABUPATEN, null,
                "skala-capaian-beltim"), "the code is taken");
        AgencyEditing.AgencyRecord added = agencies.create("Uji-1", "Dinas Uji", GovernmentLevel.KOTA, "Provinsi Uji",
                "skala-capaian-beltim");
        assertEquals("uji-1", added.code());
        assertThrows(ConcurrentEditException.class, () -> agencies.update("uji-1", "Dinas Uji Baru", GovernmentLevel.KOTA, null,
                "skala-capaian-beltim", added.version() + 1));
        assertEquals("Dinas Uji Baru", agencies.update("uji-1", "Dinas Uji Baru", GovernmentLevel.KOTA, null, "skala-capaian-beltim",
                added.version()).name());
        assertTrue(results.years("uji-1").isEmpty(), "a new agency has no figures yet");
    }

    @Inject
    private RenstraEditing renstra;

    @Inject
    private PlanningService planning;

    @Test
    void theRenstraTextIsEditedFromItsCurrentVersion() {
        PlanningViews.SasaranView sasaran = planning.renstra("beltim").get(0).tujuan().get(0).sasaran().get(3);
        try {
            renstra.describeSasaran("beltim", 2025, 4, sasaran.name(), "Peningkatan pengawasan koperasi", String.join("\n", sasaran.policy()),
                    sasaran.version());
            assertEquals(List.of("Peningkatan pengawasan koperasi"), planning.renstra("beltim").get(0).tujuan().get(0).sasaran().get(3).strategy());
            assertThrows(ConcurrentEditException.class, () -> renstra.describeSasaran("beltim", 2025, 4, "x", null, null, sasaran.version()));
        } finally {
            long current = planning.renstra("beltim").get(0).tujuan().get(0).sasaran().get(3).version();
            renstra.describeSasaran("beltim", 2025, 4, sasaran.name(), String.join("\n", sasaran.strategy()),
                    String.join("\n", sasaran.policy()), current);
        }
        assertEquals(sasaran.strategy(), planning.renstra("beltim").get(0).tujuan().get(0).sasaran().get(3).strategy());
    }

    private long count(String entity) {
        return em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult();
    }

    /** How many of {@code entity} the beltim agency has (other tests add agencies of their own, e.g. ImportApiIT). */
    private long countOfBeltim(String entity, String agencyPath) {
        return em.createQuery("SELECT COUNT(e) FROM " + entity + " e WHERE e." + agencyPath + ".code = 'beltim'", Long.class)
                .getSingleResult();
    }
}
