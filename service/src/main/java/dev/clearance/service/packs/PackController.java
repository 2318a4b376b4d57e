package dev.clearance.service.packs;

import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackException;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The live packs, and the doors legal teams use to check a draft and make it live. */
@RestController
@RequestMapping("/api/v1/packs")
class PackController {

    private static final String ZIP = "application/zip";

    private final LivePacks live;
    private final DraftValidator validator;
    private final PackPublisher publisher;

    PackController(LivePacks live, DraftValidator validator, PackPublisher publisher) {
        this.live = live;
        this.validator = validator;
        this.publisher = publisher;
    }

    @GetMapping
    @Operation(summary = "The live pack snapshot: its hash and each pack's version, dates, coverage and hash")
    PackSummary.SnapshotView packs() {
        return PackSummary.SnapshotView.of(live.current());
    }

    @PostMapping(path = "/validate", consumes = ZIP)
    @Operation(summary = "Compile a zip of pack folders on the side and run the golden cases and lint on it")
    ValidationReport validate(@RequestBody byte[] archive) {
        try {
            return validator.validate(PackArchive.read(archive)).report();
        } catch (PackException e) {
            return ValidationReport.notCompiled(e.problems());
        }
    }

    @PostMapping(path = "/publish", consumes = ZIP)
    @Operation(summary = "Make a zip of pack folders live, if it compiles and passes every golden case")
    PublicationLog.Publication publish(@RequestBody byte[] archive, Principal caller) {
        return publisher.publish(PackArchive.read(archive), caller.getName());
    }

    @ExceptionHandler(PackPublisher.DraftRejectedException.class)
    ProblemDetail rejected(PackPublisher.DraftRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "The draft did not validate; the live packs are unchanged.");
        problem.setTitle("Draft rejected");
        problem.setProperty("report", e.report());
        return problem;
    }
}
