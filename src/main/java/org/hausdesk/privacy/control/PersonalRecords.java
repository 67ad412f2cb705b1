package org.hausdesk.privacy.control;

import java.time.Instant;
import java.util.List;

/**
 * Personal data a component above privacy keeps about residents besides their tickets (the onboarding board's
 * households). The coordinator's export and erasure by e-mail address or phone number ask every implementation, and
 * the retention round lets each remove what it no longer needs; privacy itself never reads the other component.
 */
public interface PersonalRecords {

    /** The name of the records in the export, e.g. {@code households}. */
    String section();

    /** Everything kept about the resident with this e-mail address or phone number (either may be null), as records. */
    List<?> export(String email, String phone);

    /** Removes what is kept about that resident; how many entries went. */
    int erase(String email, String phone);

    /**
     * The retention round: removes the entries whose reason to be kept ended before the cutoff (a household that
     * moved out); how many went.
     */
    int removeEndedBefore(Instant cutoff);
}
