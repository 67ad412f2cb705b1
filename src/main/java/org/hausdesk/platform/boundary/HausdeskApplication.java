package org.hausdesk.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API lives under {@code /api}; its OpenAPI description under {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(
        title = "Hausdesk API",
        version = "1",
        description = "Help desk of a housing cooperative: residents file requests without an account and "
                + "follow them with a private token (header X-Ticket-Token); helpers and coordinators sign in "
                + "with HTTP Basic authentication."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(securitySchemeName = "ticketToken", type = SecuritySchemeType.APIKEY,
        in = org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn.HEADER, apiKeyName = "X-Ticket-Token")
public class HausdeskApplication extends Application {

    /** No generated WADL description ({@code /api/application.wadl}): the API is described in {@code /openapi}. */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
