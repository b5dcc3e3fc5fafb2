import TaskForceCore

/// The interface's words for the annotation vocabulary (stances, themes), shared by the
/// composer, the notes, the dashboard and the preview (the digest has its own: DigestLabel).
public enum VocabularyLabels {
    public static func label(_ stance: Stance) -> UIString {
        switch stance {
        case .support: .stanceSupport
        case .concern: .stanceConcern
        case .oppose: .stanceOppose
        case .question: .stanceQuestion
        }
    }

    public static func label(_ theme: Theme) -> UIString {
        switch theme {
        case .safety: .themeSafety
        case .health: .themeHealth
        case .income: .themeIncome
        case .contract: .themeContract
        case .policing: .themePolicing
        case .migration: .themeMigration
        case .housing: .themeHousing
        case .privacy: .themePrivacy
        case .consent: .themeConsent
        case .other: .themeOther
        }
    }
}
