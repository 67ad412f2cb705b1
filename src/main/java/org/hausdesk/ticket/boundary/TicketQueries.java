package org.hausdesk.ticket.boundary;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.EnumSet;
import java.util.List;
import org.hausdesk.platform.boundary.EnumParam;
import org.hausdesk.ticket.control.TicketQueue;
import org.hausdesk.ticket.entity.Category;
import org.hausdesk.ticket.entity.TicketState;

/** The query parameters of a queue listing, checked one by one so a typo gets a 400 that names it. */
public class TicketQueries {

    @QueryParam("queue")
    @DefaultValue("house")
    String queue;

    @QueryParam("state")
    List<String> states;

    @QueryParam("category")
    String category;

    @QueryParam("house")
    String house;

    @QueryParam("mine")
    boolean mine;

    @QueryParam("order")
    @DefaultValue("oldest")
    String order;

    @QueryParam("q")
    String text;

    @QueryParam("offset")
    @DefaultValue("0")
    int offset;

    @QueryParam("limit")
    @DefaultValue("50")
    int limit;

    TicketQueue.Filter filter() {
        if (text != null && text.length() > 200) {
            throw new org.hausdesk.platform.boundary.InvalidField("q", "at most 200 characters");
        }
        var wanted = EnumSet.noneOf(TicketState.class);
        for (var state : states == null ? List.<String>of() : states) {
            wanted.add(EnumParam.parse(TicketState.class, state, "state"));
        }
        return new TicketQueue.Filter(EnumParam.parse(TicketQueue.Queue.class, queue, "queue"), wanted,
                category == null ? null : EnumParam.parse(Category.class, category, "category"), house, mine,
                text == null || text.isBlank() ? null : text.strip(),
                EnumParam.parse(TicketQueue.Order.class, order.replace('-', '_'), "order"), false, offset, limit);
    }

    static Category category(String name) {
        return name == null || name.isBlank() ? Category.OTHER : EnumParam.parse(Category.class, name, "category");
    }
}
