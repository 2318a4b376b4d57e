package dev.clearance.service.exchange;

import dev.clearance.rules.model.Verdict;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Listing event contracts on the matching core, and each listing's eligibility and history. */
@RestController
@RequestMapping("/api/v1/listings")
class ListingController {

    private final ListingService listings;

    ListingController(ListingService listings) {
        this.listings = listings;
    }

    @PostMapping
    @Operation(summary = "Decide an event contract in every jurisdiction and list it where it may trade")
    ResponseEntity<Listing> list(@Valid @RequestBody ListingRequest request, Principal caller) {
        Listing listing = listings.list(request.subject(), caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/listings/" + listing.id())).body(listing);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A listing: eligibility per jurisdiction, the decision and pack snapshot behind it, its events")
    Listing listing(@PathVariable String id) {
        return listings.find(id);
    }

    @ExceptionHandler(ListingService.ListingRefusedException.class)
    ProblemDetail refused(ListingService.ListingRefusedException e) {
        List<JurisdictionStanding> eligibility = e.eligibility();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "The contract may be traded in no jurisdiction (" + count(eligibility, Verdict.PROHIBITED) + " prohibit it, "
                        + count(eligibility, Verdict.REVIEW) + " need a person's review); it was not listed.");
        problem.setTitle("Listing refused");
        problem.setProperty("decisionId", e.decisionId());
        problem.setProperty("reasons", eligibility.stream().flatMap(row -> row.reasons().stream()).distinct().toList());
        return problem;
    }

    private static long count(List<JurisdictionStanding> eligibility, Verdict verdict) {
        return eligibility.stream().filter(row -> row.verdict() == verdict).count();
    }
}
