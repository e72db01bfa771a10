package org.akuntabel.evaluation.handwritten;

import org.akuntabel.evaluation.Finding;
import org.akuntabel.evaluation.Outcome;
import org.akuntabel.registers.cooperative.CooperativeFacts;

import java.math.BigDecimal;
import java.util.List;

/** {@code koperasi-berkualitas} by hand: RAT in the reporting year, business volume up, assets up. */
public final class CooperativeQualityJava implements HandWrittenCriteria<CooperativeFacts> {

    @Override
    public String ruleSet() {
        return "koperasi-berkualitas";
    }

    @Override
    public List<Finding> judge(CooperativeFacts k) {
        return List.of(rat(k), volume(k), assets(k));
    }

    private Finding rat(CooperativeFacts k) {
        if (k.getRatDate() == null) {
            return finding(k, "RAT_TAHUN_BERJALAN tidak ada data: tanggal RAT tidak tercatat", "RAT_TAHUN_BERJALAN",
                    Outcome.NO_DATA, "Tanggal RAT tahun {0} tidak tercatat di register", k.getReportingYear());
        }
        if (k.getRatYear() == k.getReportingYear()) {
            return finding(k, "RAT_TAHUN_BERJALAN terpenuhi: RAT diselenggarakan pada tahun pelaporan", "RAT_TAHUN_BERJALAN",
                    Outcome.MET, "RAT tahun {0} diselenggarakan {1}", k.getReportingYear(), k.getRatDate());
        }
        return finding(k, "RAT_TAHUN_BERJALAN tidak terpenuhi: tanggal RAT di luar tahun pelaporan", "RAT_TAHUN_BERJALAN",
                Outcome.NOT_MET, "RAT tercatat {0}, tidak pada tahun {1}", k.getRatDate(), k.getReportingYear());
    }

    private Finding volume(CooperativeFacts k) {
        return growth(k, "VOLUME_USAHA_NAIK", "Volume usaha", "volume usaha", k.getPreviousBusinessVolume(), k.getBusinessVolume());
    }

    private Finding assets(CooperativeFacts k) {
        return growth(k, "ASET_NAIK", "Aset", "aset", k.getPreviousAssets(), k.getAssets());
    }

    private Finding growth(CooperativeFacts k, String criterion, String label, String lower, BigDecimal before, BigDecimal now) {
        if (before == null || now == null) {
            return finding(k, criterion + " tidak ada data: " + lower + " salah satu tahun kosong", criterion, Outcome.NO_DATA,
                    label + " {0} → {1}: {2,rupiah} → {3,rupiah} (data tidak lengkap)",
                    k.getPreviousYear(), k.getReportingYear(), before, now);
        }
        if (now.compareTo(before) > 0) {
            return finding(k, criterion + " terpenuhi: " + lower + " naik", criterion, Outcome.MET,
                    label + " {0} → {1}: {2,rupiah} → {3,rupiah} (naik)", k.getPreviousYear(), k.getReportingYear(), before, now);
        }
        return finding(k, criterion + " tidak terpenuhi: " + lower + " tetap atau turun", criterion, Outcome.NOT_MET,
                label + " {0} → {1}: {2,rupiah} → {3,rupiah} (tidak naik)", k.getPreviousYear(), k.getReportingYear(), before, now);
    }
}
