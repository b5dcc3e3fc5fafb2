/// The keys of one screen, in one table: which keys do what (dispatch), which of them the key
/// bar shows, and how the help page names them. The update of that screen asks the table
/// for the action of a key, the view draws the bar from it, the help lists it: a key cannot
/// work without being documented, nor be documented without working (docs/ARCHITECTURE.md).
public struct KeyMap<Action: Hashable & Sendable>: Sendable {
    public var bindings: [KeyBinding<Action>]
    /// The actions the key bar shows, from the left (it has room for about seven at 80 columns).
    public var bar: [Action]

    public init(_ bindings: [KeyBinding<Action>], bar: [Action] = []) {
        self.bindings = bindings
        self.bar = bar
    }

    /// The action of `key`: the first binding that lists it.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The key bar: each action of `bar` by its binding's bar entry.
    public var keyBar: [(key: String, label: UIString)] {
        bar.compactMap { action in bindings.first { $0.action == action }?.bar }.map { ($0.key, $0.label) }
    }

    /// The help page's lines for these keys, each once, in the order of the table (several
    /// bindings may share one line: "↑ ↓ j k PgUp PgDn" moves).
    public var helpLines: [HelpLine] {
        var lines: [HelpLine] = []
        for case .line(let line)? in bindings.map(\.help) where !lines.contains(line) { lines.append(line) }
        return lines
    }

    /// The help page's paragraphs for these keys, each once, in the order of the table.
    public var helpParagraphs: [UIString] {
        var paragraphs: [UIString] = []
        for case .paragraph(let text)? in bindings.map(\.help) where !paragraphs.contains(text) { paragraphs.append(text) }
        return paragraphs
    }

    /// The bindings a key bar of `bar` would show: each must have a bar entry (a test checks).
    public var barBindings: [KeyBinding<Action>] {
        bar.compactMap { action in bindings.first { $0.action == action } }
    }
}

/// One action and the keys that trigger it.
public struct KeyBinding<Action: Hashable & Sendable>: Sendable {
    public var keys: [Key]
    public var action: Action
    /// How the key bar names it, where the map's `bar` lists it.
    public var bar: BarEntry?
    /// Where the help page describes it. Every binding has one: the tests check it.
    public var help: HelpPlace?

    public init(_ keys: [Key], _ action: Action, bar: BarEntry? = nil, help: HelpPlace?) {
        self.keys = keys
        self.action = action
        self.bar = bar
        self.help = help
    }

    /// The same keys, bar entry and help for another screen's action (quit and quick hide
    /// are the same everywhere).
    public func map<Other>(_ action: (Action) -> Other) -> KeyBinding<Other> {
        KeyBinding<Other>(keys, action(self.action), bar: bar, help: help)
    }
}

/// A key in the bar at the bottom of the screen: its name as shown and a short label.
public struct BarEntry: Sendable, Equatable {
    public var key: String
    public var label: UIString

    public init(_ key: String, _ label: UIString) {
        self.key = key
        self.label = label
    }
}

/// A line of the help page's key list: how the keys are written, and what they do.
public struct HelpLine: Sendable, Equatable {
    public var keys: String
    public var text: UIString

    public init(_ keys: String, _ text: UIString) {
        self.keys = keys
        self.text = text
    }
}

/// Where the help page describes a binding: a line of its key list, or a paragraph of its own.
public enum HelpPlace: Sendable, Equatable {
    case line(HelpLine)
    case paragraph(UIString)

    public var text: UIString {
        switch self {
        case .line(let line): line.text
        case .paragraph(let text): text
        }
    }
}
