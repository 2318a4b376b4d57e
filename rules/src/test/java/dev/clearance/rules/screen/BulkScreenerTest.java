package dev.clearance.rules.screen;

import dev.clearance.rules.text.FixtureTerms;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class BulkScreenerTest {

    /** Small batches and more workers than cores, so that ordering across batches is exercised. */
    private final BulkScreener screener = new BulkScreener(FixtureTerms.matcher(), new ScreenOptions(3, 7, 200, Duration.ZERO));

    private final List<BadRow> badRows = new ArrayList<>();
    private final List<ScreenProgress> progress = new ArrayList<>();
    private ScreenSummary summary;

    private List<String> screen(String input) {
        return screen(input.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> screen(byte[] input) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        summary = screener.screen(new ByteArrayInputStream(input), OptionalLong.of(input.length), output, badRows::add, progress::add);
        return output.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void eachRowGetsAVerdictItsTermsAndTheirSpansAfterItsOwnColumns() {
        List<String> output = screen("id,name,city\n"
                + "1,上海ＲＷＡ科技有限公司,Shanghai\n"
                + "2,Bitcoin Depot,Atlanta\n"
                + "3,Clearwater Analytics,Boise\n");

        assertThat(output).containsExactly(
                "id,name,city,verdict,matched_terms,spans",
                "1,上海ＲＷＡ科技有限公司,Shanghai,PROHIBITED,RWA,name:2-5",
                "2,Bitcoin Depot,Atlanta,REVIEW,bitcoin,name:0-7",
                "3,Clearwater Analytics,Boise,CLEAR,,");
    }

    @Test
    void theBusinessScopeIsScreenedUnderItsOwnFieldName() {
        List<String> output = screen("name,businessScope\n华信科技有限公司,软件开发；稳定币发行\n");

        assertThat(output.get(1)).isEqualTo("华信科技有限公司,软件开发；稳定币发行,PROHIBITED,稳定币,businessScope:5-8");
    }

    @Test
    void fieldsWithCommasOrQuotesAreQuotedAgainInTheOutput() {
        List<String> output = screen("name\n\"Crypto Assets, \"\"Global\"\" Ltd\"\n");

        assertThat(output.get(1)).isEqualTo("\"Crypto Assets, \"\"Global\"\" Ltd\",PROHIBITED,crypto asset,name:0-13");
    }

    @Test
    void windowsLineEndingsAreAccepted() {
        List<String> output = screen("name\r\nRWA Capital\r\n");

        assertThat(output.get(1)).isEqualTo("RWA Capital,PROHIBITED,RWA,name:0-3");
    }

    @Test
    void manyRowsComeOutInInputOrderAndAreCounted() {
        String input = IntStream.range(0, 10_000)
                .mapToObj(i -> i + "," + (i % 3 == 0 ? "Stablecoin Labs " + i : i % 3 == 1 ? "比特币科技" + i : "Harbour Foods " + i))
                .collect(Collectors.joining("\n", "row,name\n", "\n"));

        List<String> output = screen(input);

        assertThat(output).hasSize(10_001);
        assertThat(output.subList(1, output.size())).extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactlyElementsOf(IntStream.range(0, 10_000).mapToObj(Integer::toString).toList());
        assertThat(summary).extracting(ScreenSummary::rows, ScreenSummary::prohibited, ScreenSummary::review,
                ScreenSummary::clear, ScreenSummary::badRows).containsExactly(10_000L, 3_334L, 3_333L, 3_333L, 0L);
    }

    @Test
    void badRowsAreReportedWithTheirLineAndTheRunGoesOn() {
        byte[] notUtf8 = {'2', ',', (byte) 0xCE, (byte) 0xC8, (byte) 0xB6, (byte) 0xA8};
        String tooLong = "5,Harbour " + "x".repeat(300);
        byte[] input = concat("id,name\n1,RWA Capital\n", notUtf8, "\n3,\n4,Acme,extra\n" + tooLong
                + "\n6,\"Acme Ltd\n7,Stable Foods\n");

        List<String> output = screen(input);

        assertThat(badRows).extracting(BadRow::line, BadRow::code).containsExactly(
                tuple(3L, "not_utf8"), tuple(4L, "empty_name"), tuple(5L, "wrong_column_count"),
                tuple(6L, "line_too_long"), tuple(7L, "bad_quotes"));
        assertThat(output).containsExactly("id,name,verdict,matched_terms,spans",
                "1,RWA Capital,PROHIBITED,RWA,name:0-3", "7,Stable Foods,CLEAR,,");
        assertThat(summary.rows()).isEqualTo(7);
        assertThat(summary.badRows()).isEqualTo(5);
    }

    @Test
    void aLineLongerThanTheLimitIsNotHeldInMemoryButReported() {
        BulkScreener strict = new BulkScreener(FixtureTerms.matcher(), new ScreenOptions(1, 10, 16, Duration.ZERO));
        String input = "name\n" + "Harbour Foods ".repeat(100_000) + "\nRWA Capital\n";

        ByteArrayOutputStream output = new ByteArrayOutputStream();
        ScreenSummary result = strict.screen(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                OptionalLong.empty(), output, badRows::add, progress::add);

        assertThat(badRows).extracting(BadRow::line, BadRow::code).containsExactly(tuple(2L, "line_too_long"));
        assertThat(result.prohibited()).isEqualTo(1);
    }

    @Test
    void progressEndsWithEveryRowAndAnEstimateWhenTheSizeIsKnown() {
        screen("name\nRWA Capital\nStable Foods\n");

        ScreenProgress last = progress.get(progress.size() - 1);
        assertThat(last.rows()).isEqualTo(2);
        assertThat(last.fractionDone()).contains(1.0);
        assertThat(last.eta()).contains(Duration.ZERO);
    }

    @Test
    void anInputWithoutANameColumnIsRejectedBeforeAnyRow() {
        assertThatThrownBy(() -> screen("company,scope\nRWA Capital,\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1: missing_column")
                .hasMessageContaining("`name`");
    }

    @Test
    void anEmptyInputHasNoHeader() {
        assertThatThrownBy(() -> screen(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing_header");
    }

    private static byte[] concat(Object... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Object part : parts) {
            all.writeBytes(part instanceof byte[] bytes ? bytes : part.toString().getBytes(StandardCharsets.UTF_8));
        }
        return all.toByteArray();
    }
}
