package dev.clearance.service.packs;

import dev.clearance.rules.cases.CaseFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The bundled golden cases (from the test-cases jar), read once: a draft must still pass them. */
@Component
class GoldenCases {

    private final List<CaseFile> files;

    GoldenCases(@Value("${clearance.cases.location}") String location) throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
        List<CaseFile> read = new ArrayList<>();
        for (Resource resource : resources) {
            try (InputStream in = resource.getInputStream()) {
                read.add(CaseFile.read(pathOf(resource), in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read golden case file " + resource, e);
            }
        }
        read.sort(Comparator.comparing(CaseFile::path));
        this.files = List.copyOf(read);
    }

    List<CaseFile> files() {
        return files;
    }

    /** The path inside the jar or classes folder, the way the CLI and reports name case files. */
    private static String pathOf(Resource resource) throws IOException {
        String url = resource.getURL().toString();
        int root = Math.max(url.lastIndexOf("!/") + 2, Math.max(url.lastIndexOf("/test-classes/") + 14,
                url.lastIndexOf("/classes/") + 9));
        return root > 8 ? url.substring(root) : resource.getFilename();
    }
}
