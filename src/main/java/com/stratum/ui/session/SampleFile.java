package com.stratum.ui.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/** A sample workbook shipped on the class path ({@code /sample-data/...}), imported on first launch. */
public record SampleFile(String resource, String displayName) {

    public static final List<SampleFile> STANDARD = List.of(
            new SampleFile("/sample-data/transactions.xlsx", "transactions.xlsx"),
            new SampleFile("/sample-data/customers.xlsx", "customers.xlsx"));

    /** The sample files this build actually ships (none until the generator's output is packaged). */
    public static List<SampleFile> available() {
        return STANDARD.stream().filter(f -> SampleFile.class.getResource(f.resource()) != null).toList();
    }

    /** Copies the resource to a temporary file with the same name, so the importer sees a real path. */
    Path copyToTemp() throws IOException {
        Path dir = Files.createTempDirectory("stratum-sample");
        Path target = dir.resolve(displayName);
        try (InputStream in = Optional.ofNullable(SampleFile.class.getResourceAsStream(resource))
                .orElseThrow(() -> new IOException("Missing sample resource " + resource))) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        target.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return target;
    }
}
