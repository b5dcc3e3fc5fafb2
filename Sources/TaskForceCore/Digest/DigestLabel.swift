/// The words of a digest (ARCHITECTURE: The digest: labels in the interface languages; the comments
/// stay in the language they were written in). Apart from the interface strings because a
/// digest speaks to policymakers, not to participants: "Concerned", not "inquiet·e". Each
/// language's table is a file of its own, `Labels/DigestLabels.xx.swift`.
public enum DigestLabel: String, Sendable, CaseIterable {
    case title
    case text, versions, sessions, headcount, headcountMissing, annotations, comments, endorsements
    case withdrawn, days, daysRange, noSession
    case anonymity, ordering, redactionsNone, redactionsSome
    case contents, summary, article, total
    case support, concern, oppose, question
    case themes, proposedWording, proposedWordingLegend, duplicateWording, earlierVersion
    case agreedOne, agreedMany, alsoSaidOne, alsoSaidMany
    case hidden, hiddenOne, hiddenMany, moderation, moderationHidden, moderationDuplicate
    case orphans, orphansExplanation, otherOrphans
    case breakdownSession, breakdownPlace, breakdownWithheldSmall, breakdownWithheldUnattributed, place
    case removedEmail, removedPhone, removedIBAN, removedNationalNumber, removedName, removedAddress
    case language, session
    case themeSafety, themeHealth, themeIncome, themeContract, themePolicing
    case themeMigration, themeHousing, themePrivacy, themeConsent, themeOther
    case id, heading, stance, comment, earlierVersionColumn, articleRemoved, yes, no
    /// What `taskforce digest` says on stderr, to the person exporting (see `DigestReport`).
    case reportNone, reportReplacedOne, reportReplacedMany, reportSetAside
    case reportEmailOne, reportEmailMany, reportPhoneOne, reportPhoneMany
    case reportIBANOne, reportIBANMany, reportNationalNumberOne, reportNationalNumberMany
    case reportNameOne, reportNameMany, reportAddressOne, reportAddressMany

    public func text(_ language: UILanguage, _ values: [String: String] = [:]) -> String {
        format(Self.table(language)[self] ?? Self.english[self] ?? rawValue, values)
    }

    /// The labels of `language`. The switch is exhaustive: a new case of `UILanguage` does
    /// not compile until its table is named here; `DigestLabelTests` checks it is complete.
    public static func table(_ language: UILanguage) -> [DigestLabel: String] {
        switch language {
        case .en: english
        case .fr: french
        case .nl: dutch
        case .ro: romanian
        case .pt: portuguese
        case .es: spanish
        case .bg: bulgarian
        }
    }

    public static func stance(_ s: Stance) -> DigestLabel {
        switch s {
        case .support: .support
        case .concern: .concern
        case .oppose: .oppose
        case .question: .question
        }
    }

    public static func theme(_ t: Theme) -> DigestLabel {
        switch t {
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

    /// The report's words for one kind of detail: singular and plural.
    public static func reported(_ kind: IdentifyingDetails.Kind) -> (one: DigestLabel, many: DigestLabel) {
        switch kind {
        case .email: (.reportEmailOne, .reportEmailMany)
        case .phone: (.reportPhoneOne, .reportPhoneMany)
        case .iban: (.reportIBANOne, .reportIBANMany)
        case .nationalNumber: (.reportNationalNumberOne, .reportNationalNumberMany)
        case .name: (.reportNameOne, .reportNameMany)
        case .address: (.reportAddressOne, .reportAddressMany)
        }
    }

    public static func removed(_ kind: IdentifyingDetails.Kind) -> DigestLabel {
        switch kind {
        case .email: .removedEmail
        case .phone: .removedPhone
        case .iban: .removedIBAN
        case .nationalNumber: .removedNationalNumber
        case .name: .removedName
        case .address: .removedAddress
        }
    }
}
