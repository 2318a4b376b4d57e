package dev.clearance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clearance.rules.model.BusinessName;
import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.EventContract;
import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.model.Product;
import dev.clearance.rules.model.ProductType;
import dev.clearance.rules.model.VenueRegistration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RequestReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static RequestError onlyError(String json) {
        RequestException e = catchThrowableOfType(RequestException.class, () -> RequestReader.readJson(json, TODAY));
        assertThat(e).as("expected the request to be refused").isNotNull();
        assertThat(e.errors()).hasSize(1);
        return e.errors().get(0);
    }

    @Test
    void readsTheArchitectureDocsEventContractExample() {
        DecisionRequest request = RequestReader.readJson("""
                { "subject": { "kind": "EVENT_CONTRACT", "title": "Will the Chiefs beat the Bills?",
                               "description": "NFL game", "venue": { "name": "Example", "registration": "DCM" } },
                  "jurisdictions": ["US-NV", "US-NJ", "CN"], "asOf": "2026-11-21" }""", TODAY);

        assertThat(request.subject()).isInstanceOfSatisfying(EventContract.class,
                c -> assertThat(c.registration()).isEqualTo(VenueRegistration.DCM));
        assertThat(request.jurisdictions()).extracting(Jurisdiction::code).containsExactly("US-NV", "US-NJ", "CN");
    }

    @Test
    void readsAProductWithItsApprovals() {
        DecisionRequest request = RequestReader.readJson("""
                { "subject": { "kind": "PRODUCT", "productType": "STABLECOIN_ISSUANCE", "pegCurrency": "CNY",
                               "providerDomicile": "HK", "targetMarkets": ["CN"], "approvals": [] },
                  "jurisdictions": ["CN"] }""", TODAY);

        assertThat(request.subject()).isInstanceOfSatisfying(Product.class,
                p -> assertThat(p.productType()).isEqualTo(ProductType.STABLECOIN_ISSUANCE));
        assertThat(request.asOf()).as("asOf defaults to today").isEqualTo(TODAY);
    }

    @Test
    void allExpandsToEveryKnownJurisdiction() {
        DecisionRequest request = RequestReader.readJson("""
                { "subject": { "kind": "BUSINESS_NAME", "name": "上海稳定币科技有限公司" }, "jurisdictions": ["ALL"] }""", TODAY);

        assertThat(request.subject()).isInstanceOf(BusinessName.class);
        assertThat(request.jurisdictions()).hasSize(53);
    }

    @Test
    void invalidJsonIsRefusedWithItsPosition() {
        assertThat(onlyError("{ \"subject\": ").message()).startsWith("the request is not valid JSON").contains("line 1");
    }

    @Test
    void anUnknownFieldIsNamed() {
        RequestError error = onlyError("""
                { "subject": { "kind": "EVENT_CONTRACT", "title": "Will it rain?", "tittle": "x" }, "jurisdictions": ["US"] }""");

        assertThat(error.field()).isEqualTo("subject.tittle");
        assertThat(error.message()).contains("unknown field").contains("title");
    }

    @Test
    void anUnknownJurisdictionIsNamedByItsPosition() {
        RequestError error = onlyError("""
                { "subject": { "kind": "EVENT_CONTRACT", "title": "Will it rain?" }, "jurisdictions": ["US", "US-XX"] }""");

        assertThat(error.field()).isEqualTo("jurisdictions[1]");
        assertThat(error.message()).contains("US-XX");
    }

    @Test
    void anUnknownProductTypeListsTheKnownOnes() {
        RequestError error = onlyError("""
                { "subject": { "kind": "PRODUCT", "productType": "LOTTERY" }, "jurisdictions": ["CN"] }""");

        assertThat(error.field()).isEqualTo("subject.productType");
        assertThat(error.message()).contains("LOTTERY").contains("RWA_TOKENIZATION");
    }

    @Test
    void anUnknownSubjectKindIsNamed() {
        assertThat(onlyError("""
                { "subject": { "kind": "PERSON", "name": "x" }, "jurisdictions": ["CN"] }""").field()).isEqualTo("subject.kind");
    }

    @Test
    void aMissingTitleIsNamed() {
        RequestError error = onlyError("""
                { "subject": { "kind": "EVENT_CONTRACT", "title": " " }, "jurisdictions": ["US"] }""");

        assertThat(error.field()).isEqualTo("subject.title");
    }

    @Test
    void aTitleOverTheLengthLimitIsRefused() {
        String title = "Will it rain? ".repeat(100);
        RequestError error = onlyError("{ \"subject\": { \"kind\": \"EVENT_CONTRACT\", \"title\": \"" + title
                + "\" }, \"jurisdictions\": [\"US\"] }");

        assertThat(error.field()).isEqualTo("subject.title");
        assertThat(error.message()).contains("500");
    }

    @Test
    void missingJurisdictionsAreRequired() {
        assertThat(onlyError("""
                { "subject": { "kind": "EVENT_CONTRACT", "title": "Will it rain?" } }""").field()).isEqualTo("jurisdictions");
    }

    @Test
    void aNumberIsNotABooleanAnswer() {
        RequestError error = onlyError("""
                { "subject": { "kind": "PRODUCT", "productType": "SPOT_EXCHANGE", "controlledByDomesticEntity": 0 },
                  "jurisdictions": ["CN"] }""");

        assertThat(error.field()).isEqualTo("subject.controlledByDomesticEntity");
    }

    @Test
    void aNumberIsNotATitle() {
        assertThat(onlyError("""
                { "subject": { "kind": "EVENT_CONTRACT", "title": 12345 }, "jurisdictions": ["US"] }""").field())
                .isEqualTo("subject.title");
    }

    @Test
    void aMalformedDateIsNamed() {
        RequestError error = onlyError("""
                { "subject": { "kind": "EVENT_CONTRACT", "title": "Will it rain?" }, "jurisdictions": ["US"], "asOf": "21/11/2026" }""");

        assertThat(error.field()).isEqualTo("asOf");
        assertThat(error.message()).contains("YYYY-MM-DD");
    }
}
