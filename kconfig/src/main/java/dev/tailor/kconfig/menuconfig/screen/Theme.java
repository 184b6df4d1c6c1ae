package dev.tailor.kconfig.menuconfig.screen;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

/**
 * How the screens look: colours, or none (every distinction then made with reverse video and bold, as
 * Linux's {@code MENUCONFIG_COLOR=mono}); box lines drawn with Unicode when the locale is UTF-8, else ASCII.
 */
public record Theme(Style title, Style text, Style selected, Style hidden, Style border, Style error,
        boolean unicode) {

    /** Colours and attributes of one kind of text. */
    public record Style(TextColor foreground, TextColor background, EnumSet<SGR> attributes) {
        void apply(TextGraphics g) {
            g.setForegroundColor(foreground);
            g.setBackgroundColor(background);
            g.setModifiers(attributes);
        }
    }

    private static Style style(TextColor fg, TextColor bg, SGR... attributes) {
        EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
        set.addAll(java.util.List.of(attributes));
        return new Style(fg, bg, set);
    }

    /** No colour at all: the terminal's own, with reverse video for the cursor and the title. */
    public static Theme mono(boolean unicode) {
        TextColor d = TextColor.ANSI.DEFAULT;
        return new Theme(style(d, d, SGR.REVERSE), style(d, d), style(d, d, SGR.REVERSE), style(d, d),
                style(d, d), style(d, d, SGR.BOLD), unicode);
    }

    /** Linux's blue title, a blue bar for the cursor, grey for hidden entries. */
    public static Theme colour(boolean unicode) {
        TextColor d = TextColor.ANSI.DEFAULT;
        return new Theme(style(TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLUE, SGR.BOLD), style(d, d),
                style(TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLUE, SGR.BOLD), style(TextColor.ANSI.BLACK_BRIGHT, d),
                style(TextColor.ANSI.CYAN, d), style(TextColor.ANSI.RED_BRIGHT, d, SGR.BOLD), unicode);
    }

    /**
     * The theme an environment asks for: mono with {@code NO_COLOR} set or {@code MENUCONFIG_COLOR=mono};
     * Unicode lines when {@code LC_ALL}, {@code LC_CTYPE} or {@code LANG} (the first that is set) names UTF-8.
     */
    public static Theme forEnvironment(Map<String, String> environment) {
        String locale = "";
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = environment.get(name);
            if (value != null && !value.isEmpty()) {
                locale = value.toLowerCase(Locale.ROOT);
                break;
            }
        }
        boolean unicode = locale.contains("utf-8") || locale.contains("utf8");
        String noColor = environment.get("NO_COLOR");
        boolean mono = noColor != null && !noColor.isEmpty() || "mono".equals(environment.get("MENUCONFIG_COLOR"));
        return mono ? mono(unicode) : colour(unicode);
    }
}
