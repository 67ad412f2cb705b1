package org.hausdesk.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.hausdesk.it.Api.As;
import org.hausdesk.it.arquillian.TestRun;
import org.junit.jupiter.api.Test;

/**
 * The restore drill: an instance with requests, a helper's answer and a picture is backed up by Hausdesk itself,
 * its database and folders are wiped, and a start with {@code HAUSDESK_APP_RESTORE_FROM} on an empty database
 * brings back every request, the answer, the picture (byte for byte) and search. Production WAR, own Payara Micro,
 * own database, on the database of the run.
 */
class BackupRestoreIT {

    @Test
    void aBackupBroughtBackIntoAnEmptyDatabaseHasEveryRequestPictureAndSearchResult() throws Exception {
        var dir = Path.of("target", "restore-drill", TestRun.database().toLowerCase() + "-" + Api.unique("run"))
                .toAbsolutePath();
        var database = PayaraProcess.freshDatabase(dir);
        var settings = PayaraProcess.ownSettings(dir, database);
        settings.put("hausdesk.app.backup-dir", dir.resolve("backups").toString());
        try {
            String folder;
            Cooperative.Filed withPicture;
            Cooperative.Filed answered;
            byte[] picture;
            try (var server = new PayaraProcess(settings, dir.resolve("payara-before.log"))) {
                server.start();
                var api = new Api(server.base());
                var cooperative = new Cooperative(api);
                var house = cooperative.house();
                withPicture = cooperative.file(house, "Sicherungsprobe Bildschirmfoto");
                var uploaded = api.post("api/tickets/" + withPicture.number() + "/attachments?name=foto.jpg",
                        withPicture.as(), AttachmentsIT.screenshot()).expect(201).json();
                picture = api.download("api/tickets/" + withPicture.number() + "/attachments/"
                        + uploaded.getJsonNumber("id"), Api.coordinator()).body();
                answered = cooperative.file(house, "Sicherungsprobe Kalender");
                api.post("api/tickets/" + answered.number() + "/claim", house.first().as(), "").expect(200);
                api.post("api/tickets/" + answered.number() + "/replies", house.first().as(),
                        Api.json("body", "Bitte einmal neu anmelden, dann geht der Kalender wieder.")).expect(201);

                assertEquals(401, api.post("api/backups", As.ANONYMOUS, "").status(), "coordinators only");
                assertEquals(403, api.post("api/backups", house.first().as(), "").status(), "coordinators only");
                var made = api.post("api/backups", Api.coordinator(), "").expect(201).json();
                folder = made.getString("folder");
                assertEquals(1, made.getInt("attachments"), made.toString());
                var again = api.post("api/backups", Api.coordinator(), "").expect(201).json().getString("folder");
                assertNotEquals(folder, again, "a second backup never overwrites the first");
                server.kill();
            }

            // the machine is lost: database, attachments and index are gone
            PayaraProcess.emptyDatabase(database);
            deleteRecursively(dir.resolve("attachments"));
            deleteRecursively(dir.resolve("index"));

            settings.put("hausdesk.app.restore-from", dir.resolve("backups").resolve(folder).toString());
            try (var server = new PayaraProcess(settings, dir.resolve("payara-after.log"))) {
                server.start();
                var api = new Api(server.base());
                var ticket = api.get("api/tickets/" + answered.number(), Api.coordinator()).expect(200).json();
                assertTrue(ticket.toString().contains("dann geht der Kalender wieder"), ticket.toString());
                var restored = api.get("api/tickets/" + withPicture.number(), withPicture.as()).expect(200).json();
                var attachment = restored.getJsonArray("attachments").getJsonObject(0);
                assertArrayEquals(picture, api.download("api/tickets/" + withPicture.number() + "/attachments/"
                        + attachment.getJsonNumber("id"), Api.coordinator()).body(), "the picture, byte for byte");
                await().atMost(Duration.ofSeconds(30)).until(() -> api.get("api/search?q=Sicherungsprobe",
                        Api.coordinator()).expect(200).json().getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                        .map(hit -> hit.getString("key")).toList()
                        .containsAll(java.util.List.of(withPicture.number(), answered.number())));
                assertFalse(server.log().contains("Hausdesk cannot start"));
                assertTrue(server.log().contains("Restored from"), "the log says what was restored");
            }
        } finally {
            PayaraProcess.dropDatabase(database);
        }
    }

    private static void deleteRecursively(Path path) throws Exception {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
