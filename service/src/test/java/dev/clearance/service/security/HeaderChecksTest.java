package dev.clearance.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

class HeaderChecksTest {

    @Test
    void acceptsTheHeadersAnApiClientSends() {
        assertThat(HeaderChecks.NAMES).accepts("Authorization", "Content-Type", "X-API-Key");
        assertThat(HeaderChecks.VALUES).accepts("Bearer 3q2+7w-_.~", "application/json; charset=UTF-8", "");
    }

    @Test
    void refusesControlCharactersInNamesAndValues() {
        assertThat(HeaderChecks.NAMES).rejects("X-Evil\u0000", "X-Bell\u0007", "X\r\nSet-Cookie");
        assertThat(HeaderChecks.VALUES).rejects("value\u0000", "line\nbreak", "del\u007f");
    }

    @Test
    void acceptsATabInAValueButNotInAName() {
        assertThat(HeaderChecks.VALUES).accepts("a\tb");
        assertThat(HeaderChecks.NAMES).rejects("a\tb");
    }

    @Test
    void leavesTextBeyondAsciiToTheFirewallsOwnCheck() {
        assertThat(HeaderChecks.VALUES).accepts("Zürich", "上海稳定币");
        assertThat(HeaderChecks.VALUES).as("an unassigned code point").rejects("\u0378");
        assertThat(HeaderChecks.VALUES).as("a control character beyond ASCII").rejects("next\u0085line");
    }

    @Test
    void refusesExactlyWhatTheFirewallsOwnChecksRefuseForEveryCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "a" + c + "b";
            assertThat(HeaderChecks.NAMES.test(text)).as("name with U+%04X", (int) c)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(text));
            assertThat(HeaderChecks.VALUES.test(text)).as("value with U+%04X", (int) c)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(text));
        }
    }
}
