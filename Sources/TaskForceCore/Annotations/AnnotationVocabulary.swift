/// The closed vocabularies of an annotation (Annotations/README.md). Fixed lists, so that nothing
/// free-form but the comment itself (and a proposed wording) is ever written.
public enum Stance: String, Sendable, CaseIterable, Comparable {
    case support, concern, oppose, question

    public static func < (a: Stance, b: Stance) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

public enum Theme: String, Sendable, CaseIterable, Comparable {
    case safety, health, income, contract, policing, migration, housing, privacy, consent, other

    public static func < (a: Theme, b: Theme) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

public enum AnnotationKind: String, Sendable, CaseIterable {
    /// A stance, themes, a comment, maybe a proposed wording.
    case comment
    /// "Me too" on another annotation; `count` records a show of hands.
    case endorsement
    /// The writer takes back their own comment (during the session); a facilitator takes
    /// back a moderation.
    case withdrawal
    /// A facilitator's decision about a comment (hide it from the digest, or mark it as a
    /// duplicate of another). The comment itself is never changed or deleted.
    case moderation
}

/// What a moderation record does to its target comment.
public enum ModerationAction: String, Sendable, CaseIterable {
    /// Left out of the digest's text (e.g. it identifies someone); still counted.
    case hide
    /// Says the same as `original`: shown with it, not on its own.
    case duplicate
}
