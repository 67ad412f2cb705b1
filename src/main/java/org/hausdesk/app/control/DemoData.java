package org.hausdesk.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.logging.Logger;
import org.hausdesk.account.control.Accounts;
import org.hausdesk.account.entity.Role;
import org.hausdesk.house.control.Houses;
import org.hausdesk.ticket.control.Tickets;
import org.hausdesk.ticket.entity.Category;
import org.hausdesk.ticket.entity.Requester;

/**
 * Made-up houses, helpers and requests for trying Hausdesk out ({@code hausdesk.app.demo=true}, which
 * the README's run command sets). Loaded only into an empty database, never in production.
 * Every demo account has the password {@value #PASSWORD}.
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "demo-passwort";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    Houses houses;

    @Inject
    Accounts accounts;

    @Inject
    Tickets tickets;

    @Inject
    org.hausdesk.onboarding.control.Onboarding onboarding;

    @Transactional
    public void loadIfEmpty() {
        if (houses.count() > 0) {
            return;
        }
        var linden = houses.create("linden", "Lindenstraße 12", null);
        var muehlbach = houses.create("muehlbach", "Am Mühlbach 3", null);
        var garten = houses.create("gartenweg", "Gartenweg 7", null);

        accounts.create("koordination", "Koordination (AG Digitalisierung)", null, PASSWORD, Role.COORDINATOR, "de",
                Set.of(), false);
        var anna = accounts.create("anna", "Anna", null, PASSWORD, Role.HELPER, "de", Set.of(linden), false);
        var ben = accounts.create("ben", "Ben", null, PASSWORD, Role.HELPER, "de", Set.of(linden), false);
        // the demo helpers of Lindenstraße agreed to be named to its residents
        accounts.nameToResidents(anna, true);
        accounts.nameToResidents(ben, true);
        var carla = accounts.create("carla", "Carla", null, PASSWORD, Role.HELPER, "de", Set.of(muehlbach), false);
        accounts.create("deniz", "Deniz", null, PASSWORD, Role.HELPER, "en", Set.of(muehlbach, garten), false);

        tickets.file(linden, Category.MESSENGER, "Messenger lässt sich nicht installieren",
                "Ich habe ein neues Handy und im Play Store steht bei der Messenger-App nur \"Nicht kompatibel\".",
                new Requester("Frau Beispiel", "0000 000000", null), "de", null);
        var video = tickets.file(muehlbach, Category.VIDEO_MEETINGS, "Wie komme ich in die Videokonferenz?",
                "Am Donnerstag ist die Hausversammlung als Videokonferenz. Ich habe einen Link bekommen, "
                        + "aber wenn ich ihn anklicke, passiert nichts.",
                new Requester("Herr Muster", null, null, "Erdgeschoss links, bitte klingeln"), "de", null);
        tickets.claim(video.ticket().number(), carla);
        tickets.replyAsHelper(video.ticket().number(), carla,
                "Guten Tag, welches Gerät benutzen Sie: Handy, Tablet oder Computer?", true);
        var login = tickets.file(linden, Category.LOGIN_ACCOUNT, "Passwort für die Cloud vergessen",
                "Ich komme nicht mehr in die Cloud, das Passwort wird nicht angenommen.",
                new Requester("Frau Probe", null, null), "de", null);
        tickets.addNote(login.ticket().number(), anna, "Kenne ich: meist hilft das Zurücksetzen über die Startseite.");
        onboardingBoards(anna);
        LOG.info("Demo data loaded: 3 houses, 5 accounts (password '" + PASSWORD + "'), 3 requests, households of "
                + "Lindenstraße on its onboarding board");
    }

    /** Lindenstraße's households, some steps done: what a board looks like a few weeks after move-in. */
    private void onboardingBoards(org.hausdesk.account.entity.Account anna) {
        var steps = onboarding.steps();
        String[][] households = {{"Whg. 1.1", "Erika"}, {"Whg. 1.2", null}, {"Whg. 2.1", "Jonas"}, {"Whg. 2.2", null},
                {"Whg. 3.1", null}};
        int done = households.length;
        for (var entry : households) {
            var household = onboarding.add("linden", anna, entry[0], entry[1], null, entry[1] != null).orElseThrow();
            for (int i = 0; i < Math.min(done, steps.size()); i++) {
                onboarding.mark(household.id(), steps.get(i).id(), org.hausdesk.onboarding.entity.StepStatus.DONE, null,
                        null, anna);
            }
            done--;
        }
    }
}
