package org.hausdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** For the page template: the notice a redirect asked to show ("Ihre Antwort ist angekommen"). */
@Named
@RequestScoped
public class Notice {

    @Inject
    Pages pages;

    public String text() {
        return pages.notice();
    }
}
