package dev.clearance.rules.model;

/**
 * A prediction-market contract. {@code declaredCategory} is the submitter's own label: a hint to
 * the classifier, never trusted over the text.
 */
public record EventContract(String title, String description, String terms, Venue venue, String declaredCategory)
        implements Subject {

    @Override
    public SubjectKind kind() {
        return SubjectKind.EVENT_CONTRACT;
    }

    public VenueRegistration registration() {
        return venue == null || venue.registration() == null ? null : venue.registration();
    }
}
