package dev.tailor.kconfig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Kconfig symbol: a {@code config}/{@code menuconfig} entry, a choice (which has no name), a constant
 * ({@code y}, {@code m}, {@code n}, {@code "text"}) or a name that is referenced but never defined.
 *
 * <p>Values are computed lazily and cached until something changes, following Linux's symbol.c: the
 * visibility of the prompts, the direct dependencies, the reverse dependencies of {@code select} and
 * the weak ones of {@code imply} combine with the user value or the first applicable default.
 */
public final class Symbol {
    private static final int CONST = 1, VALID = 1 << 1, WRITE = 1 << 2, WRITTEN = 1 << 3, DEF_USER = 1 << 4,
            TRANSITIONAL = 1 << 5, WARNED = 1 << 6,
            /** Dependency-loop search: on the current path, and already searched. */
            CHECK = 1 << 7, CHECKED = 1 << 8;

    private final Kconfig kconfig;
    private final String name;
    private SymbolType type = SymbolType.UNKNOWN;
    private int flags;

    private String currVal;
    private Tristate currTri = Tristate.NO;
    private String userVal;
    private Tristate userTri = Tristate.NO;

    private Tristate visible = Tristate.NO;
    private Expr dirDep;
    private Tristate dirDepTri = Tristate.NO;
    private Expr revDep;
    private Tristate revDepTri = Tristate.NO;
    private Expr implied;
    private Tristate impliedTri = Tristate.NO;

    private final List<Property> props = new ArrayList<>(2);
    private final List<MenuNode> menus = new ArrayList<>(1);
    /** For a member of a choice block: that choice's menu node (Linux's choice_link). */
    private MenuNode memberOf;
    /** Why the value is what it is; filled in by the last computation. */
    private ValueSource source = ValueSource.NONE;

    /** A symbol or a choice (name null); a constant one is a name used as a value that no entry defines. */
    Symbol(Kconfig kconfig, String name, boolean constant) {
        this.kconfig = kconfig;
        this.name = name;
        this.flags = constant ? CONST : 0;
    }

    /** The constant y, m or n: a tristate whose value is always valid. */
    Symbol(Kconfig kconfig, String name, Tristate value) {
        this.kconfig = kconfig;
        this.name = name;
        this.flags = CONST | VALID;
        this.type = SymbolType.TRISTATE;
        this.currTri = value;
        this.currVal = name;
    }

    /** The name, or null for a choice. */
    public String name() {
        return name;
    }

    public SymbolType type() {
        return type;
    }

    /** The type the value has now: tristate behaves as bool while MODULES is n. */
    public SymbolType effectiveType() {
        return type == SymbolType.TRISTATE && kconfig.modulesValue == Tristate.NO ? SymbolType.BOOL : type;
    }

    public boolean isChoice() {
        return name == null;
    }

    public boolean isConstant() {
        return (flags & CONST) != 0;
    }

    boolean isConstant(Tristate t) {
        return this == kconfig.constant(t);
    }


    public boolean isTransitional() {
        return (flags & TRANSITIONAL) != 0;
    }

    /** Whether the symbol is a member of a choice block. */
    public boolean isChoiceMember() {
        return memberOf != null;
    }

    /** The choice block this symbol is a member of, or null. */
    public MenuNode choice() {
        return memberOf;
    }

    /** Whether a user value (from a .config, a defconfig or a setter) is set. */
    public boolean hasUserValue() {
        return (flags & DEF_USER) != 0;
    }

    /** The user value as text, or null when there is none. */
    public String userValue() {
        if (!hasUserValue()) return null;
        return type.isBoolOrTristate() ? userTri.letter() : userVal;
    }

    /** The menu nodes that define this symbol, in the order they appear. */
    public List<MenuNode> nodes() {
        return Collections.unmodifiableList(menus);
    }

    /** All properties (prompts, defaults, selects, implies, ranges) from every definition. */
    public List<Property> properties() {
        return Collections.unmodifiableList(props);
    }

    public Expr directDependencies() {
        return dirDep;
    }

    public Expr reverseDependencies() {
        return revDep;
    }

    public Expr weakReverseDependencies() {
        return implied;
    }

    public Tristate visibility() {
        calcValue();
        return visible;
    }

    /** What decided the current value. */
    public ValueSource valueSource() {
        calcValue();
        return source;
    }

    /** The tristate value (n for non-bool types). */
    public Tristate tristateValue() {
        calcValue();
        return currTri;
    }

