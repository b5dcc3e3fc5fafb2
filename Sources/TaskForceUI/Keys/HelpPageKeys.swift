/// What a key does on the help page: it scrolls when longer than the window, and any key
/// that is not one of these closes it (a person who opened help by chance gets out with any
/// key), so `close` lists only the keys the bar and the help name.
public enum HelpPageAction: Hashable, Sendable, CaseIterable { case down, pageDown, up, pageUp, close }

public enum HelpPageKeys {
    static let prose = HelpPlace.paragraph(.helpPageKeys)

    public static let map = KeyMap<HelpPageAction>([
        .init([.down, .character("j")], .down, bar: BarEntry("↑ ↓", .keyScroll), help: prose),
        .init([.pageDown, .character(" ")], .pageDown, help: prose),
        .init([.up, .character("k")], .up, help: prose),
        .init([.pageUp], .pageUp, help: prose),
        .init([.escape], .close, bar: BarEntry("Esc", .keyBack), help: prose),
    ], bar: [.down, .close])
}
