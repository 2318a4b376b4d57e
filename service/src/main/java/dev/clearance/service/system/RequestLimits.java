package dev.clearance.service.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Byte limits on request bodies, enforced before a body is read.
 *
 * @param maxBodyBytes        largest JSON body (a decision or a batch)
 * @param maxPackArchiveBytes largest zip of pack folders uploaded for validation or publication
 */
@ConfigurationProperties("clearance.limits")
public record RequestLimits(long maxBodyBytes, long maxPackArchiveBytes) {

    long limitFor(String path) {
        return path.startsWith("/api/v1/packs/") ? maxPackArchiveBytes : maxBodyBytes;
    }
}
