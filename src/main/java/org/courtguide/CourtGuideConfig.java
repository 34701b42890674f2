package org.courtguide;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/**
 * Settings shared by every feature. Feature settings live in their own mappings under
 * {@code court-guide.<feature>} (see {@code application.properties}).
 */
@ConfigMapping(prefix = "court-guide")
public interface CourtGuideConfig {

    /** Folder for everything the app writes: the embedded index and the H2 database. Defaults to {@code ./data}; a relative path must start with {@code ./}. */
    @WithDefault("./data")
    Path dataDir();
}
