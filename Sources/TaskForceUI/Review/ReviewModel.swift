import TaskForceCore

/// Everything the review screen shows, as a value (Elm/Bubble Tea style, docs/ARCHITECTURE.md):
/// `ReviewUpdate.update` changes it from messages, `ReviewView.view` draws it into a
/// `CellGrid`. No curses and no file access here: the texts and the annotation counts are
/// given at start-up, and everything after comes as a `ReviewMsg`.
public struct ReviewModel: Sendable {
    /// One text of `Texts/`, with its readable language versions.
    public struct TextEntry: Sendable {
        public var id: TextID
        public var versions: [(language: String, split: SplitText)] {
            didSet { articleText = ArticleTextMemo(versions) }
        }
        /// The articles sanitized and wrapped once for drawing (a pure memo of `versions`).
        private(set) var articleText: ArticleTextMemo
        /// Current comments per article number (from the annotations).
        public var commentCounts: [ArticleNumber: Int]
        /// The current comments themselves, per article number, as the notes pane lists them.
        public private(set) var notes: [ArticleNumber: [CurrentView.Comment]]

        public init(id: TextID, versions: [(language: String, split: SplitText)], commentCounts: [ArticleNumber: Int] = [:],
                    notes: [ArticleNumber: [CurrentView.Comment]] = [:]) {
            self.id = id
            self.versions = versions
            articleText = ArticleTextMemo(versions)
            self.notes = notes
            self.commentCounts = commentCounts.merging(notes.mapValues(\.count)) { max($0, $1) }
        }

        /// A comment saved from this screen: a new one, or the edit of `replacing`.
        mutating func add(_ comment: Annotation, replacing old: AnnotationID?) {
            var list = notes[comment.article] ?? []
            var endorsements = 0, bySession: [String: Int] = [:]
            if let old, let i = list.firstIndex(where: { $0.annotation.id == old }) {
                endorsements = list[i].endorsements
                bySession = list[i].endorsementsBySession
                list.remove(at: i)
            } else {
                commentCounts[comment.article, default: 0] += 1
            }
            list.append(CurrentView.Comment(annotation: comment, replaced: old.map { [$0] } ?? [],
                                            endorsements: endorsements, endorsementsBySession: bySession,
                                            earlierVersion: false))
            // Sorted by id like CurrentView: the list never shows the order of writing.
            notes[comment.article] = list.sorted { $0.annotation.id < $1.annotation.id }
        }

        /// Every article's current comments, as the start-up read folded them.
        mutating func replaceAllNotes(with all: [ArticleNumber: [CurrentView.Comment]]) {
            notes = all
            commentCounts = all.mapValues(\.count)
        }

        /// The current comments of one article, folded again after an arrival.
        mutating func replaceNotes(of article: ArticleNumber, with comments: [CurrentView.Comment]) {
            notes[article] = comments.isEmpty ? nil : comments
            commentCounts[article] = comments.isEmpty ? nil : comments.count
        }

        mutating func endorse(_ id: AnnotationID, article: ArticleNumber, session: String?) {
            guard let i = notes[article]?.firstIndex(where: { $0.annotation.id == id }) else { return }
            notes[article]![i].endorsements += 1
            notes[article]![i].endorsementsBySession[session ?? "", default: 0] += 1
        }

        mutating func withdraw(_ id: AnnotationID, article: ArticleNumber) {
            guard let i = notes[article]?.firstIndex(where: { $0.annotation.id == id }) else { return }
            notes[article]!.remove(at: i)
            commentCounts[article] = max(0, (commentCounts[article] ?? 1) - 1)
        }
    }

