package dev.tailor.kconfig;

/** The statement a {@link MenuNode} comes from. */
public enum MenuKind {
    ROOT, CONFIG, MENUCONFIG, CHOICE, COMMENT, MENU, IF
}
