package org.akuntabel.planning;

import org.akuntabel.access.Allowed;
import org.akuntabel.access.Guarded;
import org.akuntabel.access.Role;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agencies;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.registers.ConcurrentEditException;
import org.akuntabel.registers.ValidationFailedException;

import java.util.List;

/**
 * Changes to the text of a Renstra: its title, vision and missions, a tujuan's name, a sasaran's name,
 * strategy and policy. Names are required; every change names the version it read.
 */
@Stateless
@Guarded
public class RenstraEditing {

    /** The editable text of a Renstra and its elements, with versions, addressed by numbers. */
    public record RenstraText(int startYear, String title, String vision, String missions, long version) {
    }

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Allowed(Role.OPERATOR)
    public RenstraText describe(String agencyCode, int startYear, String title, String vision, String missions, long version) {
        RenstraPeriod period = period(agencyCode, startYear);
        require("title", title, "Judul Renstra wajib diisi");
        if (period.getVersion() != version) {
            throw new ConcurrentEditException("Renstra " + period.getStartYear() + "–" + period.getEndYear());
        }
        period.describe(title.trim(), blankToNull(vision), blankToNull(missions));
        em.flush();
        return new RenstraText(period.getStartYear(), period.getTitle(), period.getVision(), String.join("\n", period.getMissions()),
                period.getVersion());
    }

    @Allowed(Role.OPERATOR)
    public void renameTujuan(String agencyCode, int startYear, int number, String name, long version) {
        Tujuan tujuan = period(agencyCode, startYear).getTujuan().stream().filter(t -> t.getNumber() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Tujuan " + number + " tidak ada pada Renstra " + startYear));
        require("name", name, "Nama tujuan wajib diisi");
        if (tujuan.getVersion() != version) {
            throw new ConcurrentEditException("Tujuan " + number);
        }
        tujuan.rename(name.trim());
        em.flush();
    }

    @Allowed(Role.OPERATOR)
    public void describeSasaran(String agencyCode, int startYear, int number, String name, String strategy, String policy,
                                long version) {
        Sasaran sasaran = period(agencyCode, startYear).getTujuan().stream().flatMap(t -> t.getSasaran().stream())
                .filter(s -> s.getNumber() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Sasaran " + number + " tidak ada pada Renstra " + startYear));
        require("name", name, "Nama sasaran wajib diisi");
        if (sasaran.getVersion() != version) {
            throw new ConcurrentEditException("Sasaran " + number);
        }
        sasaran.describe(name.trim(), blankToNull(strategy), blankToNull(policy));
        em.flush();
    }

    private static void require(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            throw new ValidationFailedException(List.of(new ValidationFailedException.FieldError(field, message)));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private RenstraPeriod period(String agencyCode, int startYear) {
        return em.createNamedQuery("RenstraPeriod.find", RenstraPeriod.class).setParameter("agency", Agencies.byCode(em, agencyCode))
                .setParameter("startYear", startYear).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Renstra mulai " + startYear + " tidak ada untuk instansi " + agencyCode));
    }
}
