package org.courtguide.retrieval;

import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Optional;
import org.courtguide.CourtGuideConfig;

/** An embedded index in a folder of its own, configured as the app's defaults, for tests without the app. */
final class LuceneIndexFixture {

    private LuceneIndexFixture() {}

    /** Opened; the caller closes it. */
    static LuceneKnowledgeIndex open(Path dataDir, float characterPairBoost) {
        LuceneKnowledgeIndex index = new LuceneKnowledgeIndex(
                courtGuide(dataDir), indexConfig(), retrievalConfig(characterPairBoost), new ObjectMapper());
        index.open();
        return index;
    }

    private static CourtGuideConfig courtGuide(Path dataDir) {
        CourtGuideConfig config = mock(CourtGuideConfig.class);
        when(config.dataDir()).thenReturn(dataDir);
        return config;
    }

    private static IndexConfig indexConfig() {
        IndexConfig config = mock(IndexConfig.class, CALLS_REAL_METHODS);
        // stubbed without calling: with real methods on, calling an abstract one would throw
        doReturn(Optional.empty()).when(config).ramBufferMb();
        return config;
    }

    /** The app's defaults for the settings the index reads. */
    static RetrievalConfig retrievalConfig(float characterPairBoost) {
        RetrievalConfig config = mock(RetrievalConfig.class);
        when(config.bm25K1()).thenReturn(1.2f);
        when(config.bm25B()).thenReturn(0.75f);
        when(config.bodyBoost()).thenReturn(1f);
        when(config.sectionBoost()).thenReturn(0.6f);
        when(config.titleBoost()).thenReturn(0.3f);
        when(config.expansionBoost()).thenReturn(0.5f);
        when(config.characterPairBoost()).thenReturn(characterPairBoost);
        when(config.characterPairMaxShare()).thenReturn(0.05);
        return config;
    }
}
