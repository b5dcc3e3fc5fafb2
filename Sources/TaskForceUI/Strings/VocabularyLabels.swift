import TaskForceCore

/// The interface's words for the annotation vocabulary (stances, themes), shared by the
/// composer, the notes, the dashboard and the preview. Stances have screen words of their
/// own ("worried" where the digest says "Concerned"); themes are the digest's words.
public enum VocabularyLabels {
    public static func label(_ stance: Stance) -> UIString {
        switch stance {
        case .support: .stanceSupport
        case .concern: .stanceConcern
        case .oppose: .stanceOppose
        case .question: .stanceQuestion
        }
    }

    /// A theme's word: the same on screen as in the digest (one word per concept).
    public static func word(_ theme: Theme, _ language: UILanguage) -> String {
        DigestLabel.theme(theme).text(language)
    }
}
