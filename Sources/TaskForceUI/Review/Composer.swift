import TaskForceCore

/// The comment being written on one article (ARCHITECTURE: Screens): a stance, themes and
/// the comment itself. Kept in the model while the participant reads elsewhere, so
/// nothing typed is lost by closing the composer.
public struct Composer: Sendable, Equatable {
    public enum Field: Sendable, Equatable, CaseIterable { case stance, themes, comment, proposal }

    public var articleNumber: ArticleNumber
    /// The language the comment is written in, as it will be recorded: at first that of the
    /// version being read (a comment on the French text is most likely French), shown in
    /// the composer's title and changed with F5 (issue 14, item 6).
    public var language: String
    public var stance: Stance?
    public var themes: Set<Theme> = []
    /// Which theme the cursor is on in the themes row.
    public var themeCursor = 0
    public var field: Field = .stance
    public var comment = TextEditor()
    /// A better wording of the article (F6), prefilled with its text; nil when not proposed.
    public var proposal: TextEditor?
    /// The comment of this run being changed: the saved one replaces it (`supersedes`).
    public var editing: AnnotationID?
    /// Identifying details found at the last Ctrl-S: a second Ctrl-S saves anyway.
    public var warning: [IdentifyingDetails.Kind]?
    /// Why the last Ctrl-S did not save (no stance, empty comment).
    public var problem: UIString?
    /// Kiosk: Esc was pressed with something written; Enter throws it away (KioskUpdate).
    public var confirmingDiscard = false

    public init(articleNumber: ArticleNumber, language: String) {
        self.articleNumber = articleNumber
        self.language = language
    }

    /// The languages F5 goes through: the text's versions first, then those the union's
    /// participants write most (the interface languages and those of the room).
    static let commonLanguages = ["fr", "nl", "en", "es", "pt", "ro", "bg"]

    public var isEmpty: Bool { stance == nil && themes.isEmpty && comment.isBlank && proposal == nil }

    /// The fields Tab goes through: the proposed wording only once it was asked for.
    var fields: [Field] { proposal == nil ? [.stance, .themes, .comment] : Field.allCases }

    /// A composer for changing `comment` (one of this run's own).
    public init(editing comment: Annotation) {
        articleNumber = comment.article
        language = comment.language ?? "fr"
        stance = comment.stance
        themes = Set(comment.tags)
        self.comment = TextEditor(comment.body ?? "")
        proposal = comment.proposal.map { TextEditor($0) }
        editing = comment.id
        field = .comment
    }
}
