package dev.clearance.service.jurisdiction;

import dev.clearance.rules.model.Jurisdiction;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The jurisdictions a request may name. */
@RestController
class JurisdictionController {

    @GetMapping("/api/v1/jurisdictions")
    @Operation(summary = "Every known jurisdiction: US (federal), US-XX for the states and DC, CN")
    List<JurisdictionView> jurisdictions() {
        return Jurisdiction.all().stream().map(JurisdictionView::of).toList();
    }

    /** A jurisdiction with the layer above it whose packs also apply. */
    record JurisdictionView(String code, String name, String parent) {

        static JurisdictionView of(Jurisdiction j) {
            return new JurisdictionView(j.code(), j.name(), j.parent().orElse(null));
        }
    }
}
