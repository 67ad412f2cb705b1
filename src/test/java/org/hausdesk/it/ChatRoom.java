package org.hausdesk.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP receiver standing in for the helpers' chat room's incoming webhook. */
public final class ChatRoom implements AutoCloseable {

    private static ChatRoom shared;

    private final List<JsonObject> received = new CopyOnWriteArrayList<>();
    private HttpServer server;

    /** The one chat room of the test run, started on first use (see {@link Mailbox#shared()}). */
    public static synchronized ChatRoom shared() {
        if (shared == null) {
            shared = new ChatRoom().start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    public ChatRoom start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1",
                    org.hausdesk.it.arquillian.TestRun.port("webhook")), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            try (var reader = Json.createReader(new StringReader(body))) {
                received.add(reader.readObject());
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return this;
    }

    /** The {@code text} of every message received that mentions {@code needle}. */
    public List<String> textsAbout(String needle) {
        return received.stream().map(m -> m.getString("text")).filter(t -> t.contains(needle)).toList();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
