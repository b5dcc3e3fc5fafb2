import TaskForceCore

/// The one-line message under the panes, until the next key: a fixed sentence, or one whose
/// values are typed here (a count, an article number) and put into its words only when it
/// is drawn, in the interface's language.
public enum StatusLine: Sendable, Equatable {
    /// A sentence without values.
    case say(UIString)
    /// "25 people said me too": a show of hands saved.
    case handsSaved(count: Int)
    /// "3 articles have this word".
    case searchMatches(count: Int)
    /// Go-to found no article with the number typed (shown as typed, sanitized).
    case noSuchArticle(typed: String)
    /// Side by side needs a wider window.
    case sideBySideNeeds(columns: Int)
    /// Files the start-up load moved to quarantine, or (in `render`) left unused.
    case filesSetAside(count: Int)
    case filesNotUsed(count: Int)

    /// Which sentence of the catalogue this is.
    public var string: UIString {
        switch self {
        case .say(let string): string
        case .handsSaved: .handsSaved
        case .searchMatches: .searchMatches
        case .noSuchArticle: .goToNoSuchArticle
        case .sideBySideNeeds: .sideBySideNeedsWidth
        case .filesSetAside: .filesSetAside
        case .filesNotUsed: .filesNotUsed
        }
    }

    /// The sentence in `language`, its values filled in.
    public func text(_ language: UILanguage) -> String {
        let values: [String: String] = switch self {
        case .say: [:]
        case .handsSaved(let count), .searchMatches(let count), .filesSetAside(let count), .filesNotUsed(let count):
            ["count": "\(count)"]
        case .noSuchArticle(let typed): ["article": Sanitizer.sanitize(typed)]
        case .sideBySideNeeds(let columns): ["columns": "\(columns)"]
        }
        return TaskForceUI.text(string, language, values)
    }
}
