package dev.tailor.kconfig;

/** What a {@link Property} says about its symbol or menu entry. */
public enum PropertyKind {
    PROMPT("prompt"), COMMENT("comment"), MENU("menu"), DEFAULT("default"), SELECT("select"), IMPLY("imply"),
    RANGE("range"), SYMBOL("symbol");

    private final String keyword;

    PropertyKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
