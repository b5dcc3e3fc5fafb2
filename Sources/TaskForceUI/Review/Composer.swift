import TaskForceCore

/// The comment being written on one article (DESIGN 6 composer): a stance, themes and
/// the comment itself. Kept in the model while the participant reads elsewhere, so
/// nothing typed is lost by closing the composer.
public struct Composer: Sendable, Equatable {
    public enum Field: Sendable, Equatable, CaseIterable { case stance, themes, comment, proposal }

    public var articleNumber: String
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

    public init(articleNumber: String) {
        self.articleNumber = articleNumber
    }

    public var isEmpty: Bool { stance == nil && themes.isEmpty && comment.isBlank && proposal == nil }

    /// The fields Tab goes through: the proposed wording only once it was asked for.
    var fields: [Field] { proposal == nil ? [.stance, .themes, .comment] : Field.allCases }

    /// A composer for changing `comment` (one of this run's own).
    public init(editing comment: Annotation) {
        articleNumber = comment.article
        stance = comment.stance
        themes = Set(comment.tags)
        self.comment = TextEditor(comment.body ?? "")
        proposal = comment.proposal.map { TextEditor($0) }
        editing = comment.id
        field = .comment
    }
}

/// What `update` asks the outside world to do; the result comes back as a call to
/// `ReviewUpdate.saveFinished`. Keeps `update` pure (DESIGN 6).
public enum ReviewEffect: Sendable, Equatable {
    /// Save this comment on the current article of the current text.
    case saveComment(CommentToSave)
    /// Keep these unfinished comments as drafts on disk (the session is ending).
    case keepDrafts([CommentToSave])
    /// Say "me too" to this comment.
    case endorse(Annotation)
    /// Withdraw this comment (one written during this run).
    case withdraw(Annotation)
    /// Build the digest of this text from the annotations on disk, for the preview.
    case buildDigest(textID: String)
    /// What the facilitator's keys ask for (FacilitatorEffect).
    case facilitator(FacilitatorEffect)
}

public struct CommentToSave: Sendable, Equatable {
    public var textID: String
    public var article: String
    public var fingerprint: String
    public var stance: Stance?
    public var themes: [Theme]
    public var body: String
    public var proposal: String? = nil
    /// The comment this one replaces (an edit), if any.
    public var supersedes: AnnotationID? = nil
}