    /** The value as it is written to .config: n/m/y for bool and tristate, the text otherwise. */
    public String stringValue() {
        calcValue();
        return type.isBoolOrTristate() ? currTri.letter() : currVal;
    }

    /** Whether the symbol is written to .config with its current value. */
    public boolean isWritten() {
        calcValue();
        return (flags & WRITE) != 0;
    }

    /** Whether the user can change the value (Linux's sym_is_changeable). */
    public boolean isChangeable() {
        calcValue();
        return !isChoice() && visible.ordinal() > revDepTri.ordinal();
    }

    /** The prompt menu node of the symbol (the first definition that has a prompt), or null. */
    public MenuNode promptNode() {
        for (MenuNode m : menus) if (m.prompt != null) return m;
        return null;
    }

    // ---- computation (Linux symbol.c) ----

    Property defaultProperty() {
        for (Property p : props) {
            if (p.kind != PropertyKind.DEFAULT) continue;
            p.conditionValue = Expr.eval(p.condition);
            if (p.conditionValue != Tristate.NO) return p;
        }
        return null;
    }

    Property rangeProperty() {
        for (Property p : props) {
            if (p.kind != PropertyKind.RANGE) continue;
            p.conditionValue = Expr.eval(p.condition);
            if (p.conditionValue != Tristate.NO) return p;
        }
        return null;
    }

    void calcVisibility() {
        if (isTransitional()) {
            visible = Tristate.YES;
            return;
        }
        Tristate tri = Tristate.NO;
        for (Property p : props) {
            if (p.text == null) continue;
            p.conditionValue = Expr.eval(p.condition);
            tri = Tristate.or(tri, p.conditionValue);
        }
        if (tri == Tristate.MOD && (type != SymbolType.TRISTATE || kconfig.modulesValue == Tristate.NO)) {
            tri = Tristate.YES;
        }
        visible = tri;
        if (isChoiceMember()) return;
        dirDepTri = boolClamp(dirDep == null ? Tristate.YES : dirDep.eval());
        revDepTri = boolClamp(revDep == null ? Tristate.NO : revDep.eval());
        impliedTri = boolClamp(implied == null ? Tristate.NO : implied.eval());
    }

    private Tristate boolClamp(Tristate t) {
        return t == Tristate.MOD && effectiveType() == SymbolType.BOOL ? Tristate.YES : t;
    }

    void calcValue() {
        if ((flags & VALID) != 0) return;
        flags |= VALID;
        String newVal;
        Tristate newTri = Tristate.NO;
        switch (type) {
            case INT -> newVal = "0";
            case HEX -> newVal = "0x0";
            case STRING -> newVal = "";
            case BOOL, TRISTATE -> newVal = "n";
            default -> {
                currVal = name;
                currTri = Tristate.NO;
                return;
            }
        }
        flags &= ~WRITE;
        calcVisibility();
        if (visible != Tristate.NO) flags |= WRITE;
        // What a recursive read sees while this computation is under way.
        currVal = newVal;
        currTri = newTri;
        source = ValueSource.NONE;

        Property prop = null;
        switch (effectiveType()) {
            case BOOL, TRISTATE -> {
                if (memberOf != null) {
                    ChoiceValues.calculate(memberOf);
                    newTri = currTri;
                    source = currTri == Tristate.YES ? ValueSource.CHOICE_SELECTION : ValueSource.NONE;
                } else {
                    if (visible != Tristate.NO && hasUserValue()) {
                        newTri = Tristate.and(userTri, visible);
                        source = ValueSource.USER;
                    } else {
                        if (revDepTri != Tristate.NO) flags |= WRITE;
                        if (!isChoice()) {
                            prop = defaultProperty();
                            if (prop != null) {
                                newTri = Tristate.and(prop.expr.eval(), prop.conditionValue);
                                if (newTri != Tristate.NO) {
                                    flags |= WRITE;
                                    source = ValueSource.DEFAULT;
                                }
                            }
                            if (impliedTri != Tristate.NO) {
                                flags |= WRITE;
                                Tristate before = newTri;
                                newTri = Tristate.and(Tristate.or(newTri, impliedTri), dirDepTri);
                                if (newTri != before) source = ValueSource.IMPLY;
                            }
                        }
                    }
                    if (dirDepTri.lessThan(revDepTri)) warnUnmetDependencies();
                    Tristate before = newTri;
                    newTri = Tristate.or(newTri, revDepTri);
                    if (newTri != before) source = ValueSource.SELECT;
                }
                if (newTri == Tristate.MOD && effectiveType() == SymbolType.BOOL) newTri = Tristate.YES;
            }
            case STRING, HEX, INT -> {
                if (visible != Tristate.NO && hasUserValue()) {
                    newVal = userVal;
                    source = ValueSource.USER;
                } else {
                    prop = defaultProperty();
                    if (prop != null) {
                        Symbol ds = prop.targetSymbol();
                        if (ds != null) {
                            flags |= WRITE;
                            ds.calcValue();
                            newVal = ds.currVal;
                            source = ValueSource.DEFAULT;
                        }
                    }
                }
            }
            default -> { }
        }

        // A value taken from a transitional symbol the user had set counts as the user's own.
        if (prop != null && !hasUserValue()) {
            Symbol ds = prop.targetSymbol();
            if (ds != null && ds.isTransitional() && ds.hasUserValue()) {
                userVal = newVal;
                userTri = newTri;
                flags |= DEF_USER;
            }
        }

        currVal = newVal;
        currTri = newTri;
        validateRange();
        if (this == kconfig.modulesSym) kconfig.modulesValue = currTri;
        if (isChoice() || isTransitional()) flags &= ~WRITE;
    }

