/// What a key does while reading a text (the reader, and the list of texts before it). Keys
/// that work on every screen (help, quit, quick hide, following) are here too: the reader's
/// bar and help name them.
public enum ReaderAction: Hashable, Sendable, CaseIterable {
    case help, quit, hide, follow, dashboard
    case up, down, top, bottom, pageDown, pageUp
    case annotate, search, nextMatch, goTo, notes, nextLanguage, sideBySide, digestPreview, back
    /// The screen's own language (the next of English, French, Dutch), at any moment: a
    /// laptop passed round a mixed room serves each person in theirs.
    case interfaceLanguage
    /// Reading mode on or off: one column without frames (screen readers, large letters).
    case reading
    /// The article read aloud, or the voice stopped.
    case readAloud
    /// The list of articles over the whole window: the only way to see it below 80×24.
    case articleList
}

/// The reader's key tables: the participant's, and the facilitator's (where F11 and `d`
/// open the live dashboard, and the bar gives search and language's room to it).
public enum ReaderKeys {
    static let help = KeyBinding<ReaderAction>([.function(1), .character("?")], .help,
                                               bar: BarEntry("F1", .keyHelp), help: .line(HelpLine("F1  ?", .helpKeyHelp)))
    static let quit = KeyBinding<ReaderAction>([.function(10), .character("q")], .quit,
                                               bar: BarEntry("F10", .keyQuit), help: .line(HelpLine("F10  q", .helpKeyQuit)))
    /// Where letters are text (the composer), only F10 quits.
    static let quitInTyping = KeyBinding<ReaderAction>([.function(10)], .quit, bar: quit.bar, help: quit.help)
    /// Quick hide: F12, or Ctrl-G where F12 is the laptop's brightness or volume key (and
    /// inside the composer, where letters are text). Works on every screen.
    static let hide = KeyBinding<ReaderAction>([.function(12), .control("g")], .hide,
                                               bar: BarEntry("F12", .keyHide), help: .line(HelpLine("F12  Ctrl-G", .helpKeyHide)))
    static let move = HelpPlace.line(HelpLine("↑ ↓ j k  PgUp PgDn", .helpKeyMove))
    static let interfaceLanguage = KeyBinding<ReaderAction>([.character("i")], .interfaceLanguage,
                                                            help: .line(HelpLine("i", .helpKeyInterfaceLanguage)))
    static let reading = KeyBinding<ReaderAction>([.character("r")], .reading, help: .line(HelpLine("r", .helpKeyReading)))

    /// The keys of the reader, in the order the help lists them.
    static func bindings(facilitator: Bool) -> [KeyBinding<ReaderAction>] {
        [
            help,
            .init([.function(2), .character("a")], .annotate, bar: BarEntry("F2", .keyAnnotate),
                  help: .line(HelpLine("F2  a", .helpKeyAnnotate))),
            .init([.function(3), .character("/")], .search, bar: BarEntry("F3", .keySearch),
                  help: .line(HelpLine("F3  /", .helpKeySearch))),
            .init([.function(4), .character("c")], .notes, bar: BarEntry("F4", .keyNotes),
                  help: .line(HelpLine("F4  c", .helpKeyNotes))),
            .init([.function(5), .character("L")], .nextLanguage, bar: BarEntry("F5", .keyLanguage),
                  help: .line(HelpLine("F5  L", .helpKeyLanguage))),
            .init([.up, .character("k")], .up, help: move),
            .init([.down, .character("j")], .down, help: move),
            .init([.home, .character("g")], .top, help: move),
            .init([.end, .character("G")], .bottom, help: move),
            .init([.pageDown, .character(" ")], .pageDown, help: move),
            .init([.pageUp], .pageUp, help: move),
            .init([.character(":"), .character("#")], .goTo, help: .line(HelpLine(":  #", .helpKeyGoTo))),
            .init([.character("v")], .sideBySide, help: .line(HelpLine("v", .helpKeySideBySide))),
            interfaceLanguage,
            reading,
            .init([.character("s")], .readAloud, help: .line(HelpLine("s", .helpKeyReadAloud))),
            .init([.character("l")], .articleList, help: .line(HelpLine("l", .helpKeyArticleList))),
            hide,
            quit,
            .init([.escape, .left, .character("h")], .back, help: .paragraph(.helpKeyBack)),
            .init([.character("n")], .nextMatch, help: .paragraph(.helpKeyNextMatch)),
            // The facilitator is the one followed: on their screen F11 is the dashboard.
            facilitator
                ? .init([.function(11), .character("d")], .dashboard, bar: BarEntry("F11", .keyDashboard),
                        help: .paragraph(.helpFacilitator))
                : .init([.function(11), .character("f")], .follow, help: .paragraph(.helpKeyFollow)),
            // Last: the staff's own key, so that the participants' help stays theirs first.
            .init([.character("D")], .digestPreview, help: .paragraph(.helpKeyDigest)),
        ]
    }

