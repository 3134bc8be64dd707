package org.dialogue.meetings.web.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The controls that change something, on every page that has some: what a reader without the role must not be
 * offered. Found by the ids the pages give them (the last part of the client id).
 */
public final class ChangeControls {

    /** Buttons and forms of the secretariat (meetings, agendas, participants, editions, axes). */
    public static final List<String> SECRETARIAT = List.of("scheduleMeeting", "newMeeting", "editMeeting",
            "cancelMeeting", "addItem", "moveUp", "moveDown", "removeItem", "editItem", "addParticipant", "removeParticipant",
            "newPerson", "addNewPerson",
            "newEdition", "editEdition", "markHeld", "cancelEdition", "addAxis", "removeAxis",
            "scheduleEditionMeeting");

    /** Buttons and forms of the administrator (agreements). */
    public static final List<String> ADMINISTRATOR = List.of("newAgreement", "agreementForm");

    private ChangeControls() {
    }

    /** The ids of the change controls the current page shows. */
    public static List<String> shown(WebDriver driver) {
        return driver.findElements(By.cssSelector("main [id]")).stream()
                .map(element -> element.getAttribute("id"))
                .map(id -> id.substring(id.lastIndexOf(':') + 1))
                .filter(id -> SECRETARIAT.contains(id) || ADMINISTRATOR.contains(id))
                .distinct()
                .toList();
    }

    /** The text inputs, text areas and select menus inside the page's main part (filters included). */
    public static List<String> inputs(WebDriver driver) {
        return driver.findElements(By.cssSelector("main input:not([type=hidden]), main textarea, main select"))
                .stream().map(element -> element.getAttribute("id")).toList();
    }
}
