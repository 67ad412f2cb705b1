package org.hausdesk.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/** The one producer of the two settings every component uses: the site's address and the cooperative's time zone. */
@ApplicationScoped
public class Settings {

    @Inject
    @ConfigProperties
    PlatformConfig platform;

    /** Dependent: a record (and a {@code ZoneId}) cannot be proxied; both are cheap to make per injection. */
    @Produces
    BaseUrl baseUrl() {
        return new BaseUrl(platform.baseUrl());
    }

    @Produces
    ZoneId zone() {
        return ZoneId.of(platform.timeZone());
    }

    /** Where Hausdesk is reached, without a trailing slash: {@code https://hilfe.example.de}. */
    public record BaseUrl(String value) {

        public boolean https() {
            return value.startsWith("https://");
        }
    }
}