    public static let participant = KeyMap(bindings(facilitator: false),
                                           bar: [.help, .annotate, .search, .notes, .nextLanguage, .quit, .hide])
    public static let facilitator = KeyMap(bindings(facilitator: true),
                                           bar: [.help, .annotate, .notes, .dashboard, .quit, .hide])

    public static func map(facilitator: Bool) -> KeyMap<ReaderAction> { facilitator ? Self.facilitator : participant }

    /// What a shared laptop's bar and help offer: not the others' comments (notes, the
    /// digest preview), which a kiosk refuses, nor quitting, which only the facilitator does.
    /// Those keys still answer, saying why they do nothing.
    static let refusedInKiosk: Set<ReaderAction> = [.notes, .digestPreview, .quit]
    public static let kiosk = KeyMap(bindings(facilitator: false).filter { !refusedInKiosk.contains($0.action) },
                                     bar: [.help, .annotate, .search, .nextLanguage, .hide])
}

/// What a key does in the list of texts.
public enum ChooserAction: Hashable, Sendable, CaseIterable {
    case help, quit, hide, follow, up, down, top, bottom, open, interfaceLanguage, reading
}

public enum ChooserKeys {
    public static let map = KeyMap<ChooserAction>([
        .init([.function(1), .character("?")], .help, bar: BarEntry("F1", .keyHelp), help: .line(HelpLine("F1  ?", .helpKeyHelp))),
        .init([.up, .character("k")], .up, help: ReaderKeys.move),
        .init([.down, .character("j")], .down, help: ReaderKeys.move),
        .init([.home], .top, help: ReaderKeys.move),
        .init([.end], .bottom, help: ReaderKeys.move),
        .init([.enter, .right, .character("l")], .open, bar: BarEntry("Enter", .keyOpen), help: .paragraph(.helpKeyOpen)),
        .init([.function(11), .character("f")], .follow, help: .paragraph(.helpKeyFollow)),
        ReaderKeys.interfaceLanguage.map { _ in .interfaceLanguage },
        ReaderKeys.reading.map { _ in .reading },
        ReaderKeys.hide.map { _ in .hide },
        .init([.function(10), .character("q")], .quit, bar: BarEntry("F10", .keyQuit), help: .line(HelpLine("F10  q", .helpKeyQuit))),
    ], bar: [.help, .open, .quit, .hide])

    /// A shared laptop's list of texts: quitting is the facilitator's alone (Ctrl-Q three
    /// times), so the bar does not offer it; F10 and q still answer, saying so.
    public static let kiosk = KeyMap(map.bindings.filter { $0.action != .quit }, bar: [.help, .open, .hide])
}

/// What a key does in the digest preview: it only scrolls, and goes back.
public enum PreviewAction: Hashable, Sendable, CaseIterable {
    case help, quit, hide, close, down, up, pageDown, pageUp, top, bottom
}

public enum PreviewKeys {
    /// The preview's keys are told in the help's sentence about it.
    static let scroll = HelpPlace.paragraph(.helpKeyDigest)

    public static let map = KeyMap<PreviewAction>([
        .init([.function(1), .character("?")], .help, help: .line(HelpLine("F1  ?", .helpKeyHelp))),
        .init([.down, .character("j")], .down, bar: BarEntry("↑ ↓", .keyScroll), help: scroll),
        .init([.up, .character("k")], .up, help: scroll),
        .init([.pageDown, .character(" ")], .pageDown, help: scroll),
        .init([.pageUp], .pageUp, help: scroll),
        .init([.home, .character("g")], .top, help: scroll),
        .init([.end, .character("G")], .bottom, help: scroll),
        .init([.escape, .character("D"), .left, .character("h")], .close, bar: BarEntry("Esc", .keyBack),
              help: .paragraph(.helpKeyDigest)),
        .init([.function(10), .character("q")], .quit, bar: BarEntry("F10", .keyQuit), help: .line(HelpLine("F10  q", .helpKeyQuit))),
        ReaderKeys.hide.map { _ in .hide },
    ], bar: [.down, .close, .quit, .hide])
}

/// What a key does in the notes of an article.
public enum NotesAction: Hashable, Sendable, CaseIterable {
    case up, down, top, bottom, close, meToo, edit, withdraw, annotate, nextLanguage, quit, hide
    /// The facilitator's: a show of hands, leave out of the digest, mark as a duplicate,
    /// and show a comment left out of the digest, which the notes fold to one line.
    case hands, leaveOut, duplicate, unfold
}

