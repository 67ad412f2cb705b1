package org.hausdesk.kb.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes the published articles in the kb-content format, so a cooperative can keep its FAQ in git. */
@ApplicationScoped
public class KbExport {

    @Inject
    Articles articles;

    @Inject
    ZoneId zone;

    public byte[] zip() {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var article : articles.published()) {
                zip.putNextEntry(new ZipEntry("kb-content/" + ArticleFiles.path(article)));
                var updated = article.updatedAt().atZone(zone).toLocalDate();
                zip.write(ArticleFiles.write(article, updated).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
