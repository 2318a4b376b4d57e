package dev.clearance.rules.text;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class TermMatcherTest {

    private final TermMatcher matcher = FixtureTerms.matcher();

    private List<TermHit> hits(String name) {
        return matcher.find("name", name);
    }

    private List<String> labels(String name) {
        return hits(name).stream().map(hit -> hit.entry().term()).toList();
    }

    @Nested
    class SeesThroughDisguises {

        @Test
        void fullWidthLettersAreTheLettersTheyWiden() {
            assertThat(labels("ＲＷＡ Holdings Ltd")).containsExactly("RWA");
        }

        @Test
        void mathematicalBoldLettersOutsideTheBmpAreFolded() {
            List<TermHit> hits = hits("\uD835\uDC11\uD835\uDC16\uD835\uDC00 Capital");

            assertThat(hits).extracting(TermHit::start, TermHit::end).containsExactly(tuple(0, 6));
        }

        @Test
        void caseIsIgnored() {
            assertThat(labels("rWa Partners")).containsExactly("RWA");
        }

        @Test
        void traditionalCharactersReadAsSimplified() {
            assertThat(labels("深圳市虛擬貨幣科技有限公司")).containsExactly("虚拟货币");
            assertThat(labels("穩定幣研究院")).containsExactly("稳定币");
        }

        @Test
        void cyrillicAndGreekLookAlikesReadAsLatin() {
            assertThat(labels("\u0421rypto \u0410sset Partners")).containsExactly("crypto asset");
            assertThat(labels("RW\u0391 Group")).containsExactly("RWA");
        }

        @Test
        void zeroWidthAndBidiControlsAreInvisible() {
            assertThat(labels("RW\u200BA Capital")).containsExactly("RWA");
            assertThat(labels("stable\u200Ecoin\u202C Labs")).containsExactly("stablecoin");
            assertThat(labels("稳\u200D定\uFEFF币")).containsExactly("稳定币");
        }

        @ParameterizedTest
        @ValueSource(strings = {"R.W.A Capital", "R W A Capital", "r-w-a Capital", "R_W_A Capital", "R·W·A Capital"})
        void separatorsInsideALatinTermAreSkipped(String name) {
            assertThat(labels(name)).containsExactly("RWA");
        }

        @ParameterizedTest
        @ValueSource(strings = {"稳 定 币", "稳-定-币", "稳　定　币", "稳.定.币"})
        void separatorsInsideAChineseTermAreSkipped(String name) {
            assertThat(labels(name)).containsExactly("稳定币");
        }

        @ParameterizedTest
        @ValueSource(strings = {"StableCoin Ltd", "stable-coin Ltd", "Stable Coin Ltd", "STABLECOIN LTD"})
        void compoundTermsMatchJoinedHyphenatedOrApart(String name) {
            assertThat(labels(name)).containsExactly("stablecoin");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Crypto-Asset Partners", "Crypto Assets Partners", "CryptoAssets Fund"})
        void pluralsAndHyphensOfCompoundTermsMatch(String name) {
            assertThat(labels(name)).containsExactly("crypto asset");
        }

        @Test
        void pluralInIesMatches() {
            assertThat(labels("Virtual Currencies Exchange")).containsExactly("virtual currency");
        }

        @Test
        void digitsStandingForLettersCompleteATerm() {
            assertThat(labels("St4blecoin Labs")).containsExactly("stablecoin");
            assertThat(labels("Crypt0 Ventures")).containsExactly("crypto");
            assertThat(labels("B1tcoin Club")).containsExactly("bitcoin");
            assertThat(labels("Rea1-W0rld Asset T0kenizati0n Ltd")).containsExactly("real-world asset tokenization");
            assertThat(labels("Crypto A$$et Bank")).containsExactly("crypto asset");
            assertThat(labels("@sset-backed Crypto @sset")).containsExactly("crypto asset");
        }

        @Test
        void capitalIStandingForLowercaseLMatches() {
            assertThat(labels("StabIecoin Labs")).containsExactly("stablecoin");
        }

        @ParameterizedTest
        @ValueSource(strings = {"3M", "Web3 Labs", "7-Eleven", "5th Avenue Capital", "Studio 54 Holdings", "A1 Telekom"})
        void digitsThatCompleteNoTermAreLeftAlone(String name) {
            assertThat(hits(name)).isEmpty();
        }

        @Test
        void hitSpanIsTheDisguisedTextInTheOriginal() {
            String name = "上海ＲＷＡ科技有限公司";

            assertThat(hits(name)).singleElement().satisfies(hit -> {
                assertThat(hit.start()).isEqualTo(2);
                assertThat(hit.end()).isEqualTo(5);
                assertThat(hit.matchedText()).isEqualTo("ＲＷＡ");
                assertThat(hit.field()).isEqualTo("name");
            });
        }

        @Test
        void hitSpanIncludesSeparatorsInsideTheTermButNotAround() {
            assertThat(hits(" R.W.A. Capital")).singleElement()
                    .extracting(TermHit::matchedText).isEqualTo("R.W.A");
        }
    }

    @Nested
    class StaysPrecise {

        @ParameterizedTest
        @ValueSource(strings = {"Rwanda Development Board", "JetBlue Airways", "Clearwater Analytics", "Forward Industries",
                "Stable Foods", "Cryptography Research", "Virtual Reality Studio", "Asset Management Ltd", "Icon Plc",
                "Token Cat Ltd", "Clear Way Energy", "Mr Wang Trading"})
        void latinWordsThatMerelyContainTheLettersDoNotHit(String name) {
            assertThat(hits(name)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"RWA Capital", "ABC RWA", "The RWA Company", "RWAs Fund", "RWA2026 Labs"})
        void latinTermsOnWordBoundariesHit(String name) {
            assertThat(labels(name)).containsExactly("RWA");
        }

        @ParameterizedTest
        @ValueSource(strings = {"爱加密", "加密狗", "虚拟空间", "虚拟现实", "华融资产", "数据加密科技", "资产管理"})
        void chineseWordsThatShareCharactersWithATermDoNotHit(String name) {
            assertThat(hits(name)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"上海ＲＷＡ科技有限公司", "上海RWA科技", "北京RWA"})
        void aLatinTermNextToChineseIsAtAWordBoundary(String name) {
            assertThat(labels(name)).containsExactly("RWA");
        }

        @Test
        void chineseTermsMatchInsideLongerText() {
            assertThat(labels("深圳市前海加密货币交易服务有限公司")).containsExactly("加密货币");
        }

        @Test
        void anAllowedLongerWordSuppressesTheTermItCovers() {
            assertThat(hits("稳定币值研究中心")).isEmpty();
            assertThat(hits("法定数字货币推广")).isEmpty();
        }

        @Test
        void anAllowedWordThatOnlyOverlapsATermDoesNotHideIt() {
            TermMatcher withOverlap = TermMatcher.compile(List.of(
                    entry("加密", TermTier.REVIEW, 2),
                    entry("加密货币", TermTier.PROHIBITED, 3),
                    entry("爱加密", TermTier.ALLOW, 4)));

            assertThat(withOverlap.find("name", "爱加密")).isEmpty();
            assertThat(withOverlap.find("name", "爱加密货币")).extracting(hit -> hit.entry().term()).containsExactly("加密货币");
        }

        @Test
        void aLongerTermHidesTheShorterTermItContains() {
            assertThat(labels("Crypto Asset Partners")).containsExactly("crypto asset");
            assertThat(labels("现实世界资产代币化服务")).containsExactly("现实世界资产代币化");
        }

        @Test
        void aLongerMilderTermNeverHidesAStricterOne() {
            TermMatcher milderLonger = TermMatcher.compile(List.of(
                    entry("stablecoin", TermTier.PROHIBITED, 2),
                    entry("stablecoin research", TermTier.REVIEW, 3)));

            assertThat(milderLonger.find("name", "Stablecoin Research Institute"))
                    .extracting(hit -> hit.entry().tier()).containsExactly(TermTier.PROHIBITED, TermTier.REVIEW);
        }
    }

    @Nested
    class Tiers {

        @Test
        void aListedTermIsProhibited() {
            assertThat(hits("Stablecoin Labs")).extracting(hit -> hit.entry().tier()).containsExactly(TermTier.PROHIBITED);
        }

        @Test
        void aRelatedTermIsForReview() {
            assertThat(hits("Bitcoin Depot")).extracting(hit -> hit.entry().tier()).containsExactly(TermTier.REVIEW);
        }

        @Test
        void listedAndRelatedTermsAreBothReportedInTextOrder() {
            assertThat(hits("比特币与稳定币科技有限公司"))
                    .extracting(hit -> hit.entry().term(), hit -> hit.entry().tier(), TermHit::start)
                    .containsExactly(tuple("比特币", TermTier.REVIEW, 0), tuple("稳定币", TermTier.PROHIBITED, 4));
        }

        @Test
        void theBusinessScopeIsScreenedTheSameWayUnderItsFieldName() {
            List<TermHit> hits = matcher.find("businessScope", "软件开发；虛擬貨幣兌換；技术咨询");

            assertThat(hits).singleElement().satisfies(hit -> {
                assertThat(hit.field()).isEqualTo("businessScope");
                assertThat(hit.entry().label()).isEqualTo("virtual currency");
                assertThat(hit.matchedText()).isEqualTo("虛擬貨幣");
            });
        }
    }

    @Nested
    class CompileErrors {

        @ParameterizedTest
        @ValueSource(strings = {"", "  ", "-", "\u200B"})
        void aTermWithNoLettersIsRejectedWithItsLine(String term) {
            assertThatThrownBy(() -> TermMatcher.compile(List.of(entry("RWA", TermTier.PROHIBITED, 2), entry(term, TermTier.REVIEW, 3))))
                    .isInstanceOfSatisfying(TermListException.class, e -> {
                        assertThat(e.code()).isEqualTo("empty_term");
                        assertThat(e.getMessage()).startsWith("terms.csv:3: empty_term:");
                    });
        }

        @Test
        void twoTermsThatNormaliseAlikeAreRejectedNamingBothLines() {
            assertThatThrownBy(() -> TermMatcher.compile(List.of(
                    entry("real-world asset tokenization", TermTier.PROHIBITED, 2),
                    entry("Real World Asset Tokenization", TermTier.PROHIBITED, 7))))
                    .isInstanceOf(TermListException.class)
                    .hasMessageStartingWith("terms.csv:7: duplicate_term:")
                    .hasMessageContaining("terms.csv:2");
        }

        @Test
        void aTraditionalSpellingOfAListedTermIsADuplicate() {
            assertThatThrownBy(() -> TermMatcher.compile(List.of(
                    entry("稳定币", TermTier.PROHIBITED, 2),
                    entry("穩定幣", TermTier.PROHIBITED, 3))))
                    .isInstanceOfSatisfying(TermListException.class, e -> assertThat(e.line()).isEqualTo(3));
        }

        @Test
        void anAllowTermThatCoversNoTermIsRejected() {
            assertThatThrownBy(() -> TermMatcher.compile(List.of(
                    entry("稳定币", TermTier.PROHIBITED, 2),
                    entry("爱加密", TermTier.ALLOW, 3))))
                    .isInstanceOfSatisfying(TermListException.class, e -> {
                        assertThat(e.code()).isEqualTo("allow_covers_nothing");
                        assertThat(e.line()).isEqualTo(3);
                    });
        }
    }

    @Test
    void findingFromManyThreadsAtOnceGivesTheSameHitsAsOneThread() throws Exception {
        List<String> names = List.of("Crypto-Asset Partners", "上海ＲＷＡ科技有限公司", "Rwanda Air", "St4blecoin Labs",
                "深圳市虛擬貨幣科技有限公司", "Clearwater", "比特币与稳定币科技有限公司");
        List<List<TermHit>> expected = names.stream().map(this::hits).toList();
        Callable<Boolean> task = () -> IntStream.range(0, 2_000)
                .allMatch(round -> names.stream().map(this::hits).toList().equals(expected));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = pool.invokeAll(List.of(task, task, task, task));
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static TermEntry entry(String term, TermTier tier, int line) {
        return new TermEntry(term, tier, term, "test row", "terms.csv", line);
    }
}
