/// One annotation, format `taskforce.annotation.v1` (DESIGN 4.1). The fields are an
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

    // Endorsements and withdrawals.
    public var target: AnnotationID?
    /// Endorsements only: a show of hands recorded by the facilitator.
    public var count: Int?

    public init(id: AnnotationID, kind: AnnotationKind, text: String, article: String, fingerprint: String,
                day: String, session: String? = nil, stance: Stance? = nil, tags: [Theme] = [],
                body: String? = nil, proposal: String? = nil, language: String? = nil,
                supersedes: AnnotationID? = nil, target: AnnotationID? = nil, count: Int? = nil) {
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
    }

    /// A new comment with a fresh random id. Text is stored in NFC.
    public static func comment(text: String, article: String, fingerprint: String, stance: Stance,
                               tags: [Theme], body: String, proposal: String? = nil, language: String,
                               session: String? = nil, day: String, supersedes: AnnotationID? = nil) -> Annotation {
        Annotation(id: .random(), kind: .comment, text: text, article: article, fingerprint: fingerprint,
                   day: day, session: session, stance: stance, tags: Array(Set(tags)).sorted(),
                   body: NFC.normalise(body), proposal: proposal.map(NFC.normalise), language: language,
                   supersedes: supersedes)
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
}
