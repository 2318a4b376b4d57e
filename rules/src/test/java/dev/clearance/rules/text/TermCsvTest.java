package dev.clearance.rules.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The term list format, as a lawyer writes it:
 * <pre>
 * File:     UTF-8 text, RFC 4180 CSV (comma-separated; a field holding a comma, a quote or a line
 *           break is wrapped in double quotes, a quote inside it is doubled). Blank lines are skipped.
 * Header:   required, first line, exactly the columns term,tier,label,reason in any order.
 * term:     the word or phrase as written. Case, full-width forms, traditional characters,
 *           spacing and hyphens need no separate rows: they are matched already.
 * tier:     PROHIBITED  the law lists the term; the name may not contain it.
 *           REVIEW      a related term ("terms such as"); a person reviews the name.
 *           ALLOW       a longer innocent word that contains a PROHIBITED or REVIEW term;
 *                       it suppresses the hits it covers, and must cover one.
 * label:    the listed term the row stands for, e.g. stablecoin for 稳定币.
 * reason:   why the row exists, citing the article.
 * Example:  稳定币,PROHIBITED,stablecoin,"Listed in Yinfa [2026] No. 42 Article (VIII)."
 * </pre>
 */
class TermCsvTest {

    private static final String HEADER = "term,tier,label,reason\n";

    @Test
    void readsEachRowWithItsTierLabelReasonAndLine() {
        List<TermEntry> entries = TermCsv.read(new StringReader(HEADER
                + "稳定币,PROHIBITED,stablecoin,Listed in Article (VIII).\n"
                + "bitcoin,review,virtual currency,Named in Article (I).\n"), "terms.csv");

        assertThat(entries).extracting(TermEntry::term, TermEntry::tier, TermEntry::label, TermEntry::reason, TermEntry::line)
                .containsExactly(
                        tuple("稳定币", TermTier.PROHIBITED, "stablecoin", "Listed in Article (VIII).", 2),
                        tuple("bitcoin", TermTier.REVIEW, "virtual currency", "Named in Article (I).", 3));
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaksAndLinesStayTrue() {
        List<TermEntry> entries = TermCsv.read(new StringReader(HEADER
                + "RWA,PROHIBITED,RWA,\"Listed, as letters; \"\"RWA\"\"\nspans two lines.\"\n"
                + "crypto,REVIEW,cryptocurrency,Related.\n"), "terms.csv");

        assertThat(entries.get(0).reason()).isEqualTo("Listed, as letters; \"RWA\"\nspans two lines.");
        assertThat(entries.get(1).line()).isEqualTo(4);
    }

    @Test
    void columnsMayComeInAnyOrderAfterAByteOrderMark() {
        List<TermEntry> entries = TermCsv.read(new StringReader(
                "\uFEFFtier,term,reason,label\nREVIEW,crypto,Related.,cryptocurrency\n"), "terms.csv");

        assertThat(entries).extracting(TermEntry::term, TermEntry::label).containsExactly(tuple("crypto", "cryptocurrency"));
    }

    @Test
    void anUnknownColumnIsNamed() {
        assertThatThrownBy(() -> TermCsv.read(new StringReader("term,tier,label,reason,note\n"), "terms.csv"))
                .isInstanceOf(TermListException.class)
                .hasMessageStartingWith("terms.csv:1: unknown_column:")
                .hasMessageContaining("`note`");
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> TermCsv.read(new StringReader("term,tier,label\n"), "terms.csv"))
                .isInstanceOf(TermListException.class)
                .hasMessageStartingWith("terms.csv:1: missing_column:")
                .hasMessageContaining("`reason`");
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThatThrownBy(() -> TermCsv.read(new StringReader(""), "terms.csv"))
                .isInstanceOfSatisfying(TermListException.class, e -> assertThat(e.code()).isEqualTo("missing_header"));
    }

    @Test
    void anUnknownTierIsReportedWithItsLine() {
        assertThatThrownBy(() -> TermCsv.read(new StringReader(HEADER
                + "稳定币,PROHIBITED,stablecoin,Listed.\n"
                + "crypto,BANNED,cryptocurrency,Related.\n"), "terms.csv"))
                .isInstanceOf(TermListException.class)
                .hasMessage("terms.csv:3: bad_tier: unknown tier `BANNED`; use PROHIBITED, REVIEW or ALLOW");
    }

    @Test
    void aRowWithTooFewFieldsIsReportedWithItsLine() {
        assertThatThrownBy(() -> TermCsv.read(new StringReader(HEADER + "crypto,REVIEW,cryptocurrency\n"), "terms.csv"))
                .isInstanceOfSatisfying(TermListException.class, e -> {
                    assertThat(e.code()).isEqualTo("wrong_column_count");
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void aFileThatIsNotUtf8IsRejected(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("terms.csv");
        byte[] gbkStablecoin = {(byte) 0xCE, (byte) 0xC8, (byte) 0xB6, (byte) 0xA8, (byte) 0xB1, (byte) 0xD2};
        Files.write(file, concat(HEADER.getBytes(), gbkStablecoin, ",PROHIBITED,stablecoin,Listed.\n".getBytes()));

        assertThatThrownBy(() -> TermCsv.read(file, "terms.csv"))
                .isInstanceOfSatisfying(TermListException.class, e -> assertThat(e.code()).isEqualTo("not_utf8"));
    }

    @Test
    void theFixtureListCompilesAndFindsEachOfItsTermsWrittenPlainly() {
        List<TermEntry> terms = FixtureTerms.entries().stream().filter(entry -> entry.tier() != TermTier.ALLOW).toList();

        assertThat(terms).allSatisfy(entry -> assertThat(FixtureTerms.matcher().find("name", entry.term()))
                .extracting(TermHit::entry).containsExactly(entry));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }
}
