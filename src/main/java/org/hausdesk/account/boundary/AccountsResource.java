package org.hausdesk.account.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hausdesk.account.control.Accounts;
import org.hausdesk.account.control.Caller;
import org.hausdesk.account.entity.Account;
import org.hausdesk.account.entity.Role;
import org.hausdesk.house.control.Houses;
import org.hausdesk.house.entity.House;
import org.hausdesk.platform.boundary.InvalidField;

/** Helper and coordinator accounts: created by coordinators; everyone signed in can see themselves. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AccountsResource {

    @Inject
    Accounts accounts;

    @Inject
    Houses houses;

    @Inject
    Caller caller;

    public record AccountView(String username, String displayName, String email, Role role, String language,
                              List<String> houses, boolean mayPublish, boolean namedToResidents, boolean dailySummary) {
        static AccountView of(Account account) {
            return new AccountView(account.username(), account.displayName(), account.email(), account.role(),
                    account.language(), account.houses().stream().map(House::slug).sorted().toList(),
                    account.mayPublish(), account.namedToResidents(), account.dailySummary());
        }
    }

    /** A helper's consent to be named (first name only) to the residents of their houses. */
    public record Naming(@NotNull Boolean named) {
    }

    /** A helper's choice of the daily summary e-mail. */
    public record SummaryChoice(@NotNull Boolean wanted) {
    }

    public record NewAccount(
            String username,
            String displayName,
            String email,
            String password,
            @NotNull Role role,
            @Pattern(regexp = "de|en", message = "de or en") String language,
            List<@NotBlank String> houses,
            boolean mayPublish) {
    }

    @GET
    @Path("me")
    @Operation(summary = "The signed-in helper or coordinator")
    public AccountView me() {
        return AccountView.of(caller.staff());
    }

    @PUT
    @Path("me/named-to-residents")
    @Operation(summary = "Whether residents of the caller's houses see the caller's first name (the caller's own consent)")
    public AccountView nameToResidents(@Valid @NotNull Naming naming) {
        return AccountView.of(accounts.nameToResidents(caller.staff(), naming.named()));
    }

    @PUT
    @Path("me/daily-summary")
    @Operation(summary = "Whether the caller gets one e-mail every morning about their houses (off unless chosen)")
    public AccountView dailySummary(@Valid @NotNull SummaryChoice choice) {
        return AccountView.of(accounts.chooseDailySummary(caller.staff(), choice.wanted()));
    }

    @POST
    @Path("accounts")
    @Operation(summary = "Create a helper or coordinator account (coordinators)")
    public Response create(@Valid @NotNull NewAccount request) {
        caller.coordinator();
        var memberOf = new HashSet<House>();
        for (var slug : request.houses() == null ? List.<String>of() : request.houses()) {
            memberOf.add(houses.bySlug(slug).orElseThrow(() -> new InvalidField("houses", "unknown house " + slug)));
        }
        var account = accounts.create(request.username(), request.displayName(), request.email(),
                request.password(), request.role(), request.language(), memberOf, request.mayPublish());
        return Response.created(URI.create("accounts/" + account.username())).entity(AccountView.of(account)).build();
    }
}
