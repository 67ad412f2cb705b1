package org.hausdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/hausdesk-start.sh, the production start with Java's AOT cache, run with a stand-in for {@code java} that
 * writes down how it was called and accepts a cache only if the cache says "good" (as Java refuses a cut-off one).
 */
class StartScriptTest {

    private static final Path SCRIPT = Path.of("deploy/hausdesk-start.sh").toAbsolutePath();

    @TempDir
    Path work;

    private Path java;
    private Path jar;
    private Path calls;

    @BeforeEach
    void standIns() throws IOException {
        calls = work.resolve("calls.txt");
        java = work.resolve("java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                echo "$*" >> "%s"
                previous=""
                for arg in "$@"; do
                    case "$arg" in
                        -XX:AOTCache=*) cache=${arg#-XX:AOTCache=} ;;
                        # as Java: a cache made for a jar is checked with that jar on the class path
                        -version) [[ "$(cat "$cache")" == good && "$classpath" == "%s" ]]; exit $? ;;
                    esac
                    [[ "$previous" == -cp ]] && classpath=$arg
                    previous=$arg
                done
                exit 0
                """.formatted(calls, work.resolve("hausdesk.jar")));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        jar = work.resolve("hausdesk.jar");
        Files.writeString(jar, "a jar");
    }

    @Test
    void theFirstStartRecordsTheNextUsesTheCache() throws Exception {
        assertEquals(0, start(Map.of()).exit());
        var first = lastCall();
        assertTrue(first.startsWith("-XX:AOTCacheOutput=start-cache/hausdesk-"), first);
        assertTrue(first.endsWith("-Xlog:aot=off -Xmx64m -Xss512k -jar " + jar + " --port 8080"), first);
        var cache = recorded(first);

        Files.writeString(work.resolve(cache), "good"); // what Java writes when that run stops
        assertEquals(0, start(Map.of()).exit());
        assertEquals("-XX:AOTCache=" + cache + " -Xmx64m -Xss512k -jar " + jar + " --port 8080", lastCall());
    }

    @Test
    void aCacheJavaRefusesIsDeletedAndRecordedAnew() throws Exception {
        start(Map.of());
        var cache = work.resolve(recorded(lastCall()));
        Files.writeString(cache, "cut off by a killed stop");

        var run = start(Map.of());
        assertTrue(run.output().contains("cannot be used; recording a new one"), run.output());
        assertFalse(Files.exists(cache));
        assertTrue(lastCall().startsWith("-XX:AOTCacheOutput=" + work.relativize(cache)), lastCall());
    }

    @Test
    void anotherJarGetsACacheOfItsOwnAndTheOldOneGoes() throws Exception {
        start(Map.of());
        var old = work.resolve(recorded(lastCall()));
        Files.writeString(old, "good");

        Files.writeString(jar, "the next release's jar");
        start(Map.of());
        var next = lastCall();
        assertTrue(next.startsWith("-XX:AOTCacheOutput=start-cache/hausdesk-"), next);
        assertFalse(next.contains(work.relativize(old).toString()), next);
        assertFalse(Files.exists(old), "the old jar's cache is of no use any more");
    }

    @Test
    void otherOptionsGetACacheOfTheirOwn() throws Exception {
        start(Map.of());
        var first = lastCall().substring(0, lastCall().indexOf(' '));
        run(List.of(SCRIPT.toString(), java.toString(), "-Xmx512m", "-jar", jar.toString()), Map.of());
        var second = lastCall().substring(0, lastCall().indexOf(' '));
        assertTrue(second.startsWith("-XX:AOTCacheOutput="), second);
        assertFalse(first.equals(second), "a cache made with other options is not reused: " + first);
    }

    @Test
    void javaFromThePathAndNoOptions() throws Exception {
        var path = work.resolve("bin");
        Files.createDirectories(path);
        Files.copy(java, path.resolve("java"), StandardCopyOption.COPY_ATTRIBUTES);
        var environment = Map.of("PATH", path + ":" + System.getenv("PATH"));
        var command = List.of(SCRIPT.toString(), "java", "-jar", jar.toString());
        assertEquals(0, run(command, environment).exit());
        var first = lastCall();
        assertTrue(first.startsWith("-XX:AOTCacheOutput=start-cache/hausdesk-") && first.endsWith(" -jar " + jar), first);
        Files.writeString(work.resolve(recorded(first)), "good");

        assertEquals(0, run(command, environment).exit());
        assertTrue(lastCall().startsWith("-XX:AOTCache=start-cache/hausdesk-"), lastCall());
    }

    @Test
    void aFolderItCannotWriteStartsWithoutCache() throws Exception {
        Files.writeString(work.resolve("a-file"), ""); // a folder inside a file cannot be made, not even by root
        var run = start(Map.of("HAUSDESK_START_CACHE_DIR", "a-file/start-cache"));
        assertEquals(0, run.exit());
        assertTrue(run.output().contains("cannot be written; starting without a start cache"), run.output());
        assertEquals("-Xmx64m -Xss512k -jar " + jar + " --port 8080", lastCall());
    }

    @Test
    void switchedOffItStartsJavaAsGiven() throws Exception {
        assertEquals(0, start(Map.of("HAUSDESK_START_CACHE", "off")).exit());
        assertEquals("-Xmx64m -Xss512k -jar " + jar + " --port 8080", lastCall());
        assertFalse(Files.exists(work.resolve("start-cache")));
    }

    @Test
    void withoutAJarItSaysSoInOneLine() throws Exception {
        var run = run(List.of(SCRIPT.toString(), java.toString(), "-Xmx64m", "-jar", work.resolve("gone.jar").toString()),
                Map.of());
        assertEquals(2, run.exit());
        assertTrue(run.output().startsWith("Hausdesk cannot start: no jar after -jar"), run.output());
        assertFalse(Files.exists(calls), "java was not started");
    }

    private record Run(int exit, String output) {
    }

    private Run start(Map<String, String> environment) throws Exception {
        return run(List.of(SCRIPT.toString(), java.toString(), "-Xmx64m", "-Xss512k", "-jar", jar.toString(), "--port",
                "8080"), environment);
    }

    private Run run(List<String> command, Map<String, String> environment) throws Exception {
        var builder = new ProcessBuilder(new ArrayList<>(command)).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    /** The cache a recording start names: {@code -XX:AOTCacheOutput=start-cache/hausdesk-<key>.aot ...}. */
    private static String recorded(String call) {
        assertTrue(call.startsWith("-XX:AOTCacheOutput="), call);
        return call.substring("-XX:AOTCacheOutput=".length(), call.indexOf(' '));
    }

    private String lastCall() throws IOException {
        try (Stream<String> lines = Files.lines(calls)) {
            return lines.reduce((a, b) -> b).orElseThrow();
        }
    }
}
