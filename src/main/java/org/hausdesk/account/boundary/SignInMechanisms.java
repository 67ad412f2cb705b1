package org.hausdesk.account.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition.OpenIdAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hausdesk.account.control.Accounts;
import org.hausdesk.platform.control.Audited;

/**
 * Which way of signing in handles a request: the cooperative's cloud (OpenID Connect, only on
 * {@value #CLOUD} and its return address, and only when configured), otherwise {@link Authentication}
 * (HTTP Basic for the API, the sign-in page and the session for the browser). A cloud sign-in ends in
 * the same kind of session as a password sign-in, for an active Hausdesk account of the same name.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${cloudSignIn.providerUri}",
        clientId = "${cloudSignIn.clientId}",
        clientSecret = "${cloudSignIn.clientSecret}",
        redirectURI = "${baseURL}" + SignInMechanisms.CLOUD_RETURN,
        redirectToOriginalResource = false,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username"),
        jwksConnectTimeout = 5000, jwksReadTimeout = 5000)
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class SignInMechanisms implements HttpAuthenticationMechanismHandler {

    public static final String CLOUD = "/anmelden/cloud";
    public static final String CLOUD_RETURN = "/anmelden/cloud/zurueck";

    @Inject
    @OpenIdAuthenticationMechanism
    HttpAuthenticationMechanism cloud;

    @Inject
    Authentication local;

    @Inject
    CloudSignIn cloudSignIn;

    @Inject
    Accounts accounts;

    @Inject
    Event<Audited> audit;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (!isCloud(request)) {
            return local.validateRequest(request, response, context);
        }
        var status = cloud.validateRequest(request, response, context);
        if (status == AuthenticationStatus.SUCCESS && context.getCallerPrincipal() != null) {
            var name = context.getCallerPrincipal().getName();
            var account = accounts.byUsername(Accounts.normalizeUsername(name)).filter(a -> a.active());
            if (account.isEmpty()) {
                audit.fire(new Audited(name, "SIGN_IN_FAILED", "cloud: no such Hausdesk account"));
                request.setAttribute(UNKNOWN_ACCOUNT, Boolean.TRUE);
                return context.doNothing();
            }
            local.startSession(request, account.get().username(), "cloud");
            return context.notifyContainerAboutLogin(account.get().username(), java.util.Set.of());
        }
        return status;
    }

    /** Set on the request when the cloud knew the person but Hausdesk has no account of that name. */
    public static final String UNKNOWN_ACCOUNT = "hausdesk.cloud.unknown";

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return isCloud(request) ? cloud.secureResponse(request, response, context)
                : local.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        local.cleanSubject(request, response, context);
    }

    private boolean isCloud(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return (path.equals(CLOUD) || path.equals(CLOUD_RETURN)) && cloudSignIn.enabled();
    }
}
