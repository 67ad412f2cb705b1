package org.hausdesk.platform.control;

/**
 * The one question about the caller that components below the account component ask (e.g. the house component
 * when a house is created). The account component answers it ({@code account.control.Caller}) from the account
 * as stored now, so that those components need not depend on accounts.
 */
public interface Coordinators {

    /** Returns for a signed-in coordinator; 401 for anonymous callers, 403 for everybody else. */
    void requireCoordinator();
}
