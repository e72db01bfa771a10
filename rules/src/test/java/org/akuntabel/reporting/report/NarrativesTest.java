package org.akuntabel.reporting.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Narratives keep paragraphs, emphasis and lists; anything else is reduced to its text. */
class NarrativesTest {

    @Test
    void safeMarkupIsKeptAsWritten() {
        String text = "<p>Capaian <strong>4,85 %</strong> jauh di bawah target.</p><ul><li>RAT</li><li>volume usaha</li></ul>";
        assertEquals(text, Narratives.clean(text));
    }

    @Test
    void scriptsHandlersAndLinksAreRemoved() {
        assertEquals("<p>Analisis</p>", Narratives.clean("<p onclick=\"alert(1)\">Analisis</p><script>alert('x')</script>"));
        assertEquals("<p>gambar  dan tautan</p>", Narratives.clean("<p>gambar <img src=x onerror=alert(1)> dan <a href=\"javascript:x\">tautan</a></p>"));
    }

    @Test
    void emptyTextIsEmpty() {
        assertEquals("", Narratives.clean("   "));
        assertEquals("", Narratives.clean(null));
    }
}
