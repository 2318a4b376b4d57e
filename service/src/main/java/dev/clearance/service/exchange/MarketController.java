package dev.clearance.service.exchange;

import dev.clearance.rules.matching.Alert;
import dev.clearance.rules.matching.BookSnapshot;
import dev.clearance.rules.matching.Exchange;
import dev.clearance.rules.matching.OrderRequest;
import dev.clearance.rules.matching.OrderResult;
import dev.clearance.rules.matching.ReasonCode;
import dev.clearance.rules.matching.TimeInForce;
import dev.clearance.rules.matching.TradeRecord;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Order flow through the matching core, where every order passes the compliance gate. A rejected
 * order is an answer, not an error: 201 when the order was accepted, 200 carrying the rejection.
 */
@RestController
@RequestMapping("/api/v1")
class MarketController {

    private final Exchange exchange;
    private final ListingService listings;
    private final OrderMessages messages;

    MarketController(Exchange exchange, ListingService listings, OrderMessages messages) {
        this.exchange = exchange;
        this.listings = listings;
        this.messages = messages;
    }

    @PostMapping("/listings/{id}/orders")
    @Operation(summary = "Place an order: accepted with its fills and resting quantity, or rejected with a reason code")
    ResponseEntity<OrderOutcome> place(@PathVariable String id, @Valid @RequestBody NewOrder order) {
        listings.requireOpen(id);
        OrderResult result = exchange.place(new OrderRequest(id, order.participantId(), order.intent(), order.price(),
                order.quantity(), order.timeInForce() == null ? TimeInForce.GTC : order.timeInForce(),
                Optional.ofNullable(order.selfTradePrevention())));
        OrderOutcome outcome = OrderOutcome.of(result, messages.explain(result.outcome(), id, order.participantId()));
        return ResponseEntity.status(outcome.accepted() ? HttpStatus.CREATED : HttpStatus.OK).body(outcome);
    }

    @DeleteMapping("/listings/{id}/orders/{orderId}")
    @Operation(summary = "Cancel a resting order on its owner's request")
    CancelOutcome cancel(@PathVariable String id, @PathVariable long orderId, @RequestParam String participantId) {
        listings.requireOpen(id);
        ReasonCode answer = exchange.cancel(id, orderId, participantId);
        ReasonCode outcome = answer.isAccepted() ? ReasonCode.CANCELLED_BY_PARTICIPANT : answer;
        return CancelOutcome.of(orderId, outcome, messages.explain(outcome, id, participantId));
    }

    @GetMapping("/listings/{id}/book")
    @Operation(summary = "The book in YES prices: bid and ask levels, open pairs, last trade price")
    BookSnapshot book(@PathVariable String id) {
        listings.requireOpen(id);
        return exchange.book(id);
    }

    @GetMapping("/listings/{id}/trades")
    @Operation(summary = "Every trade of the contract, oldest first, labelled when against an affiliated market maker")
    List<TradeRecord> trades(@PathVariable String id) {
        listings.requireOpen(id);
        return exchange.trades(id);
    }

    @GetMapping("/alerts")
    @Operation(summary = "Every surveillance alert raised so far, oldest first")
    List<Alert> alerts() {
        return exchange.alerts();
    }
}
