package org.hausdesk.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hausdesk.platform.control.TextInput;

/**
 * Control characters (a NUL above all) are refused at the edge with {@code 400}, before anything
 * looks them up or stores them: in the path and query of every request, and in the fields of the
 * pages' forms. JSON bodies are checked by {@link RequestLimits}, Basic credentials by the sign-in.
 * So both databases see the same text, and no query fails deep inside with a 500.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class InputCharacters extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (TextInput.hasEncodedControlCharacters(request.getRequestURI())
                || TextInput.hasEncodedControlCharacters(request.getQueryString())
                || !Problems.isApi(request) && Problems.changes(request) && formHasControlCharacters(request)) {
            Problems.write(request, response, 400, "The request contains control characters",
                    "Die Anfrage enthält unzulässige Steuerzeichen");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean formHasControlCharacters(HttpServletRequest request) {
        for (var entry : request.getParameterMap().entrySet()) {
            if (TextInput.hasControlCharacters(entry.getKey())) {
                return true;
            }
            for (var value : entry.getValue()) {
                if (TextInput.hasControlCharacters(value)) {
                    return true;
                }
            }
        }
        return false;
    }
}
