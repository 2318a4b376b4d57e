package dev.clearance.rules.model;

/**
 * Where the law says it: an instrument and the article within it. {@code articleZh} is the
 * article as the Chinese text names it, where the pack gives one (China's packs), otherwise null.
 */
public record Citation(String instrument, String article, String articleZh) {

    public Citation(String instrument, String article) {
        this(instrument, article, null);
    }
}
