package org.akuntabel.evaluation.policy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShippedRuleSetsTest {

    @Test
    void theIndexNamesEveryRuleFolderAndNothingElse() throws IOException {
        List<String> folders;
        try (Stream<Path> entries = Files.list(Path.of("src/main/resources/rulesets"))) {
            folders = entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(folders, ShippedRuleSets.names(getClass().getClassLoader()).stream().sorted().toList());
    }
}
