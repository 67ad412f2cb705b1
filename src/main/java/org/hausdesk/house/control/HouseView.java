package org.hausdesk.house.control;

import org.hausdesk.house.entity.House;

/** A house as the API shows it to anyone, also inside other components' messages (e.g. a ticket's house). */
public record HouseView(String slug, String name, org.hausdesk.house.entity.HouseStage stage,
                        java.time.LocalDate moveInOn) {

    public static HouseView of(House house) {
        return new HouseView(house.slug(), house.name(), house.stage(), house.moveInOn());
    }
}
