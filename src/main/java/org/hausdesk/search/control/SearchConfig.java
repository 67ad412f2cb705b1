package org.hausdesk.search.control;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The search component's settings, {@code hausdesk.search.*} (environment: {@code HAUSDESK_SEARCH_*}).
 */
@ConfigProperties(prefix = "hausdesk.search")
@Dependent
public class SearchConfig {

    /** Where the Lucene index lives (rebuilt from the database when missing). */
    @ConfigProperty(name = "index-dir", defaultValue = "data/search-index")
    String indexDir;

    /** A cooperative's own synonyms, in addition to the shipped ones. */
    @ConfigProperty(name = "synonyms-file")
    Optional<String> synonymsFile;

    /**
     * How often the index looks for changes made elsewhere (by another server, or missed); changes made here are
     * indexed as soon as they are committed.
     */
    @ConfigProperty(name = "follow-interval", defaultValue = "PT0.5S")
    Duration followInterval;

    /** Similar requests within this time may be one outage. */
    @ConfigProperty(name = "outage-window", defaultValue = "PT2H")
    Duration outageWindow;

    @ConfigProperty(name = "outage-min-tickets", defaultValue = "3")
    int outageMinTickets;

    @ConfigProperty(name = "outage-min-houses", defaultValue = "2")
    int outageMinHouses;
    public String indexDir() {
        return indexDir;
    }

    public Optional<String> synonymsFile() {
        return synonymsFile;
    }

    public Duration followInterval() {
        return followInterval;
    }

    public Duration outageWindow() {
        return outageWindow;
    }

    public int outageMinTickets() {
        return outageMinTickets;
    }

    public int outageMinHouses() {
        return outageMinHouses;
    }
}
