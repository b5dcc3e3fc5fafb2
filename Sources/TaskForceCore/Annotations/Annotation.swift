/// One annotation, format `taskforce.annotation.v1` (Annotations/README.md). The fields are an
/// allow-list: this struct is everything that can ever be written, and nothing in it
/// can identify the writer (no name, machine, user, terminal, time of day, counter).
public struct Annotation: Sendable, Hashable {
    public static let format = "taskforce.annotation.v1"

    public var id: AnnotationID
    public var kind: AnnotationKind
    /// The text id (`demo-travail-du-sexe`).
    public var text: String
    /// The normalised article number (`5bis`).
    public var article: String
    /// The article's fingerprint when the annotation was written.
    public var fingerprint: String
    /// The calendar day only, `YYYY-MM-DD`.
    public var day: String
    public var session: String?

    // Comments only.
    public var stance: Stance?
    public var tags: [Theme]
    public var body: String?
    public var proposal: String?
    public var language: String?
    public var supersedes: AnnotationID?
    /// Typed by the facilitator for someone who said it aloud. Nothing else is recorded
    /// about that person; written only when true.
    public var transcribed: Bool

    // Endorsements and withdrawals.
    public var target: AnnotationID?
    /// Endorsements only: a show of hands recorded by the facilitator.
    public var count: Int?

    // Moderations (their `target` is the comment).
    public var action: ModerationAction?
    /// Duplicates only: the comment the target repeats.
    public var original: AnnotationID?

    // Authority (see `Authority`): who may later withdraw or change this record.
    /// Comments and endorsements: the public half of the writer's key for this record
    /// (64 lowercase hex characters), fresh for every record.
    public var key: String?
    /// Edits, withdrawals and moderations: the Ed25519 signature (128 lowercase hex
    /// characters) over the record's canonical bytes without this field.
    public var signature: String?

    public init(id: AnnotationID, kind: AnnotationKind, text: String, article: String, fingerprint: String,
                day: String, session: String? = nil, stance: Stance? = nil, tags: [Theme] = [],
                body: String? = nil, proposal: String? = nil, language: String? = nil,
                supersedes: AnnotationID? = nil, transcribed: Bool = false, target: AnnotationID? = nil,
                count: Int? = nil, action: ModerationAction? = nil, original: AnnotationID? = nil,
                key: String? = nil, signature: String? = nil) {
        self.id = id
        self.kind = kind
        self.text = text
        self.article = article
        self.fingerprint = fingerprint
        self.day = day
        self.session = session
        self.stance = stance
        self.tags = tags
        self.body = body
        self.proposal = proposal
        self.language = language
        self.supersedes = supersedes
        self.target = target
        self.count = count
        self.transcribed = transcribed
        self.action = action
        self.original = original
        self.key = key
        self.signature = signature
    }

    /// A new comment with a fresh random id. Text is stored in NFC.
    public static func comment(text: String, article: String, fingerprint: String, stance: Stance,
                               tags: [Theme], body: String, proposal: String? = nil, language: String,
                               session: String? = nil, day: String, supersedes: AnnotationID? = nil,
                               transcribed: Bool = false) -> Annotation {
        Annotation(id: .random(), kind: .comment, text: text, article: article, fingerprint: fingerprint,
                   day: day, session: session, stance: stance, tags: Array(Set(tags)).sorted(),
                   body: NFC.normalise(body), proposal: proposal.map(NFC.normalise), language: language,
                   supersedes: supersedes, transcribed: transcribed)
    }

    public static func endorsement(of target: Annotation, count: Int? = nil, session: String? = nil,
                                   day: String) -> Annotation {
        Annotation(id: .random(), kind: .endorsement, text: target.text, article: target.article,
                   fingerprint: target.fingerprint, day: day, session: session, target: target.id, count: count)
    }

    public static func withdrawal(of target: Annotation, session: String? = nil, day: String) -> Annotation {
        Annotation(id: .random(), kind: .withdrawal, text: target.text, article: target.article,
                   fingerprint: target.fingerprint, day: day, session: session, target: target.id)
    }

    /// A facilitator hides `target` from the digest (it stays counted, and on disk).
    public static func hiding(_ target: Annotation, session: String? = nil, day: String) -> Annotation {
        Annotation(id: .random(), kind: .moderation, text: target.text, article: target.article,
                   fingerprint: target.fingerprint, day: day, session: session, target: target.id, action: .hide)
    }

    /// A facilitator marks `duplicate` as saying the same as `original` (same article).
    public static func marking(_ duplicate: Annotation, asDuplicateOf original: Annotation, session: String? = nil,
                               day: String) -> Annotation {
        Annotation(id: .random(), kind: .moderation, text: duplicate.text, article: duplicate.article,
                   fingerprint: duplicate.fingerprint, day: day, session: session, target: duplicate.id,
                   action: .duplicate, original: original.id)
    }
}