    private void validateRange() {
        if (type != SymbolType.INT && type != SymbolType.HEX) return;
        Property prop = rangeProperty();
        if (prop == null) return;
        Expr.Range range = (Expr.Range) prop.expr;
        range.low().calcValue();
        range.high().calcValue();
        String clamped = clampToRange(currVal, type, range.low().currVal, range.low().type, range.high().currVal,
                range.high().type);
        if (clamped == currVal) return;
        currVal = clamped;
        source = ValueSource.RANGE;
    }

    /**
     * An int or hex value moved into the range [low, high] as the engine does it: the value itself (the
     * same instance) when it lies within, else the text of the bound it crossed. A bound is read in its
     * own base when it is an int or hex symbol, else in the value's.
     */
    public static String clampToRange(String value, SymbolType type, String low, SymbolType lowType, String high,
            SymbolType highType) {
        int base = type == SymbolType.INT ? 10 : 16;
        long val = strtoll(value, base);
        if (val < strtoll(low, baseOf(lowType, base))) return low;
        return val <= strtoll(high, baseOf(highType, base)) ? value : high;
    }

    private long rangeValue(int base) {
        calcValue();
        return strtoll(currVal, baseOf(type, base));
    }

    private static int baseOf(SymbolType type, int fallback) {
        return type == SymbolType.INT ? 10 : type == SymbolType.HEX ? 16 : fallback;
    }

    static long strtoll(String s, int base) {
        return Comparison.CNumber.parse(s, base, false).value();
    }

    private void warnUnmetDependencies() {
        StringBuilder sb = new StringBuilder();
        sb.append("\nWARNING: unmet direct dependencies detected for ").append(name).append('\n');
        sb.append("  Depends on [").append(dirDepTri == Tristate.MOD ? 'm' : 'n').append("]: ");
        ExprPrinter.printWithValues(dirDep, sb);
        sb.append('\n');
        ExprPrinter.printReverseDependencies(revDep, sb, Tristate.YES, "  Selected by [y]:\n");
        ExprPrinter.printReverseDependencies(revDep, sb, Tristate.MOD, "  Selected by [m]:\n");
        kconfig.diagnostics.dependencyWarning(sb.toString());
    }

    // ---- user values (Linux sym_set_*) ----

    /** The default that applies now: the first whose condition is not n, or null. */
    public Property activeDefault() {
        calcValue();
        return defaultProperty();
    }

    /** The range that applies now (int and hex symbols), or null. */
    public Property activeRange() {
        calcValue();
        return type == SymbolType.INT || type == SymbolType.HEX ? rangeProperty() : null;
    }

    /** Whether the user may set this bool/tristate value now (Linux's sym_tristate_within_range). */
    public boolean isSettable(Tristate val) {
        calcValue();
        return tristateWithinRange(val);
    }

    boolean tristateWithinRange(Tristate val) {
        SymbolType t = effectiveType();
        if (visible == Tristate.NO) return false;
        if (!t.isBoolOrTristate()) return false;
        if (t == SymbolType.BOOL && val == Tristate.MOD) return false;
        if (visible.ordinal() <= revDepTri.ordinal()) return false;
        return val.ordinal() >= revDepTri.ordinal() && val.ordinal() <= visible.ordinal();
    }

