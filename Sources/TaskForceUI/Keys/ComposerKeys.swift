/// What a key does in the composer. Letters, digits and the editing keys are the comment's
/// text there (TextEditor), so this table lists only the keys that stay keys while typing,
/// and those of the position and theme rows; the help names each.
public enum ComposerAction: Hashable, Sendable, CaseIterable {
    case save, close, nextField, previousField, proposeWording, language, quit, hide
    /// On the position and theme rows: move the choice, pick a position by its number
    /// (1 to 4), tick the theme under the cursor, go on to the next row.
    case previousChoice, nextChoice, chooseStance, tick, confirm
}

public enum ComposerKeys {
    static let prose = HelpPlace.paragraph(.helpComposerKeys)

    public static let map = KeyMap<ComposerAction>([
        .init([.control("s")], .save, bar: BarEntry("Ctrl-S", .keySave), help: prose),
        .init([.escape], .close, bar: BarEntry("Esc", .keyBack), help: prose),
        .init([.tab], .nextField, bar: BarEntry("Tab", .keyNextField), help: prose),
        .init([.backTab], .previousField, help: prose),
        // Ctrl-P and Ctrl-L for laptops whose F-keys are taken (letters are text here).
        .init([.function(6), .control("p")], .proposeWording, bar: BarEntry("F6", .keyPropose), help: .paragraph(.helpKeyPropose)),
        .init([.function(5), .control("l")], .language, help: .paragraph(.helpComposerLanguage)),
        // F10 quits (keeping the comment as a draft), but is not offered in the bar: a
        // slip while typing should not look like the way out.
        ReaderKeys.quitInTyping.map { _ in .quit },
        ReaderKeys.hide.map { _ in .hide },
        // Only on the position and theme rows (in the text, arrows move the cursor).
        .init([.left, .up], .previousChoice, bar: BarEntry("← → 1-4", .keyChoose), help: prose),
        .init([.right, .down], .nextChoice, help: prose),
        .init(["1", "2", "3", "4"].map { Key.character($0) }, .chooseStance, help: prose),
        .init([.character(" ")], .tick, bar: BarEntry("← → Space", .keyTick), help: prose),
        .init([.enter], .confirm, help: prose),
    ], bar: [.nextField, .proposeWording, .save, .close, .hide])

    /// The bar for the row being filled: its own keys in the second place (choosing a
    /// position, ticking themes, or in the text a wording to propose).
    static func keyBar(for field: Composer.Field) -> [(key: String, label: UIString)] {
        let own: ComposerAction = switch field {
        case .stance: .previousChoice
        case .themes: .tick
        case .comment, .proposal: .proposeWording
        }
        return KeyMap(map.bindings, bar: map.bar.map { $0 == .proposeWording ? own : $0 }).keyBar
    }
}

/// What a key does while a search or an article number is typed on the bottom row; every
/// other key is the question's text.
public enum PromptAction: Hashable, Sendable, CaseIterable { case submit, cancel, erase }

public enum PromptKeys {
    static let prose = HelpPlace.paragraph(.helpPromptKeys)

    public static let map = KeyMap<PromptAction>([
        .init([.enter], .submit, help: prose),
        .init([.escape], .cancel, help: prose),
        .init([.backspace], .erase, help: prose),
    ])
}

/// What a key does in the facilitator's session form; every other key is the field's text.
public enum SessionFormAction: Hashable, Sendable, CaseIterable { case nextField, previousField, erase, confirm, leave, quit }

public enum SessionFormKeys {
    static let prose = HelpPlace.paragraph(.helpFormKeys)

    /// The same keys for a new session and a correction; their line under the fields says
    /// what Enter and Esc do in each (a new session's Esc leaves without a record).
    static func bindings(new: Bool) -> [KeyBinding<SessionFormAction>] {
        [
            .init([.tab, .down], .nextField, help: prose),
            .init([.backTab, .up], .previousField, help: prose),
            .init([.backspace], .erase, help: prose),
            .init([.enter], .confirm, bar: BarEntry("Enter", new ? .keyFormNext : .keyFormSave), help: prose),
            .init([.escape], .leave, bar: BarEntry("Esc", new ? .keyFormLeave : .keyFormCancel), help: prose),
            // Only F10: q is a letter of the place.
            .init([.function(10)], .quit, help: prose),
        ]
    }

    public static let newSession = KeyMap(bindings(new: true), bar: [.confirm, .leave])
    public static let correction = KeyMap(bindings(new: false), bar: [.confirm, .leave])
    /// For dispatch: the keys are the same in both.
    public static let map = correction
}
