package dev.clearance.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SourceLinesTest {

    private static final String DRL = "package packs.fed;\n\nrule \"FED-WAR\"\nwhen\nthen\nend\n";

    @Test
    void theFirstCharacterIsOnLineOne() {
        assertThat(new SourceLines(DRL).lineAt(0)).isEqualTo(1);
    }

    @Test
    void aCharacterJustAfterALineBreakIsOnTheNextLine() {
        assertThat(new SourceLines(DRL).lineAt(DRL.indexOf("rule"))).isEqualTo(3);
    }

    @Test
    void theLineBreakItselfBelongsToTheLineItEnds() {
        assertThat(new SourceLines(DRL).lineAt(DRL.indexOf('\n'))).isEqualTo(1);
    }

    @Test
    void anOffsetPastTheEndIsOnTheLastLine() {
        assertThat(new SourceLines("a\nb").lineAt(99)).isEqualTo(2);
    }

    @Test
    void aCsvRecordAfterBlankLinesIsOnTheLineItIsWrittenOn() throws IOException {
        String csv = "code,note\nUS-NV,first\n\n\nUS-NJ,second\n";
        SourceLines lines = new SourceLines(csv);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get())
                .get()) {
            List<CSVRecord> records = parser.getRecords();

            assertThat(records).extracting(r -> lines.recordLineAt(r.getCharacterPosition())).containsExactly(2, 5);
        }
    }
}
