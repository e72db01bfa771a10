package org.akuntabel.reporting.report;

import org.akuntabel.reporting.report.Block.ListItem;
import org.akuntabel.reporting.report.Block.Paragraph;
import org.akuntabel.reporting.report.Block.Run;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NarrativeMarkupTest {

    @Test
    void paragraphsWithEmphasisAndLineBreaks() {
        List<Block> blocks = NarrativeMarkup.parse("<p>Capaian <strong>baik</strong> dan <em>tepat</em> waktu.</p>"
                + "<p>Baris satu<br>baris  dua</p>");
        assertEquals(2, blocks.size());
        Paragraph first = assertInstanceOf(Paragraph.class, blocks.get(0));
        assertEquals(List.of(Run.plain("Capaian "), Run.bold("baik"), Run.plain(" dan "), new Run("tepat", false, true),
                Run.plain(" waktu.")), first.runs());
        Paragraph second = assertInstanceOf(Paragraph.class, blocks.get(1));
        assertEquals(List.of(Run.plain("Baris satu"), Run.BREAK, Run.plain("baris dua")), second.runs());
    }

    @Test
    void boldAndItalicAliasesNest() {
        Paragraph p = assertInstanceOf(Paragraph.class, NarrativeMarkup.parse("<b>a <i>b</i></b>").get(0));
        assertEquals(List.of(Run.bold("a "), new Run("b", true, true)), p.runs());
    }

    @Test
    void listsAreNumberedAndNested() {
        List<Block> blocks = NarrativeMarkup.parse("<ol><li>satu</li><li>dua<ul><li>dua a</li></ul></li></ol><p>akhir</p>");
        assertEquals(4, blocks.size());
        assertEquals(new ListItem(0, "1.", List.of(Run.plain("satu"))), blocks.get(0));
        assertEquals(new ListItem(0, "2.", List.of(Run.plain("dua"))), blocks.get(1));
        assertEquals(new ListItem(1, "•", List.of(Run.plain("dua a"))), blocks.get(2));
        assertEquals("akhir", assertInstanceOf(Paragraph.class, blocks.get(3)).text());
    }

    @Test
    void scriptsAndImagesLeaveOnlyTheirText() {
        List<Block> blocks = NarrativeMarkup.parse("<p>Teks aman<script>alert('x')</script></p>"
                + "<img src=x onerror=\"alert(1)\"><p onclick=\"steal()\">lanjut</p><style>p{}</style>");
        String text = text(blocks);
        assertEquals("Teks aman|lanjut", text);
        assertFalse(text.contains("alert"));
    }

    @Test
    void unknownTagsRenderTheirText() {
        List<Block> blocks = NarrativeMarkup.parse("<div>Bagian <span style=\"color:red\">merah</span> <a href=\"https://"
                + "contoh.invalid\">tautan</a></div><h1>Judul</h1><table><tr><td>sel</td></tr></table>");
        assertEquals("Bagian merah tautan|Judul|sel", text(blocks));
    }

    @Test
    void emptyMarkupHasNoBlocks() {
        assertTrue(NarrativeMarkup.parse(null).isEmpty());
        assertTrue(NarrativeMarkup.parse("   ").isEmpty());
        assertTrue(NarrativeMarkup.parse("<p> </p><p><br></p>").isEmpty());
    }

    @Test
    void plainTextIsOneParagraph() {
        assertEquals("Hanya teks, tanpa markah & simbol < 5.", text(NarrativeMarkup.parse(
                "Hanya teks, tanpa markah &amp; simbol &lt; 5.")));
    }

    private static String text(List<Block> blocks) {
        return blocks.stream().map(b -> b instanceof Paragraph p ? p.text()
                : ((ListItem) b).runs().stream().map(Run::text).collect(Collectors.joining())).collect(Collectors.joining("|"));
    }
}
