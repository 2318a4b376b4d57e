package dev.clearance.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.rules.matching.BookSnapshot;
import dev.clearance.rules.matching.Exchange;
import dev.clearance.rules.matching.Intent;
import dev.clearance.rules.matching.OrderRequest;
import dev.clearance.rules.matching.SelfTradeMode;
import dev.clearance.rules.matching.TimeInForce;
import dev.clearance.rules.model.EventContract;
import dev.clearance.rules.model.Venue;
import dev.clearance.rules.model.VenueRegistration;
import dev.clearance.service.ClearanceApplication;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The service stopped and started again on the same database file and journal folder. */
class ExchangeRestartTest {

    private static final EventContract RAIN = new EventContract("Will it rain in Chicago on Saturday?", null, null,
            new Venue("Example Exchange", VenueRegistration.DCM), null);

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ClearanceApplication.class).profiles("test").run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("clearance").toAbsolutePath(),
                "--clearance.exchange.journal-dir=" + data.resolve("journal"),
                "--clearance.security.admin-key-file=" + data.resolve("admin.key"));
    }

    private static ParticipantRegistration adult(String id) {
        return new ParticipantRegistration(id, "US-NJ", 30, null, true, "owner-" + id, "group-" + id, false,
                SelfTradeMode.CANCEL_TAKING);
    }

    private static OrderRequest order(String listing, String participant, Intent intent, int price, int quantity) {
        return new OrderRequest(listing, participant, intent, price, quantity, TimeInForce.GTC, Optional.empty());
    }

    @Test
    void aRestartedServiceKeepsItsListingsParticipantsAndBooks() {
        String listing;
        BookSnapshot before;
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(ParticipantDirectory.class).register(adult("alice"), "test");
            first.getBean(ParticipantDirectory.class).register(adult("bob"), "test");
            listing = first.getBean(ListingService.class).list(RAIN, "test").id();
            Exchange exchange = first.getBean(Exchange.class);
            exchange.place(order(listing, "alice", Intent.BUY_YES, 50, 5));
            exchange.place(order(listing, "bob", Intent.BUY_NO, 50, 2));
            before = exchange.book(listing);
        }

        try (ConfigurableApplicationContext second = start()) {
            Exchange exchange = second.getBean(Exchange.class);

            assertThat(second.getBean(ListingService.class).find(listing).eligibility()).hasSize(53);
            assertThat(exchange.book(listing)).isEqualTo(before);
            assertThat(exchange.trades(listing)).hasSize(1);
            assertThat(exchange.place(order(listing, "bob", Intent.BUY_NO, 50, 3)).trades())
                    .singleElement().satisfies(trade -> assertThat(trade.quantity()).isEqualTo(3));
        }
    }
}
