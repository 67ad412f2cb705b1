package org.hausdesk.it.time;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/** {@code POST /api/test-clock?forward=PT31S} → {@code {"now": ...}}: the test deployment's way to let time pass (see {@link TestClock}). */
@Path("test-clock")
public class TestClockResource {

    @Inject
    TestClock clock;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public String forward(@QueryParam("forward") String forward) {
        try {
            return "{\"now\":\"" + clock.advance(Duration.parse(forward)) + "\"}";
        } catch (DateTimeParseException | NullPointerException | IllegalArgumentException e) {
            throw new BadRequestException("forward=<ISO-8601 duration>, e.g. PT31S");
        }
    }
}
