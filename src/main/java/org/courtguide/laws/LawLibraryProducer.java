package org.courtguide.laws;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.courtguide.knowledge.KnowledgeConfig;

/** The shipped laws, read once from the {@code laws} folders of the configured knowledge paths. */
@ApplicationScoped
class LawLibraryProducer {

    @Produces
    @Singleton
    LawLibrary lawLibrary(KnowledgeConfig config) {
        return LawLibrary.load(config.paths());
    }
}
