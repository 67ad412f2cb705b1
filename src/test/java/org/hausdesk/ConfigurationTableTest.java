package org.hausdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The README's configuration table lists exactly the keys the components' settings classes read. */
class ConfigurationTableTest {

    private static final List<Class<?>> SETTINGS = List.of(org.hausdesk.app.control.AppConfig.class,
            org.hausdesk.platform.control.PlatformConfig.class, org.hausdesk.account.control.AccountConfig.class,
            org.hausdesk.ticket.control.TicketConfig.class, org.hausdesk.notify.control.NotifyConfig.class,
            org.hausdesk.notify.control.MailInConfig.class,
            org.hausdesk.kb.control.KbConfig.class, org.hausdesk.search.control.SearchConfig.class,
            org.hausdesk.privacy.control.PrivacyConfig.class);

    /** Read by the data source's definition ({@code Database}), not by a settings class. */
    private static final List<String> DATA_SOURCE = List.of("hausdesk.platform.db-url", "hausdesk.platform.db-user",
            "hausdesk.platform.db-password");

    /** Settings named after what they are for rather than their component: the mailbox (HAUSDESK_MAIL_IN_*) is notify's. */
    private static final java.util.Map<String, String> NAMED_OTHERWISE = java.util.Map.of("hausdesk.mail-in", "hausdesk.notify");

    private static String environment(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    @Test
    void theReadmeTableListsEveryKeyAndNoOther() throws Exception {
        var inCode = new TreeSet<String>();
        DATA_SOURCE.forEach(key -> inCode.add(environment(key)));
        for (var settings : SETTINGS) {
            var prefix = settings.getAnnotation(ConfigProperties.class).prefix();
            var component = NAMED_OTHERWISE.getOrDefault(prefix, prefix);
            assertTrue(component.matches("hausdesk\\.[a-z]+"), settings + ": hausdesk.<component>");
            assertTrue(settings.getPackageName().startsWith(component.replace("hausdesk.", "org.hausdesk.")),
                    settings + " lives in the component its keys are named after");
            for (var field : settings.getDeclaredFields()) {
                var property = field.getAnnotation(ConfigProperty.class);
                if (property != null) {
                    inCode.add(environment(prefix + "." + property.name()));
                }
            }
        }
        var readme = Files.readString(Path.of("README.md"));
        var table = readme.substring(readme.indexOf("### Configuration"), readme.indexOf("Durations are ISO-8601"));
        var inReadme = new TreeSet<String>();
        var names = Pattern.compile("`(HAUSDESK_[A-Z_]+)`").matcher(table);
        while (names.find()) {
            inReadme.add(names.group(1));
        }
        assertEquals(inCode, inReadme);
    }
}