    public var texts: [TextEntry]
    /// The annotations folder is being read on a worker (`CommentsLoaded` ends it).
    public internal(set) var commentsLoading = false
    /// The folder the texts come from, as given (`--texts`): named when it holds none.
    public var textsFolder = "Texts"
    public var uiLanguage: UILanguage
    /// Where the screen is and what is open there (ReviewMode.swift): one value.
    public var screen: ReviewScreen
    /// The help page or the session form, over `screen`.
    public var overlay: Overlay?
    public var textIndex = 0
    public var versionIndex = 0
    public var articleIndex = 0
    /// First line of the article text shown (the text pane scrolls).
    public var textScroll = 0
    /// Quick hide (F12): a neutral page replaces everything until F12 again. Not a mode: it
    /// is a curtain over whatever is open, which must be exactly as it was when it lifts.
    public var hidden = false
    public var quitRequested = false
    /// What the program says on the terminal after the screen is gone (the session closed,
    /// or why it could not be), nil for nothing.
    public var farewell: Farewell?
    /// Composers closed with Esc before saving, by text and article: reopened as they were left.
    public var unfinished: [DraftKey: Composer] = [:]
    /// A one-line message under the panes (saved, save failed…), until the next key.
    public var status: StatusLine?
    /// The last word searched for: `n` goes to the next article that has it.
    public var searchTerm: String?
    /// Kiosk mode (a laptop passed around): nobody sees others' comments or counts, and after
    /// a save nothing of the previous participant stays on screen.
    public var kiosk = false
    /// Kiosk: the idle warning is on screen (KioskUpdate), and how many Ctrl-Q in a row.
    public var kioskIdleWarned = false
    public var kioskClosingPresses = 0
    /// The session code given with `--session`, written into every annotation and shown.
    public var session: String?
    /// Comments written by this run of the program: only these may be changed or withdrawn
    /// ("during the same session, the writer and nobody else"). Never written to disk.
    public var mine: Set<AnnotationID> = []
    /// The keys of what this screen wrote (comments, "me too"s): they sign its withdrawals
    /// and edits. Replaced with `mine` when a kiosk's participant leaves.
    public var writerKeys = WriterKeys()
    /// The facilitator keys of the session records, as read at start (`Authority`).
    public var sessionKeys = Authority.SessionKeys()
    /// Comments this run already said "me too" to: once each.
    public var endorsedByMe: Set<AnnotationID> = []
    /// The annotations the counts and notes come from, by id: arrivals already here are
    /// skipped (ArrivalUpdate). Empty in kiosk mode, where nothing is loaded.
    public var known = KnownAnnotations()
    // Following the facilitator of the session (FollowUpdate).
    /// `f` / F11 was pressed: the screen goes where the facilitator publishes.
    public var following = false
    /// The latest position published for the session, as last read.
    public var facilitatorPosition: LivePosition?
    /// A move to the facilitator's article waits for the composer, notes… to close.
    public var followPending = false
    // Wide screens and the mouse (ReviewLayout, SideBySideView, MouseUpdate).
    /// Two language versions side by side when the screen is wide enough (`v` turns it off and on).
    public var sideBySide = true
    /// Reading mode (`r`, `--reading`): the reader as one column of plain lines without
    /// frames, the article then its comments, for screen readers and very large letters.
    public var reading = false
    /// The current article is being read aloud (`s`).
    public var readingAloud = false
    /// The terminal's size at the last frame (`ReviewMsg.resized`): a click is read against it.
    public var screenSize = ScreenSize(columns: 80, rows: 24)

    /// The facilitator's screen (`--facilitator`): the session, the live dashboard. Nil for participants.
    public var facilitator: FacilitatorState?

    /// The screen as it opens: the texts with the annotations already on disk (`known`),
    /// and how this run was started (kiosk, session, facilitator).
    public init(texts: [TextEntry], uiLanguage: UILanguage, openText id: TextID? = nil, language: String? = nil,
                kiosk: Bool = false, session: String? = nil, facilitator: FacilitatorState? = nil,
                known: KnownAnnotations = KnownAnnotations(), sessionKeys: Authority.SessionKeys = [:],
                setAside: (count: Int, moved: Bool)? = nil, textsFolder: String = "Texts", reading: Bool = false,
                commentsLoading: Bool = false) {
        self.texts = texts
        self.reading = reading
        self.commentsLoading = commentsLoading
        if let setAside, setAside.count > 0 {
            // Nothing silent: the first frame says what the start-up load set aside.
            status = setAside.moved ? .filesSetAside(count: setAside.count) : .filesNotUsed(count: setAside.count)
        }
        self.sessionKeys = sessionKeys
        self.textsFolder = textsFolder
        self.uiLanguage = uiLanguage
        self.kiosk = kiosk
        self.session = session
        self.facilitator = facilitator
        self.known = known
        // A facilitator reads a text from its dashboard.
        let textScreen: ReviewScreen = facilitator == nil ? .article : .dashboard
        screen = texts.count == 1 ? textScreen : .chooser
        if let id, let i = texts.firstIndex(where: { $0.id == id }) {
            textIndex = i
            screen = textScreen
        }
        // A session without its record yet starts with the form that makes it.
        if let facilitator, facilitator.saved == nil { overlay = .sessionForm(SessionForm(new: facilitator.code)) }
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

    /// The current comments on the current article. A comment the facilitator left out of
    /// the digest is listed on the facilitator's screen only.
    public var currentNotes: [CurrentView.Comment] {
        guard let number = currentArticle?.annotationNumber else { return [] }
        let notes = currentText?.notes[number] ?? []
        return facilitator == nil ? notes.filter { !$0.isHidden } : notes
    }

    /// What the effect runner needs to save `composer`'s comment: the text and article, and
    /// where it was written (the language chosen in the composer, the session, typed for someone who spoke).
    func commentToSave(textID: TextID, article: ArticleNumber, fingerprint: String, composer: Composer,
                       body: String, proposal: String?) -> CommentToSave {
        CommentToSave(textID: textID, article: article, fingerprint: fingerprint, stance: composer.stance,
                      themes: Theme.allCases.filter(composer.themes.contains), body: body, proposal: proposal,
                      supersedes: composer.editing, language: composer.language, session: session,
                      transcribed: facilitator != nil, writerKeys: writerKeys, keepsDraft: !kiosk)
    }
}

/// Where an unfinished comment belongs: a text and one of its articles.
public struct DraftKey: Hashable, Comparable, Sendable {
    public var textID: TextID
    public var article: ArticleNumber

    /// By text, then by the article number's characters (the order drafts were always kept in).
    public static func < (a: DraftKey, b: DraftKey) -> Bool {
        (a.textID, a.article.rawValue) < (b.textID, b.article.rawValue)
    }
}
