package org.akuntabel.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The page language of a session: Bahasa Indonesia by default, English on request. */
@Named("language")
@SessionScoped
public class Language implements Serializable {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private Locale locale = INDONESIAN;

    public Locale getLocale() {
        return locale;
    }

    /** Switches between Bahasa Indonesia and English and stays on the same page. */
    public void toggle() {
        locale = INDONESIAN.equals(locale) ? Locale.ENGLISH : INDONESIAN;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
