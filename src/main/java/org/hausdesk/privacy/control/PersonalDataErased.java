package org.hausdesk.privacy.control;

import java.util.List;
import java.util.Objects;

/**
 * Fired (synchronously, inside the erasure's transaction) when a resident's personal data was erased: components
 * that keep copies of it elsewhere remove them (the notify component its outbox messages about these tickets and to
 * these addresses, e.g. sign-in links that belong to no ticket).
 */
public record PersonalDataErased(List<String> ticketNumbers, List<String> addresses) {

    public PersonalDataErased {
        ticketNumbers = ticketNumbers.stream().filter(Objects::nonNull).toList();
        addresses = addresses.stream().filter(Objects::nonNull).toList();
    }
}
