/// What a key does while the facilitator answers a question on the bottom row of the notes.
/// Digits are the show of hands' text; these are the keys that stay keys.
public enum HandsAction: Hashable, Sendable, CaseIterable { case save, cancel, erase }

public enum HandsKeys {
    static let prose = HelpPlace.paragraph(.helpQuestionKeys)

    public static let map = KeyMap<HandsAction>([
        .init([.enter], .save, help: prose),
        .init([.escape], .cancel, help: prose),
        .init([.backspace], .erase, help: prose),
    ])
}

/// Choosing the original of a duplicate: the notes' selection moves, Enter marks.
public enum DuplicateAction: Hashable, Sendable, CaseIterable { case move, mark, cancel }

public enum DuplicateKeys {
    static let prose = HelpPlace.paragraph(.helpQuestionKeys)

    public static let map = KeyMap<DuplicateAction>([
        // The notes' own moving keys, passed on to the notes' update.
        .init([.up, .down, .home, .end, .character("k"), .character("j"), .character("g"), .character("G")],
              .move, help: prose),
        .init([.enter], .mark, help: prose),
        .init([.escape], .cancel, help: prose),
    ])
}
