package org.hausdesk.kb.control;

import jakarta.enterprise.context.Dependent;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The knowledge base's settings, {@code hausdesk.kb.*} (environment: {@code HAUSDESK_KB_*}).
 */
@ConfigProperties(prefix = "hausdesk.kb")
@Dependent
public class KbConfig {

    /** The folder of FAQ articles imported at start (default: the shipped kb-content). */
    @ConfigProperty(name = "content-dir")
    Optional<String> contentDir;
    public Optional<String> contentDir() {
        return contentDir;
    }
}
