/**
 * What the pages share: the template's helpers (language and time format, the notice after a
 * redirect, QR codes) and {@link org.hausdesk.web.Pages} for the page beans, which live in the
 * boundary of their component (the signed-in person and the anti-forgery token are the account
 * component's {@code Me} and {@code Csrf}).
 *
 * <p>Rules: every view is stateless ({@code transient}), so no form ever expires; a page bean reads
 * what it shows once per request, also when a form is sent, and answers 404 for what the caller may
 * not see, as the API does. After a change a page redirects (Post/Redirect/Get) with a notice. Texts
 * come from {@code texts_de.properties} and {@code texts_en.properties}, never from code. No inline
 * script or style (the Content-Security-Policy forbids both); the pages work without JavaScript.
 *
 * <p>May use: platform. Used by: the components' pages. ({@code ArchitectureTest} checks this.)
 */
package org.hausdesk.web;
