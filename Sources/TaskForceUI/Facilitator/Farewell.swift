import TaskForceCore

/// What the facilitator's screen says on the terminal once it is gone: whether the session
/// was closed (its files shuffled) on the way out. Counts and the session's code only.
public enum Farewell: Sendable, Equatable {
    case sessionClosed(code: String, files: Int)
    /// The closing failed: the sentence says why; `taskforce close-session` can do it later.
    case sessionNotClosed(code: String, reason: String)

    public func text(_ language: UILanguage) -> String {
        switch self {
        case .sessionClosed(let code, let files):
            TaskForceUI.text(.farewellSessionClosed, language, ["session": Sanitizer.sanitize(code), "count": "\(files)"])
        case .sessionNotClosed(let code, let reason):
            TaskForceUI.text(.farewellSessionNotClosed, language,
                             ["session": Sanitizer.sanitize(code), "reason": Sanitizer.sanitize(reason)])
        }
    }
}
