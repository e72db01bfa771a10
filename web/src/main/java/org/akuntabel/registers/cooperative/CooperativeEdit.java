package org.akuntabel.registers.cooperative;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.registers.ConcurrentEditException;
import org.akuntabel.registers.ValidationFailedException;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ResourceBundle;

/**
 * Changing one year of a cooperative's register data ("Ubah data koperasi"). The form remembers the
 * version it was loaded from; a save after someone else's change is refused with a clear message.
 */
@Named("ubahKoperasi")
@ViewScoped
public class CooperativeEdit extends AgencyYearPage {

    @Inject
    private CooperativeRegister register;

    private long id;
    private String indicator;
    private String name;
    private LocalDate ratDate;
    private BigDecimal businessVolume;
    private BigDecimal assets;
    private String note;
    private long version;
    private boolean saved;

    public void load() {
        Pages.load(() -> {
            CooperativeRegister.CooperativeRecord cooperative = register.cooperative(getAgency(), id);
            CooperativeRegister.YearRecord record = cooperative.years().stream().filter(y -> y.year() == getYear()).findFirst()
                    .orElseThrow(() -> new NotFoundException("Koperasi " + id + " tidak punya catatan tahun " + getYear()));
            name = cooperative.name();
            ratDate = record.ratDate();
            businessVolume = record.businessVolume();
            assets = record.assets();
            version = record.version();
        });
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        try {
            CooperativeRegister.CooperativeRecord updated = register.updateYear(getAgency(), id, getYear(),
                    new CooperativeRegister.YearEdit(ratDate, businessVolume, assets, note, version));
            version = updated.years().stream().filter(y -> y.year() == getYear()).findFirst().orElseThrow().version();
            saved = true;
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, bundle.getString("edit.saved"), null));
        } catch (ValidationFailedException invalid) {
            invalid.getErrors().forEach(error -> context.addMessage("edit:" + error.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null)));
        } catch (ConcurrentEditException conflict) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, conflict.getMessage(), null));
        }
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getName() {
        return name;
    }

    public LocalDate getRatDate() {
        return ratDate;
    }

    public void setRatDate(LocalDate ratDate) {
        this.ratDate = ratDate;
    }

    public BigDecimal getBusinessVolume() {
        return businessVolume;
    }

    public void setBusinessVolume(BigDecimal businessVolume) {
        this.businessVolume = businessVolume;
    }

    public BigDecimal getAssets() {
        return assets;
    }

    public void setAssets(BigDecimal assets) {
        this.assets = assets;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public boolean isSaved() {
        return saved;
    }
}