    /** Sets a bool/tristate user value if it is within what the dependencies allow; false otherwise. */
    public boolean setTristateValue(Tristate val) {
        calcValue();
        Tristate old = currTri;
        if (!tristateWithinRange(val)) return false;
        if (!hasUserValue() || userTri != val) {
            userTri = val;
            flags |= DEF_USER;
        }
        if (old != val) kconfig.invalidateAll();
        return true;
    }

    /** Whether the text is a valid value of this type (not checking ranges). */
    public boolean isValidValue(String str) {
        return switch (type) {
            case STRING -> true;
            case INT -> str.matches("-?(0|[1-9][0-9]*)");
            case HEX -> str.matches("(0[xX])?[0-9a-fA-F]+");
            case BOOL, TRISTATE -> !str.isEmpty() && "yYmMnN".indexOf(str.charAt(0)) >= 0;
            default -> false;
        };
    }

    /** Whether the text is valid and within the active range. */
    public boolean isWithinRange(String str) {
        calcValue();
        switch (type) {
            case STRING:
                return true;
            case INT:
            case HEX: {
                if (!isValidValue(str)) return false;
                Property prop = rangeProperty();
                if (prop == null) return true;
                int base = type == SymbolType.INT ? 10 : 16;
                long val = strtoll(str, base);
                Expr.Range r = (Expr.Range) prop.expr;
                return val >= r.low().rangeValue(base) && val <= r.high().rangeValue(base);
            }
            case BOOL:
            case TRISTATE:
                return isValidValue(str) && tristateWithinRange(parseTristate(str));
            default:
                return false;
        }
    }

    static Tristate parseTristate(String str) {
        return switch (Character.toLowerCase(str.charAt(0))) {
            case 'y' -> Tristate.YES;
            case 'm' -> Tristate.MOD;
            default -> Tristate.NO;
        };
    }

    /**
     * Sets a user value from text, as a user would (Linux's sym_set_string_value): false when the value
     * is invalid, out of range or not allowed by the dependencies. For a choice member, use
     * {@link Kconfig#selectChoice}.
     */
    public boolean setValue(String str) {
        if (type.isBoolOrTristate()) {
            if (str.isEmpty() || "yYmMnN".indexOf(str.charAt(0)) < 0) return false;
            return setTristateValue(parseTristate(str));
        }
        if (!isWithinRange(str)) return false;
        flags |= DEF_USER;
        String v = type == SymbolType.HEX && !(str.startsWith("0x") || str.startsWith("0X")) ? "0x" + str : str;
        if (v.equals(userVal)) return true;
        userVal = v;
        kconfig.invalidateAll();
        return true;
    }

    /** The value the symbol would have without a user value (Linux's sym_get_string_default). */
    public String defaultValue() {
        calcVisibility();
        kconfig.modulesSym.calcValue();
        Tristate val = Tristate.NO;
        String str = "";
        Property prop = defaultProperty();
        if (prop != null) {
            if (type.isBoolOrTristate()) {
                val = Tristate.and(prop.expr.eval(), prop.conditionValue);
            } else {
                Symbol ds = prop.targetSymbol();
                if (ds != null) {
                    ds.calcValue();
                    str = ds.currVal;
                }
            }
        }
        val = Tristate.or(val, revDepTri);
        if (val == Tristate.MOD && !isChoiceMember() && kconfig.modulesSym.currTri == Tristate.NO) {
            val = Tristate.YES;
        }
        if (type == SymbolType.BOOL && val == Tristate.MOD) val = Tristate.YES;
        if (val.ordinal() < impliedTri.ordinal()) val = impliedTri;
        return switch (type) {
            case BOOL, TRISTATE -> val.letter();
            case INT -> str.isEmpty() ? "0" : str;
            case HEX -> str.isEmpty() ? "0x0" : str;
            default -> str;
        };
    }

    // ---- changes of state by the rest of the engine (package-private) ----
    // Every write of a field above happens in this class: the parser and the finalizer build the symbol,
    // the readers and configuration modes set user values, the walks mark what they wrote.

    Kconfig kconfig() {
        return kconfig;
    }

    /** Gives the symbol its type (the parser warns about a redefinition before it gets here). */
    void setType(SymbolType type) {
        this.type = type;
    }

    /** Adds a definition of the symbol, in parsing order. */
    void addNode(MenuNode node) {
        menus.add(node);
    }

    /** Adds a property of one of its definitions, in parsing order. */
    void addProperty(Property prop) {
        props.add(prop);
    }

    /** Makes the symbol a member of a choice block (its first one: a later choice does not move it). */
    void joinChoice(MenuNode choice) {
        memberOf = choice;
    }

