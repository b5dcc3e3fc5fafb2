/// The feedback digest of one text (ARCHITECTURE: The digest): what the renderers (Markdown, HTML, CSV,
/// JSON, DOCX, ODT and PDF, the preview on screen) put into words. Everything in it is already made safe:
/// free text is sanitized (no controls, no bidi overrides) and redacted (identifying
/// details replaced by placeholders); nothing in it tells the order of writing (comments
/// are ordered by endorsements, then id; no time of day exists anywhere). The words of a
/// comment hidden by a facilitator are never in it: such a comment is counted, and its
/// body and proposal are empty.
public struct Digest: Sendable, Equatable {
    public var header: Header
    /// Annotated articles, in the text's order.
    public var articles: [ArticleDigest]
    /// Comments whose article no longer exists in the text, by article then id.
    public var orphans: [OrphanComment]
    /// Such comments hidden by a facilitator (counted, words left out), by article then id.
    public var hiddenOrphans: [OrphanComment]
    /// Endorsements and withdrawals whose article no longer exists (counted, not listed).
    public var otherOrphans: Int
    /// Comments per session or place, when every group is large enough (see `Breakdown`).
    public var breakdown: Breakdown
    public var redactions: Redactions
    /// The labels' language (the comments stay in theirs).
    public var language: UILanguage

    public struct Header: Sendable, Equatable {
        public var textID: TextID
        public var title: String
        /// Language versions of the text, e.g. ["fr", "nl", "en"].
        public var versions: [String]
        /// Session codes met in the annotations, sorted.
        public var sessions: [String]
        /// Sum of the recorded headcounts of those sessions.
        public var headcount: Int
        /// Sessions met in the annotations without a record (their people are not in `headcount`).
        public var sessionsWithoutRecord: Int
        /// Every annotation file of this text: comments (with earlier versions of edited
        /// ones), endorsements, withdrawals.
        public var annotations: Int
        /// Current comments (edits resolved, withdrawn ones left out), orphans included.
        public var comments: Int
        /// "Me too"s, a show of hands counting as its count.
        public var endorsements: Int
        /// Comments taken back by their writers (kept in the files, not in the digest).
        public var withdrawn: Int
        /// Current comments hidden by a facilitator (counted in `comments`), orphans included.
        public var hidden: Int
        /// First and last day an annotation was written, nil when there are none.
        public var firstDay: Day?
        public var lastDay: Day?
    }
}

/// One annotated article.
public struct ArticleDigest: Sendable, Equatable {
    public var number: String
    /// As written in the text, e.g. "Art. 5bis".
    public var label: String
    public var heading: String?
    /// The start of the article's text, cut between words.
    public var excerpt: String
    public var counts: StanceCounts
    /// Themes with the number of comments naming them, most named first, then in the
    /// vocabulary's order.
    public var themes: [ThemeCount]
    /// Comments grouped by stance (support, concern, oppose, question), empty groups left
    /// out; in a group the most endorsed first (`DigestComment.weight`), ties by id. Hidden
    /// comments and duplicates folded under their original are not listed here.
    public var groups: [StanceGroup]
    /// Hidden comments not folded under an original, by id (words left out).
    public var hidden: [DigestComment]
    /// Every hidden comment of the article, folded ones included.
    public var hiddenCount: Int
}

public struct StanceCounts: Sendable, Equatable {
    public var support = 0, concern = 0, oppose = 0, question = 0
    public var endorsements = 0

    public init() {}

    public subscript(stance: Stance) -> Int {
        get {
            switch stance {
            case .support: support
            case .concern: concern
            case .oppose: oppose
            case .question: question
            }
        }
        set {
            switch stance {
            case .support: support = newValue
            case .concern: concern = newValue
            case .oppose: oppose = newValue
            case .question: question = newValue
            }
        }
    }

    public var comments: Int { support + concern + oppose + question }

    /// Adds every stance and the endorsements (totals of several articles or sessions).
    public static func += (sum: inout StanceCounts, other: StanceCounts) {
        for s in Stance.allCases { sum[s] += other[s] }
        sum.endorsements += other.endorsements
    }
}

public struct ThemeCount: Sendable, Equatable {
    public var theme: Theme
    public var count: Int
}

public struct StanceGroup: Sendable, Equatable {
    public var stance: Stance
    public var comments: [DigestComment]
}

/// A comment as exported: sanitized and redacted.
public struct DigestComment: Sendable, Equatable {
    /// The random id of the latest version: it names the comment for cross-reference
    /// and reveals nothing (ids are not time-based).
    public var id: String
    public var stance: Stance
    public var tags: [Theme]
    public var body: String
    /// The proposed wording, if any, and how it differs from the current article text.
    public var proposal: String?
    public var redline: [RedlinePiece]?
    /// BCP 47 primary tag of the comment's language.
    public var language: String
    public var endorsements: Int
    /// Written on an earlier version of the article's text.
    public var earlierVersion: Bool
    /// The session code, only when the breakdown by session may be shown.
    public var session: String?
    /// Hidden by a facilitator: `body` is empty and `proposal` and `redline` are nil.
    public var hidden: Bool
    /// The id of the comment it repeats (the end of a chain of duplicates), if any.
    public var duplicateOf: String?
    /// The duplicates folded under this comment, by id (hidden ones included, words left out).
    public var duplicates: [DigestComment]

    /// What ranks a comment: its endorsements, and for each folded duplicate 1 plus that
    /// duplicate's endorsements.
    public var weight: Int { duplicates.reduce(endorsements) { $0 + 1 + $1.endorsements } }
}

/// A comment on an article that the text no longer has.
public struct OrphanComment: Sendable, Equatable {
    public var article: ArticleNumber
    public var comment: DigestComment
}
