package org.hausdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.hausdesk.web.RelativeTime.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeTimeTest {

    @ParameterizedTest(name = "{0} {1} -> {2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            PT20S     | AGO   | gerade eben    | just now
            PT20S     | SINCE | seit 1 Min.    | for 1 min
            PT20S     | IN    | gleich         | any moment
            PT5M      | AGO   | vor 5 Min.     | 5 min ago
            PT59M59S  | SINCE | seit 59 Min.   | for 59 min
            PT1H      | AGO   | vor 1 Std.     | 1 h ago
            PT5H30M   | IN    | in 5 Std.      | in 5 h
            PT47H     | SINCE | seit 47 Std.   | for 47 h
            PT48H     | SINCE | seit 2 Tagen   | for 2 days
            P3DT23H   | AGO   | vor 3 Tagen    | 3 days ago
            P40D      | SINCE | seit 40 Tagen  | for 40 days
            """)
    void saysTimesAsHelpersDo(String span, Kind kind, String german, String english) {
        assertEquals(german, RelativeTime.words(Duration.parse(span), kind, false));
        assertEquals(english, RelativeTime.words(Duration.parse(span), kind, true));
    }

    @ParameterizedTest
    @CsvSource({"-PT3H, IN, in 3 Std.", "-PT2M, AGO, vor 2 Min."})
    void theSignOfTheSpanDoesNotMatter(String span, Kind kind, String german) {
        assertEquals(german, RelativeTime.words(Duration.parse(span), kind, false));
    }
}
