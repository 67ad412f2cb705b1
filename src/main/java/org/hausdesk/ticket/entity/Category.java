package org.hausdesk.ticket.entity;

/** What a request is about, in the words residents would use for the cooperative's services. */
public enum Category {
    MESSENGER("Messenger", "Messenger"),
    CLOUD_FILES("Cloud und Dateien", "Cloud and files"),
    VIDEO_MEETINGS("Videokonferenzen", "Video meetings"),
    POLLS("Umfragen", "Polls"),
    LOGIN_ACCOUNT("Anmelden und Konto", "Login and account"),
    DEVICE("Handy oder Computer", "Phone or computer"),
    OTHER("Sonstiges", "Other");

    private final String german;
    private final String english;

    Category(String german, String english) {
        this.german = german;
        this.english = english;
    }

    public String label(String language) {
        return "en".equals(language) ? english : german;
    }
}
