package org.akuntabel.evaluation.handwritten;

import org.akuntabel.evaluation.Finding;
import org.akuntabel.evaluation.Outcome;
import org.akuntabel.evaluation.Parameter;
import org.akuntabel.registers.company.CompanyFacts;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code perusahaan-layak} by hand: PP/PKB and LKS Bipartit (each met as well when the company is below the threshold of
 * workers that makes it compulsory), wage structure, BPJS Ketenagakerjaan. The thresholds are the rule set's parameters in
 * force for the reporting year, given to the constructor.
 */
public final class CompanyComplianceJava implements HandWrittenCriteria<CompanyFacts> {

    private final Parameter ppThreshold;
    private final Parameter lksThreshold;

    public CompanyComplianceJava(List<Parameter> parameters) {
        this.ppThreshold = parameter(parameters, "AMBANG_PP_PEKERJA");
        this.lksThreshold = parameter(parameters, "AMBANG_LKS_BIPARTIT_PEKERJA");
    }

    private static Parameter parameter(List<Parameter> parameters, String code) {
        return parameters.stream().filter(p -> p.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parameter " + code));
    }

    @Override
    public String ruleSet() {
        return "perusahaan-layak";
    }

    @Override
    public List<Finding> judge(CompanyFacts p) {
        return List.of(ppPkb(p), lks(p), wageStructure(p), bpjs(p));
    }

    private static boolean below(Integer workers, Parameter threshold) {
        return workers != null && BigDecimal.valueOf(workers).compareTo(threshold.getValue()) < 0;
    }

    private Finding ppPkb(CompanyFacts p) {
        BigDecimal ambang = ppThreshold.getValue();
        if (Boolean.TRUE.equals(p.getPpPkb())) {
            return finding(p, "PP_PKB terpenuhi: PP atau PKB tercatat", "PP_PKB", Outcome.MET, "PP/PKB tercatat, nomor {0}",
                    p.getPpPkbNumber());
        }
        if (below(p.getWorkers(), ppThreshold)) {
            return finding(p, "PP_PKB terpenuhi: tidak wajib karena pekerja di bawah ambang", "PP_PKB", Outcome.MET,
                    "Tidak wajib membuat PP: {0} pekerja, kurang dari {1} orang ({2})", p.getWorkers(), ambang, ppThreshold.getSource());
        }
        if (p.getPpPkb() == null) {
            return finding(p, "PP_PKB tidak ada data: PP/PKB tidak tercatat di register", "PP_PKB", Outcome.NO_DATA,
                    "PP/PKB tidak tercatat di register ({0} pekerja; wajib mulai {1} orang)", p.getWorkers(), ambang);
        }
        if (p.getWorkers() == null) {
            return finding(p, "PP_PKB tidak ada data: tanpa PP/PKB, jumlah pekerja tidak tercatat", "PP_PKB", Outcome.NO_DATA,
                    "Tidak memiliki PP maupun PKB, tetapi jumlah pekerja tidak tercatat sehingga kewajibannya tidak dapat ditentukan");
        }
        return finding(p, "PP_PKB tidak terpenuhi: wajib tetapi tidak memiliki PP maupun PKB", "PP_PKB", Outcome.NOT_MET,
                "Tidak memiliki Peraturan Perusahaan maupun PKB, padahal mempekerjakan {0} orang (wajib mulai {1} orang, {2})",
                p.getWorkers(), ambang, ppThreshold.getSource());
    }

    private Finding lks(CompanyFacts p) {
        BigDecimal ambang = lksThreshold.getValue();
        if (Boolean.TRUE.equals(p.getLksBipartit())) {
            return finding(p, "LKS_BIPARTIT terpenuhi: LKS Bipartit tercatat", "LKS_BIPARTIT", Outcome.MET,
                    "LKS Bipartit tercatat, keputusan {0}", p.getLksBipartitDecree());
        }
        if (below(p.getWorkers(), lksThreshold)) {
            return finding(p, "LKS_BIPARTIT terpenuhi: tidak wajib karena pekerja di bawah ambang", "LKS_BIPARTIT", Outcome.MET,
                    "Tidak wajib membentuk LKS Bipartit: {0} pekerja, kurang dari {1} orang ({2})", p.getWorkers(), ambang,
                    lksThreshold.getSource());
        }
        if (p.getLksBipartit() == null) {
            return finding(p, "LKS_BIPARTIT tidak ada data: LKS Bipartit tidak tercatat di register", "LKS_BIPARTIT", Outcome.NO_DATA,
                    "LKS Bipartit tidak tercatat di register ({0} pekerja; wajib mulai {1} orang)", p.getWorkers(), ambang);
        }
        if (p.getWorkers() == null) {
            return finding(p, "LKS_BIPARTIT tidak ada data: tanpa LKS Bipartit, jumlah pekerja tidak tercatat", "LKS_BIPARTIT",
                    Outcome.NO_DATA,
                    "Tidak memiliki LKS Bipartit, tetapi jumlah pekerja tidak tercatat sehingga kewajibannya tidak dapat ditentukan");
        }
        return finding(p, "LKS_BIPARTIT tidak terpenuhi: wajib tetapi tidak memiliki LKS Bipartit", "LKS_BIPARTIT", Outcome.NOT_MET,
                "Tidak memiliki LKS Bipartit, padahal mempekerjakan {0} orang (wajib mulai {1} orang, {2})", p.getWorkers(), ambang,
                lksThreshold.getSource());
    }

    private Finding wageStructure(CompanyFacts p) {
        if (p.getWageStructure() == null) {
            return finding(p, "STRUKTUR_SKALA_UPAH tidak ada data: register tidak mencatat struktur dan skala upah",
                    "STRUKTUR_SKALA_UPAH", Outcome.NO_DATA, "Struktur dan skala upah tidak tercatat di register");
        }
        if (p.getWageStructure()) {
            return finding(p, "STRUKTUR_SKALA_UPAH terpenuhi: struktur dan skala upah ada", "STRUKTUR_SKALA_UPAH", Outcome.MET,
                    "Struktur dan skala upah tercatat ada");
        }
        return finding(p, "STRUKTUR_SKALA_UPAH tidak terpenuhi: struktur dan skala upah tidak ada", "STRUKTUR_SKALA_UPAH",
                Outcome.NOT_MET, "Struktur dan skala upah tercatat tidak ada");
    }

    private Finding bpjs(CompanyFacts p) {
        if (p.getBpjsParticipants() == null) {
            return finding(p, "BPJS_KETENAGAKERJAAN tidak ada data: kepesertaan tidak tercatat", "BPJS_KETENAGAKERJAAN",
                    Outcome.NO_DATA, "Kepesertaan BPJS Ketenagakerjaan tidak tercatat di register");
        }
        if (p.getBpjsParticipants() > 0) {
            return finding(p, "BPJS_KETENAGAKERJAAN terpenuhi: ada pekerja terdaftar", "BPJS_KETENAGAKERJAAN", Outcome.MET,
                    "Peserta BPJS Ketenagakerjaan: {0} dari {1} pekerja", p.getBpjsParticipants(), p.getWorkers());
        }
        return finding(p, "BPJS_KETENAGAKERJAAN tidak terpenuhi: tidak ada pekerja terdaftar", "BPJS_KETENAGAKERJAAN",
                Outcome.NOT_MET, "Tidak ada peserta BPJS Ketenagakerjaan dari {0} pekerja", p.getWorkers());
    }
}
