package dev.clearance.service.exchange;

import java.io.IOException;
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
import java.nio.file.Files;
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

    private ConfigurableApplicationContext start(String... more) {
        String[] base = {"--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("clearance").toAbsolutePath(),
                "--clearance.exchange.journal-dir=" + data.resolve("journal"),
                "--clearance.security.admin-key-file=" + data.resolve("admin.key")};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(ClearanceApplication.class).profiles("test").run(args);
    }

    /** The fixture packs with the federal pack's version bumped: a different snapshot, the same law. */
    private Path republishedPacks() throws IOException {
        Path copy = data.resolve("packs");
        try (var files = Files.walk(Path.of("src/test/resources/test-packs"))) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(Path.of("src/test/resources/test-packs").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path manifest = copy.resolve("fed/pack.yaml");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("version: \\S+", "version: \"restart\""));
        return copy;
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

    @Test
    void aServiceRestartedOnOtherPacksReDecidesItsListingsAtStartUp() throws IOException {
        String listing;
        String firstSnapshot;
        try (ConfigurableApplicationContext first = start()) {
            listing = first.getBean(ListingService.class).list(RAIN, "test").id();
            firstSnapshot = first.getBean(ListingService.class).find(listing).snapshotHash();
        }

        try (ConfigurableApplicationContext second = start("--clearance.packs.dir=" + republishedPacks())) {
            String live = second.getBean(dev.clearance.rules.pack.LivePacks.class).current().hash();

            assertThat(live).isNotEqualTo(firstSnapshot);
            assertThat(second.getBean(ListingService.class).find(listing).snapshotHash()).isEqualTo(live);
        }
    }
}
