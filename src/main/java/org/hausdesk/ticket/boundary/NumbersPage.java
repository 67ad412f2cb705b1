package org.hausdesk.ticket.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.hausdesk.account.control.Caller;
import org.hausdesk.account.entity.Account;
import org.hausdesk.house.entity.House;
import org.hausdesk.ticket.control.TicketStatistics;
import org.hausdesk.web.Pages;

/** The numbers page ({@code /helfer/zahlen}): per house (the helper's, or all for coordinators) and for the shared queue. */
@Named
@RequestScoped
public class NumbersPage {

    @Inject
    TicketStatistics statistics;

    @Inject
    Pages pages;

    @Inject
    Caller caller;

    private Account account;

    public void load() {
        account = pages.signedIn(caller.account()).orElse(null);
    }

    public Account account() {
        return account;
    }

    public int periodDays() {
        return TicketStatistics.PERIOD_DAYS;
    }

    public List<TicketStatistics.HouseNumbers> houses() {
        var ids = account.isCoordinator() ? null : account.houses().stream().map(House::id).collect(Collectors.toSet());
        return statistics.perHouse(ids);
    }

    public TicketStatistics.SharedNumbers shared() {
        return statistics.shared();
    }

    public String minutes(Double minutes) {
        return minutes == null ? "–" : String.valueOf(Math.round(minutes));
    }

    public String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + " %";
    }
}
