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

    /** The name of this category's folder in kb-content, e.g. {@code cloud-files}. */
    public String folder() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<Category> fromFolder(String folder) {
        return java.util.Arrays.stream(values()).filter(c -> c.folder().equals(folder)).findFirst();
    }
}
