package org.geoprospect.service;

import java.nio.file.Path;
import org.geoprospect.analysis.ranking.ClientRanker;
import org.geoprospect.analysis.ranking.ClientRanking;
import org.geoprospect.analysis.ranking.RankingOptions;
import org.geoprospect.store.ClientRepository;
import org.geoprospect.store.ProjectDatabase;

/**
 * The best-client ranking of a project's customer file (the method is {@link ClientRanker}'s). Opens the
 * project for the call. Thread-safe.
 */
public final class RankingService {
    /**
     * Ranks the project's clients.
     *
     * @throws UserFacingException when the sector option names no client's sector
     */
    public ClientRanking rankClients(Path projectDir, RankingOptions options) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            return rank(new ClientRepository(database).findAll(), options);
        }
    }

    /** Ranks an already loaded customer file (the UI's table). */
    public static ClientRanking rank(java.util.List<org.geoprospect.model.Client> clients, RankingOptions options) {
        try {
            return ClientRanker.rank(clients, options);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }
}
