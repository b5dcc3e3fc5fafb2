import TaskForceCore

/// Everything the review screen shows, as a value (DESIGN 6, Elm/Bubble Tea style):
/// `update` changes it from keys, `view` draws it into a `CellGrid`. No curses and no
/// file access here: the texts and the annotation counts are given at start-up.
public struct ReviewModel: Sendable {
    public enum Screen: Sendable, Equatable { case chooser, reader, help }

    /// One text of `Texts/`, with its readable language versions.
    public struct TextEntry: Sendable {
        public var id: String
        public var versions: [(language: String, split: SplitText)]
        /// Current comments per article number (from the annotations).
        public var commentCounts: [String: Int]

        public init(id: String, versions: [(language: String, split: SplitText)], commentCounts: [String: Int] = [:]) {
            self.id = id
            self.versions = versions
            self.commentCounts = commentCounts
        }
    }

    public var texts: [TextEntry]
    public var uiLanguage: UILanguage
    public var screen: Screen
    /// The screen under the help page, to return to.
    public var screenBeforeHelp: Screen = .chooser
    public var textIndex = 0
    public var versionIndex = 0
    public var articleIndex = 0
    /// First line of the article text shown (the text pane scrolls).
    public var textScroll = 0
    /// Quick hide (F12): a neutral page replaces everything until F12 again.
    public var hidden = false
    public var quitRequested = false
    /// The comment being written, when the composer is open.
    public var composer: Composer?
    /// Composers closed with Esc before saving, by text id and article number: reopened
    /// as they were left.
    public var unfinished: [String: Composer] = [:]
    /// A one-line message under the panes (saved, save failed…), and its `{values}`.
    public var status: UIString?
    public var statusValues: [String: String] = [:]
    /// The search or go-to question being typed on the bottom row.
    public var prompt: Prompt?
    /// The last word searched for: `n` goes to the next article that has it.
    public var searchTerm: String?

    // Wide screens and the mouse (ReviewLayout, SideBySideView, MouseUpdate).
    /// Two language versions side by side when the screen is wide enough (`v` turns it off and on).
    public var sideBySide = true
    /// The terminal's size at the last frame, set by the caller: a click is read against it.
    public var screenSize = ScreenSize(columns: 80, rows: 24)

    public init(texts: [TextEntry], uiLanguage: UILanguage, openText id: String? = nil, language: String? = nil) {
        self.texts = texts
        self.uiLanguage = uiLanguage
        screen = texts.count == 1 ? .reader : .chooser
        if let id, let i = texts.firstIndex(where: { $0.id == id }) {
            textIndex = i
            screen = .reader
        }
        let preferred = language ?? uiLanguage.rawValue
        if let v = currentText?.versions.firstIndex(where: { $0.language == preferred }) { versionIndex = v }
    }

    public var currentText: TextEntry? { texts.indices.contains(textIndex) ? texts[textIndex] : nil }

    public var currentSplit: SplitText? {
        guard let t = currentText, t.versions.indices.contains(versionIndex) else { return nil }
        return t.versions[versionIndex].split
    }

    public var currentArticle: Article? {
        guard let s = currentSplit, s.articles.indices.contains(articleIndex) else { return nil }
        return s.articles[articleIndex]
    }
}
