package org.hausdesk.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Posts {@code {"text": "..."}} to the helpers' chat room: the body that Matrix hookshot,
 * Rocket.Chat and Mattermost incoming webhooks take. Configured by {@code hausdesk.notify.chat-webhook-url}.
 */
@ApplicationScoped
public class WebhookSender {

    @Inject
    @ConfigProperties
    NotifyConfig settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Optional<String> url() {
        return settings.chatWebhookUrl().filter(u -> !u.isBlank());
    }

    public void send(String target, String text) throws IOException, InterruptedException {
        var body = Json.createObjectBuilder().add("text", text).build().toString();
        var request = HttpRequest.newBuilder(URI.create(target))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("The chat webhook answered HTTP " + response.statusCode());
        }
    }
}
