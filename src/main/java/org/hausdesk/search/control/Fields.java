package org.hausdesk.search.control;

/** Every field name of the index, in one place. */
public final class Fields {

    /** "article:slug" or "ticket:number"; the key for updates. */
    public static final String ID = "id";
    public static final String TYPE = "type";
    public static final String KEY = "key";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    /** English articles are analysed in English, in fields of their own. */
    public static final String TITLE_EN = "title_en";
    public static final String BODY_EN = "body_en";
    public static final String TAGS = "tags";
    /** Title and text (with tags) of German documents, lower case only: the strictest match. */
    public static final String TITLE_EXACT = "title_exact";
    public static final String BODY_EXACT = "body_exact";
    /** Title and text (with tags) of German documents, umlauts folded, not stemmed. */
    public static final String TITLE_FOLDED = "title_folded";
    public static final String BODY_FOLDED = "body_folded";
    /** Title, text and tags of German documents, stemmed (with parts and forms) or folded; words only, for counting. */
    public static final String ALL = "all";
    /** The parts of compounds and the other forms of the words of a German document's title, text and tags. */
    public static final String PARTS = "parts";
    public static final String ALL_FOLDED = "all_folded";
    /** Internal notes of tickets: searched for helpers only. */
    public static final String NOTES = "notes";
    public static final String CATEGORY = "category";
    public static final String VISIBILITY = "visibility";
    public static final String HOUSE = "house";
    /**
     * The house (slug) a house article is for; articles for all houses have none, so that an index from before house
     * articles (searched while the new one is built) reads as "all houses".
     */
    public static final String ARTICLE_HOUSE = "article_house";
    /** Marks house articles ({@link #YES}), so that "for all houses" is "not marked". */
    public static final String HOUSE_ARTICLE = "house_article";
    public static final String YES = "yes";
    public static final String ESCALATION = "escalation";
    public static final String STATE = "state";
    public static final String LANGUAGE = "language";
    /** When a ticket was filed (epoch milliseconds, a point field and stored). */
    public static final String FILED = "filed";
    /** The outage a ticket is linked to, or {@value #NO_OUTAGE}. */
    public static final String OUTAGE = "outage";
    public static final String NO_OUTAGE = "none";
    /** Plain lower-case words of public articles only, for "Meinten Sie ...?" (never from anything private). */
    public static final String SPELLING = "spelling";
    /** Stemmed words of public articles only: whether a resident's word is known is decided on these, never on private texts. */
    public static final String PUBLIC = "public";

    public static final String ARTICLE = "article";
    public static final String TICKET = "ticket";

    private Fields() {
    }
}