/// The notes' keys: the participant's, and the facilitator's, whose bar gives "me too",
/// change and withdraw's room to the moderation keys (all are in the help).
public enum NotesKeys {
    static let prose = HelpPlace.paragraph(.helpNotesKeys)

    static func bindings(facilitator: Bool) -> [KeyBinding<NotesAction>] {
        var bindings: [KeyBinding<NotesAction>] = [
            .init([.up, .character("k")], .up, help: prose),
            .init([.down, .character("j")], .down, help: prose),
            .init([.home, .character("g")], .top, help: prose),
            .init([.end, .character("G")], .bottom, help: prose),
            .init([.function(7), .character("m")], .meToo, bar: BarEntry("F7", .keyMeToo), help: prose),
            .init([.function(8), .character("e")], .edit, bar: BarEntry("F8", .keyEdit), help: prose),
            .init([.function(9), .character("x")], .withdraw, bar: BarEntry("F9", .keyWithdraw), help: prose),
            .init([.function(2), .character("a")], .annotate, help: .line(HelpLine("F2  a", .helpKeyAnnotate))),
            .init([.function(5), .character("L")], .nextLanguage, help: .line(HelpLine("F5  L", .helpKeyLanguage))),
            ReaderKeys.quit.map { _ in .quit },
            ReaderKeys.hide.map { _ in .hide },
        ]
        if facilitator {
            let moderation = HelpPlace.paragraph(.helpFacilitatorNotes)
            bindings += [
                .init([.character("h")], .hands, bar: BarEntry("h", .keyHands), help: moderation),
                .init([.character("H")], .leaveOut, bar: BarEntry("H", .keyLeaveOut), help: moderation),
                .init([.character("u")], .duplicate, bar: BarEntry("u", .keyDuplicate), help: moderation),
                .init([.enter], .unfold, help: moderation),
            ]
        }
        // `h` closes the notes for participants, as ← does; the facilitator's `h` is a show of hands.
        let close: [Key] = facilitator ? [.escape, .left, .function(4), .character("c")]
                                       : [.escape, .left, .character("h"), .function(4), .character("c")]
        bindings.append(.init(close, .close, bar: BarEntry("Esc", .keyBack), help: prose))
        return bindings
    }

    public static let participant = KeyMap(bindings(facilitator: false), bar: [.meToo, .edit, .withdraw, .close, .quit, .hide])
    public static let facilitator = KeyMap(bindings(facilitator: true), bar: [.hands, .leaveOut, .duplicate, .close, .quit, .hide])

    public static func map(facilitator: Bool) -> KeyMap<NotesAction> { facilitator ? Self.facilitator : participant }
}

/// What a key does on the facilitator's live dashboard.
public enum DashboardAction: Hashable, Sendable, CaseIterable {
    case up, down, pageUp, pageDown, top, bottom, open, back, tallies, sessions
    case headcountUp, headcountDown, typeHeadcount, place, help, quit, hide
}

/// The dashboard's keys (↑ ↓ choose the article everyone follows, Enter reads it).
public enum DashboardKeys {
    static let prose = HelpPlace.paragraph(.helpFacilitator)

    public static let map = KeyMap<DashboardAction>([
        .init([.up, .character("k")], .up, help: prose),
        .init([.down, .character("j")], .down, help: prose),
        .init([.pageUp], .pageUp, help: prose),
        .init([.pageDown], .pageDown, help: prose),
        .init([.home, .character("g")], .top, help: prose),
        .init([.end, .character("G")], .bottom, help: prose),
        .init([.enter, .right, .character("l")], .open, bar: BarEntry("Enter", .keyOpen), help: prose),
        .init([.escape, .left], .back, help: .paragraph(.helpKeyBack)),
        .init([.character("t")], .tallies, bar: BarEntry("t", .keyTallies), help: prose),
        .init([.character("s")], .sessions, help: prose),
        .init([.character("+")], .headcountUp, bar: BarEntry("+ - n", .keyHeadcount), help: prose),
        .init([.character("-")], .headcountDown, help: prose),
        .init([.character("n")], .typeHeadcount, help: prose),
        .init([.character("p")], .place, bar: BarEntry("p", .keyPlace), help: prose),
        ReaderKeys.help.map { _ in .help },
        ReaderKeys.quit.map { _ in .quit },
        ReaderKeys.hide.map { _ in .hide },
    ], bar: [.open, .tallies, .headcountUp, .place, .quit, .hide])
}
