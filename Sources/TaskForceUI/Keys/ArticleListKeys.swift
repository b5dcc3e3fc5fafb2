/// What a key does in the list of articles opened over the whole window with `l`.
public enum ArticleListAction: Hashable, Sendable, CaseIterable {
    case up, down, top, bottom, pageUp, pageDown, open, close, hide
}

/// The article list's keys: move, Enter reads the chosen article, Esc (or `l` again) goes
/// back to the article as it was. Help, quit and the language work as in the reader.
public enum ArticleListKeys {
    static let prose = HelpPlace.paragraph(.helpArticleListKeys)

    public static let map = KeyMap<ArticleListAction>([
        .init([.up, .character("k")], .up, help: prose),
        .init([.down, .character("j")], .down, help: prose),
        .init([.home, .character("g")], .top, help: prose),
        .init([.end, .character("G")], .bottom, help: prose),
        .init([.pageUp], .pageUp, help: prose),
        .init([.pageDown, .character(" ")], .pageDown, help: prose),
        .init([.enter, .right], .open, bar: BarEntry("Enter", .keyOpen), help: prose),
        .init([.escape, .left, .character("h"), .character("l")], .close, bar: BarEntry("Esc", .keyBack), help: prose),
        ReaderKeys.hide.map { _ in .hide },
    ], bar: [.open, .close, .hide])
}