    void markTransitional() {
        flags |= TRANSITIONAL;
    }

    /** ORs the dependencies of one more definition into the direct dependencies. */
    void addDirectDependency(Expr dep) {
        dirDep = Expr.or(dirDep, dep);
    }

    /** ORs one more {@code select} of this symbol into the reverse dependencies. */
    void addReverseDependency(Expr selector) {
        revDep = Expr.or(revDep, selector);
    }

    /** ORs one more {@code imply} of this symbol into the weak reverse dependencies. */
    void addWeakReverseDependency(Expr implier) {
        implied = Expr.or(implied, implier);
    }

    /** Whether the finalizer has checked the types of the properties (it does so once per symbol). */
    boolean isTypeChecked() {
        return (flags & WARNED) != 0;
    }

    void markTypeChecked() {
        flags |= WARNED;
    }

    /** The dependency-loop search: whether the symbol is on the current path, and whether it was searched. */
    boolean isOnSearchPath() {
        return (flags & CHECK) != 0;
    }

    boolean isSearched() {
        return (flags & CHECKED) != 0;
    }

    void enterSearchPath() {
        flags |= CHECK | CHECKED;
    }

    void leaveSearchPath() {
        flags &= ~CHECK;
    }

    /** The visibility as the last computation left it, without computing (the choice logic reads it so). */
    Tristate computedVisibility() {
        return visible;
    }

    /** The tristate value as the last computation left it, without computing. */
    Tristate computedTristate() {
        return currTri;
    }

    /** The bool/tristate user value, n when there is none. */
    Tristate userTristate() {
        return userTri;
    }

    /**
     * Whether the computed value is the user value: conf_read's test that writing the configuration back
     * would give what was read.
     */
    boolean matchesUserValue() {
        calcValue();
        return type.isBoolOrTristate() ? userTri == currTri : currVal.equals(userVal);
    }

    /** Sets a bool/tristate user value as a configuration file does: no range check, nothing recomputed. */
    void setUserValue(Tristate val) {
        userTri = val;
        flags |= DEF_USER;
    }

    /** Sets a string, int or hex user value as a configuration file does: no range check, nothing recomputed. */
    void setUserValue(String val) {
        userVal = val;
        flags |= DEF_USER;
    }

    /**
     * Counts the value as the user's without changing it: Linux's menu_is_visible does so for a symbol that
     * is n but has visible children.
     */
    void markUserValue() {
        flags |= DEF_USER;
    }

    /** The value of a choice member, decided by its choice block's computation (which has made it valid). */
    void setChoiceValue(boolean selected) {
        currTri = selected ? Tristate.YES : Tristate.NO;
        source = selected ? ValueSource.CHOICE_SELECTION : ValueSource.NONE;
        flags |= VALID | WRITE;
    }

    /** The target of the first applicable default of a choice that is visible (the first half of sym_choice_default). */
    Symbol visibleDefaultMember() {
        for (Property p : props) {
            if (p.kind != PropertyKind.DEFAULT) continue;
            p.conditionValue = Expr.eval(p.condition);
            if (p.conditionValue == Tristate.NO) continue;
            Symbol def = p.targetSymbol();
            if (def != null && def.visible != Tristate.NO) return def;
        }
        return null;
    }

    /** Forgets the computed value (Linux's sym_clear_all_valid, for one symbol). */
    void invalidate() {
        flags &= ~VALID;
    }

    /**
     * Unmarks the symbol for writing until its value is computed again: conf_write_defconfig's way of
     * writing a symbol that has several definitions once.
     */
    void clearWrite() {
        flags &= ~WRITE;
    }

    /** Whether a walk over the menu tree has written the symbol already, at an earlier definition. */
    boolean isMarkedWritten() {
        return (flags & WRITTEN) != 0;
    }

    void markWritten() {
        flags |= WRITTEN;
    }

    void clearWritten() {
        flags &= ~WRITTEN;
    }

    /** Drops the user value and every computed one, as in a freshly loaded tree. */
    void clearValues() {
        flags &= ~(DEF_USER | VALID | WRITE);
        userVal = null;
        userTri = Tristate.NO;
        visible = dirDepTri = revDepTri = impliedTri = currTri = Tristate.NO;
    }

    /** For a choice: drops the user mark and the validity of the computed value (its members hold the rest). */
    void clearChoiceValue() {
        flags &= ~(DEF_USER | VALID);
    }

    @Override
    public String toString() {
        return name == null ? "<choice>" : name;
    }
}
