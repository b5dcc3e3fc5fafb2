/// One annotation, format `taskforce.annotation.v1` (Annotations/README.md). The fields are an
/// allow-list: this struct is everything that can ever be written, and nothing in it
/// can identify the writer (no name, machine, user, terminal, time of day, counter).
///
/// What a record says depends on its kind, so the kind is its `payload`, an enum whose
/// cases carry exactly the fields that kind may have: a comment cannot be built with a
/// target, nor an endorsement with a stance.
public struct Annotation: Sendable, Hashable {
    public static let format = "taskforce.annotation.v1"

    public var id: AnnotationID
    /// The text id (`demo-travail-du-sexe`).
    public var text: TextID
    /// The normalised article number (`5bis`).
    public var article: ArticleNumber
    /// The article's fingerprint when the annotation was written.
    public var fingerprint: String
    /// The calendar day only, `YYYY-MM-DD`.
    public var day: Day
    public var session: String?
    /// What the record says, by kind.
    public var payload: Payload

    // Authority (see `Authority`): who may later withdraw or change this record.
    /// Comments and endorsements: the public half of the writer's key for this record,
    /// fresh for every record.
    public var recordKey: RecordKey?
    /// `recordKey` as written in the file: 64 lowercase hex characters.
    public var key: String? { recordKey?.hex }
    /// Edits, withdrawals and moderations: the Ed25519 signature (128 lowercase hex
    /// characters) over the record's canonical bytes without this field.
    public var signature: String?

    /// The kinds of record, each with its own fields.
    public enum Payload: Sendable, Hashable {
        /// A stance, themes, a comment, maybe a proposed wording.
        case comment(Comment)
        /// "Me too" on a comment; `count` records a show of hands.
        case endorsement(target: AnnotationID, count: Int?)
        /// The writer takes back their own comment (during the session); a facilitator
        /// takes back a moderation.
        case withdrawal(target: AnnotationID)
        /// A facilitator's decision about the comment `target`.
        case moderation(target: AnnotationID, Moderation)
    }

    /// What a comment says.
    /// (The one-byte fields come last: held by the hundred thousand, a struct's padding counts.)
    public struct Comment: Sendable, Hashable {
        public var tags: [Theme]
        public var body: String
        public var proposal: String?
        public var language: String
        /// The comment this one replaces (an edit).
        public var supersedes: AnnotationID?
        public var stance: Stance
        /// Typed by the facilitator for someone who said it aloud. Nothing else is recorded
        /// about that person; written only when true.
        public var transcribed: Bool

        public init(stance: Stance, tags: [Theme], body: String, proposal: String? = nil, language: String,
                    supersedes: AnnotationID? = nil, transcribed: Bool = false) {
            self.stance = stance
            self.tags = tags
            self.body = body
            self.proposal = proposal
            self.language = language
            self.supersedes = supersedes
            self.transcribed = transcribed
        }
    }

    /// What a moderation does to its target comment.
    public enum Moderation: Sendable, Hashable {
        /// Left out of the digest's text (e.g. it identifies someone); still counted.
        case hide
        /// Says the same as `original`: shown with it, not on its own.
        case duplicate(of: AnnotationID)
    }

    public init(id: AnnotationID, text: TextID, article: ArticleNumber, fingerprint: String, day: Day,
                session: String? = nil, payload: Payload, key: RecordKey? = nil, signature: String? = nil) {
        self.id = id
        self.text = text
        self.article = article
        self.fingerprint = fingerprint
        self.day = day
        self.session = session
        self.payload = payload
        self.recordKey = key
        self.signature = signature
    }

    public var kind: AnnotationKind {
        switch payload {
        case .comment: .comment
        case .endorsement: .endorsement
        case .withdrawal: .withdrawal
        case .moderation: .moderation
        }
    }

    /// What the comment says; nil for the other kinds.
    public var said: Comment? {
        if case .comment(let c) = payload { return c }
        return nil
    }

    /// Changes what a comment says (nothing, for the other kinds).
    public mutating func changeComment(_ change: (inout Comment) -> Void) {
        guard case .comment(var c) = payload else { return }
        change(&c)
        payload = .comment(c)
    }

    /// The record an endorsement, a withdrawal or a moderation acts on.
    public var target: AnnotationID? {
        switch payload {
        case .comment: nil
        case .endorsement(let target, _), .withdrawal(let target), .moderation(let target, _): target
        }
    }

    // For the screen; prefer `payload` (or `said`).
    public var stance: Stance? { said?.stance }
    public var tags: [Theme] { said?.tags ?? [] }
    public var body: String? { said?.body }
    public var proposal: String? { said?.proposal }
    public var language: String? { said?.language }
    /// Read in place, not through a copy of the whole comment (`said`): asked of every
    /// record by `Authority` and `CurrentView`.
    public var supersedes: AnnotationID? {
        if case .comment(let c) = payload { return c.supersedes }
        return nil
    }
    public var transcribed: Bool { said?.transcribed ?? false }
    public var count: Int? {
        if case .endorsement(_, let count) = payload { return count }
        return nil
    }
    public var action: ModerationAction? {
        switch payload {
        case .moderation(_, .hide): .hide
        case .moderation(_, .duplicate): .duplicate
        default: nil
        }
    }
    public var original: AnnotationID? {
        if case .moderation(_, .duplicate(let original)) = payload { return original }
        return nil
    }

    /// A new comment with a fresh random id. Text is stored in NFC.
    public static func comment(text: TextID, article: ArticleNumber, fingerprint: String, stance: Stance,
                               tags: [Theme], body: String, proposal: String? = nil, language: String,
                               session: String? = nil, day: Day, supersedes: AnnotationID? = nil,
                               transcribed: Bool = false) -> Annotation {
        Annotation(id: .random(), text: text, article: article, fingerprint: fingerprint, day: day, session: session,
                   payload: .comment(Comment(stance: stance, tags: Array(Set(tags)).sorted(), body: NFC.normalise(body),
                                             proposal: proposal.map(NFC.normalise), language: language,
                                             supersedes: supersedes, transcribed: transcribed)))
    }

    public static func endorsement(of target: Annotation, count: Int? = nil, session: String? = nil,
                                   day: Day) -> Annotation {
        acting(on: target, session: session, day: day, .endorsement(target: target.id, count: count))
    }

    public static func withdrawal(of target: Annotation, session: String? = nil, day: Day) -> Annotation {
        acting(on: target, session: session, day: day, .withdrawal(target: target.id))
    }

    /// A facilitator hides `target` from the digest (it stays counted, and on disk).
    public static func hiding(_ target: Annotation, session: String? = nil, day: Day) -> Annotation {
        acting(on: target, session: session, day: day, .moderation(target: target.id, .hide))
    }

    /// A facilitator marks `duplicate` as saying the same as `original` (same article).
    public static func marking(_ duplicate: Annotation, asDuplicateOf original: Annotation, session: String? = nil,
                               day: Day) -> Annotation {
        acting(on: duplicate, session: session, day: day, .moderation(target: duplicate.id, .duplicate(of: original.id)))
    }

    /// A new record about `target`: it carries the target's text, article and fingerprint.
    private static func acting(on target: Annotation, session: String?, day: Day, _ payload: Payload) -> Annotation {
        Annotation(id: .random(), text: target.text, article: target.article, fingerprint: target.fingerprint,
                   day: day, session: session, payload: payload)
    }
}
