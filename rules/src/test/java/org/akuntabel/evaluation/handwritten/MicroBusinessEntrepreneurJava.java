package org.akuntabel.evaluation.handwritten;

import org.akuntabel.evaluation.Finding;
import org.akuntabel.evaluation.Outcome;
import org.akuntabel.registers.microbusiness.MicroBusinessFacts;

import java.util.List;

/** {@code wirausaha-usaha-mikro} by hand: the seven entrepreneur criteria of LKjIP 2025 Sasaran 5. */
public final class MicroBusinessEntrepreneurJava implements HandWrittenCriteria<MicroBusinessFacts> {

    @Override
    public String ruleSet() {
        return "wirausaha-usaha-mikro";
    }

    @Override
    public List<Finding> judge(MicroBusinessFacts u) {
        return List.of(
                yesNo(u, u.getFixedCommodity(), "KOMODITAS_TETAP",
                        "terpenuhi: jenis barang/komoditi usaha tetap", "Jenis barang/komoditi usaha tetap",
                        "tidak terpenuhi: jenis barang/komoditi usaha belum tetap", "Jenis barang/komoditi usaha belum tetap",
                        "tidak ada data: tetap-tidaknya jenis barang/komoditi usaha tidak tercatat di register",
                        "Tetap-tidaknya jenis barang/komoditi usaha tidak tercatat di register"),
                yesNo(u, u.getFixedPlace(), "TEMPAT_USAHA_TETAP",
                        "terpenuhi: memiliki tempat usaha yang tetap", "Memiliki tempat usaha yang tetap",
                        "tidak terpenuhi: belum memiliki tempat usaha yang tetap", "Belum memiliki tempat usaha yang tetap",
                        "tidak ada data: tempat usaha tidak tercatat di register", "Tempat usaha tidak tercatat di register"),
                yesNo(u, u.getFinancialRecords(), "ADMINISTRASI_KEUANGAN",
                        "terpenuhi: sudah memiliki administrasi keuangan", "Sudah memiliki administrasi keuangan",
                        "tidak terpenuhi: belum memiliki administrasi keuangan", "Belum memiliki administrasi keuangan",
                        "tidak ada data: administrasi keuangan tidak tercatat di register",
                        "Administrasi keuangan tidak tercatat di register"),
                yesNo(u, u.getSeparatedFinances(), "KEUANGAN_TERPISAH",
                        "terpenuhi: keuangan keluarga dan keuangan usaha sudah dipisahkan",
                        "Keuangan keluarga dan keuangan usaha sudah dipisahkan",
                        "tidak terpenuhi: keuangan keluarga dan keuangan usaha belum dipisahkan",
                        "Keuangan keluarga dan keuangan usaha belum dipisahkan",
                        "tidak ada data: pemisahan keuangan keluarga dan usaha tidak tercatat di register",
                        "Pemisahan keuangan keluarga dan usaha tidak tercatat di register"),
                yesNo(u, u.getEntrepreneurshipTraining(), "PELATIHAN_KEWIRAUSAHAAN",
                        "terpenuhi: pengusaha sudah mendapat pelatihan jiwa wirausaha",
                        "Pengusaha sudah mendapat pelatihan jiwa wirausaha",
                        "tidak terpenuhi: pengusaha belum mendapat pelatihan jiwa wirausaha",
                        "Pengusaha belum mendapat pelatihan jiwa wirausaha",
                        "tidak ada data: pelatihan jiwa wirausaha tidak tercatat di register",
                        "Pelatihan jiwa wirausaha tidak tercatat di register"),
                yesNo(u, u.getFinanceAccess(), "AKSES_LEMBAGA_KEUANGAN",
                        "terpenuhi: sudah memiliki akses ke lembaga keuangan", "Sudah memiliki akses ke lembaga keuangan",
                        "tidak terpenuhi: belum memiliki akses ke lembaga keuangan", "Belum memiliki akses ke lembaga keuangan",
                        "tidak ada data: akses ke lembaga keuangan tidak tercatat di register",
                        "Akses ke lembaga keuangan tidak tercatat di register"),
                legality(u));
    }

    private Finding yesNo(MicroBusinessFacts u, Boolean value, String criterion, String metRule, String metEvidence,
                          String notMetRule, String notMetEvidence, String noDataRule, String noDataEvidence) {
        if (value == null) {
            return finding(u, criterion + " " + noDataRule, criterion, Outcome.NO_DATA, noDataEvidence);
        }
        return value
                ? finding(u, criterion + " " + metRule, criterion, Outcome.MET, metEvidence)
                : finding(u, criterion + " " + notMetRule, criterion, Outcome.NOT_MET, notMetEvidence);
    }

    private Finding legality(MicroBusinessFacts u) {
        if (u.getLegality() == null) {
            return finding(u, "LEGALITAS_USAHA tidak ada data: NIB dan NPWP tidak tercatat", "LEGALITAS_USAHA", Outcome.NO_DATA,
                    "NIB dan NPWP tidak tercatat di register");
        }
        if (u.getLegality()) {
            return finding(u, "LEGALITAS_USAHA terpenuhi: NIB atau NPWP tercatat", "LEGALITAS_USAHA", Outcome.MET,
                    "Legalitas usaha: NIB {0}, NPWP {1}", u.getNib(), u.getNpwp());
        }
        return finding(u, "LEGALITAS_USAHA tidak terpenuhi: dinyatakan tidak memiliki NIB maupun NPWP", "LEGALITAS_USAHA",
                Outcome.NOT_MET, "Tidak memiliki NIB maupun legalitas lain seperti NPWP");
    }
}
