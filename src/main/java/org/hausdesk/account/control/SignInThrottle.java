package org.hausdesk.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.hausdesk.platform.control.RateLimits;
import org.hausdesk.platform.control.UseLimiter;

/**
 * Failed sign-ins slow an account and an address down: after {@value #PER_ACCOUNT} failures for one
 * username (whether it exists or not) within 15 minutes, or {@value #PER_ADDRESS} from one address,
 * further attempts are refused without looking at the password, until time has passed (one more try
 * every 3 minutes for the account, every 45 seconds for the address): {@code 429} with
 * {@code Retry-After}, the same for existing and unknown names, so it says nothing about whether an
 * account exists. Counted where the rate limits are ({@link RateLimits#limiter}): with several servers, across them.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;

    @Inject
    RateLimits limits;

    private UseLimiter accounts;
    private UseLimiter addresses;

    @PostConstruct
    void configure() {
        accounts = limits.limiter("sign-in-account", PER_ACCOUNT, Duration.ofMinutes(15));
        addresses = limits.limiter("sign-in-address", PER_ADDRESS, Duration.ofMinutes(15));
    }

    public boolean mayTry(String username, String address) {
        return accounts.peek(username) == 0 && addresses.peek(address) == 0;
    }

    /** Seconds until this username (as typed) may be tried again from this address; 0 when it may now. */
    public long retryAfter(String username, String address) {
        return Math.max(accounts.peek(Accounts.normalizeUsername(username)), addresses.peek(address));
    }

    public void failed(String username, String address) {
        accounts.take(username);
        addresses.take(address);
    }
}
