package org.hausdesk.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.platform.control.PlatformConfig;

/**
 * Bodies sent to the API are checked before anything parses them: at most
 * {@code hausdesk.platform.max-body-bytes} (default 256 KiB; 413 otherwise, also for bodies sent
 * without a length), valid UTF-8, and JSON as strict as {@link StrictJson} (400 otherwise, naming
 * the field). Each answer is quick and says what was wrong; nothing is stored.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestLimits extends HttpFilter {

    /** A picture or PDF sent to a ticket: its own size limit, and it is no text. */
    static final java.util.regex.Pattern ATTACHMENT_UPLOAD = java.util.regex.Pattern.compile(".*/api/tickets/[^/]+/attachments/?");
    @Inject
    @ConfigProperties
    PlatformConfig platform;

    private int maxBytes;
    private int maxAttachmentBytes;

    @Override
    public void init() {
        maxBytes = platform.maxBodyBytes();
        maxAttachmentBytes = platform.maxAttachmentBytes();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!Problems.changes(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean upload = ATTACHMENT_UPLOAD.matcher(request.getRequestURI()).matches();
        int maxBytes = upload ? maxAttachmentBytes : this.maxBytes;
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            if (length <= 4L * maxBytes) {
                // read it (a little over the limit), so that the client gets the answer, not a reset connection
                request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } else {
                response.setHeader("Connection", "close");
            }
            tooLarge(response, maxBytes);
            return;
        }
        var body = new ByteArrayOutputStream();
        try (var in = request.getInputStream()) {
            var buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) != -1; ) {
                body.write(buffer, 0, n);
                if (body.size() > maxBytes) {
                    response.setHeader("Connection", "close");
                    tooLarge(response, maxBytes);
                    return;
                }
            }
        }
        var bytes = body.toByteArray();
        var problem = upload ? null : check(bytes, request.getContentType());
        if (problem != null) {
            Problems.write(response, 400, problem.message(), java.util.Map.of(problem.field(), problem.message()));
            return;
        }
        chain.doFilter(new Buffered(request, bytes), response);
    }

    private static void tooLarge(HttpServletResponse response, int maxBytes) throws IOException {
        Problems.write(response, 413, "The request is too large (at most %d KB)".formatted(maxBytes / 1024));
    }

    /**
     * What is wrong with a body, or {@code null}: it must be UTF-8 text, and a JSON body must be
     * {@link StrictJson strict JSON} (an empty one is left to the resource, which says what it needs).
     */
    static StrictJson.Violation check(byte[] body, String contentType) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return new StrictJson.Violation("request", "The request is not valid UTF-8 text");
        }
        boolean json = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).matches("application/([a-z.+-]*\\+)?json\\b.*");
        if (!json || text.isBlank()) {
            return null;
        }
        return StrictJson.check(text);
    }

    /** The request with its body read already. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
