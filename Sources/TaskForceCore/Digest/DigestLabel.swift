/// The words of a digest (ARCHITECTURE: The digest: labels in English, French or Dutch; the comments stay
/// in the language they were written in). Apart from the interface strings because a digest
/// speaks to policymakers, not to participants: "Concerned", not "inquiet·e".
public enum DigestLabel: String, Sendable, CaseIterable {
    case title
    case text, versions, sessions, headcount, headcountMissing, annotations, comments, endorsements
    case withdrawn, days, daysRange, noSession
    case anonymity, ordering, redactionsNone, redactionsSome
    case contents, summary, article, total
    case support, concern, oppose, question
    case themes, proposedWording, proposedWordingLegend, earlierVersion
    case agreedOne, agreedMany, alsoSaidOne, alsoSaidMany
    case hidden, hiddenOne, hiddenMany, moderation, moderationHidden, moderationDuplicate
    case orphans, orphansExplanation, otherOrphans
    case breakdownSession, breakdownPlace, breakdownWithheldSmall, breakdownWithheldUnattributed, place
    case removedEmail, removedPhone, removedIBAN, removedNationalNumber, removedName, removedAddress
    case language, session
    case themeSafety, themeHealth, themeIncome, themeContract, themePolicing
    case themeMigration, themeHousing, themePrivacy, themeConsent, themeOther
    case heading, stance, comment, earlierVersionColumn, articleRemoved, yes, no

    public func text(_ language: UILanguage, _ values: [String: String] = [:]) -> String {
        let table: [DigestLabel: String] = switch language {
        case .en: Self.english
        case .fr: Self.french
        case .nl: Self.dutch
        }
        return format(table[self] ?? Self.english[self] ?? rawValue, values)
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

    static let english: [DigestLabel: String] = [
        .themeSafety: "safety",
        .themeHealth: "health",
        .themeIncome: "income",
        .themeContract: "contract",
        .themePolicing: "police",
        .themeMigration: "migration",
        .themeHousing: "housing",
        .themePrivacy: "privacy",
        .themeConsent: "consent",
        .themeOther: "other",
        .title: "Feedback digest",
        .text: "Text",
        .versions: "Language versions",
        .sessions: "Sessions",
        .headcount: "People present",
        .headcountMissing: "{count} session(s) without a recorded headcount",
        .annotations: "Annotations",
        .comments: "Comments",
        .endorsements: "“Me too”",
        .withdrawn: "Withdrawn by their writers",
        .days: "Days",
        .daysRange: "{first} to {last}",
        .noSession: "none recorded",
        .anonymity: "Every comment is anonymous: nothing in this digest names or identifies the people who wrote them.",
        .ordering: "In each article, comments are grouped by stance, the most supported first; the order says nothing about when they were written.",
        .redactionsNone: "No identifying details were found in the comments.",
        .redactionsSome: "Identifying details replaced before export: {count}.",
        .contents: "Contents",
        .summary: "All articles",
        .article: "Article",
        .total: "Total",
        .support: "In support",
        .concern: "Concerned",
        .oppose: "Opposed",
        .question: "Questions",
        .themes: "Themes",
        .proposedWording: "Proposed wording",
        .proposedWordingLegend: "Against the current text: removed words are struck out, added words are in bold.",
        .earlierVersion: "written on an earlier version of this article",
        .agreedOne: "1 more person agreed",
        .agreedMany: "{count} more people agreed",
        .alsoSaidOne: "also said in 1 other comment",
        .alsoSaidMany: "also said in {count} other comments",
        .hidden: "Hidden by a facilitator",
        .hiddenOne: "1 comment hidden by a facilitator (counted above).",
        .hiddenMany: "{count} comments hidden by a facilitator (counted above).",
        .moderation: "Moderation",
        .moderationHidden: "hidden",
        .moderationDuplicate: "duplicate of {id}",
        .orphans: "Comments on articles no longer in the text",
        .orphansExplanation: "These articles were removed or renumbered after the comments were written.",
        .otherOrphans: "{count} “me too” or withdrawal(s) on such articles.",
        .breakdownSession: "Comments by session",
        .breakdownPlace: "Comments by place",
        .breakdownWithheldSmall: "No breakdown by session or place: a group of fewer than {min} people could be recognised.",
        .breakdownWithheldUnattributed: "No breakdown by session or place: some comments were written outside a recorded session.",
        .place: "Place",
        .removedEmail: "[e-mail removed]",
        .removedPhone: "[phone number removed]",
        .removedIBAN: "[bank account removed]",
        .removedNationalNumber: "[national number removed]",
        .removedName: "[name removed]",
        .removedAddress: "[address removed]",
        .language: "Language",
        .session: "Session",
        .heading: "Heading",
        .stance: "Stance",
        .comment: "Comment",
        .earlierVersionColumn: "Earlier version",
        .articleRemoved: "Article removed",
        .yes: "yes",
        .no: "no",
    ]

    static let french: [DigestLabel: String] = [
        .themeSafety: "sécurité",
        .themeHealth: "santé",
        .themeIncome: "revenu",
        .themeContract: "contrat",
        .themePolicing: "police",
        .themeMigration: "migration",
        .themeHousing: "logement",
        .themePrivacy: "vie privée",
        .themeConsent: "consentement",
        .themeOther: "autre",
        .title: "Synthèse des avis",
        .text: "Texte",
        .versions: "Versions linguistiques",
        .sessions: "Séances",
        .headcount: "Personnes présentes",
        .headcountMissing: "{count} séance(s) sans nombre de participant·es enregistré",
        .annotations: "Annotations",
        .comments: "Commentaires",
        .endorsements: "« Moi aussi »",
        .withdrawn: "Retirés par leurs auteur·es",
        .days: "Jours",
        .daysRange: "du {first} au {last}",
        .noSession: "aucune enregistrée",
        .anonymity: "Tous les commentaires sont anonymes : rien dans cette synthèse ne nomme ni n'identifie les personnes qui les ont écrits.",
        .ordering: "Pour chaque article, les commentaires sont groupés par position, les plus soutenus d'abord ; l'ordre ne dit rien du moment où ils ont été écrits.",
        .redactionsNone: "Aucune donnée identifiante n'a été trouvée dans les commentaires.",
        .redactionsSome: "Données identifiantes remplacées avant l'export : {count}.",
        .contents: "Sommaire",
        .summary: "Tous les articles",
        .article: "Article",
        .total: "Total",
        .support: "En faveur",
        .concern: "Inquiétudes",
        .oppose: "Contre",
        .question: "Questions",
        .themes: "Thèmes",
        .proposedWording: "Texte proposé",
        .proposedWordingLegend: "Par rapport au texte actuel : les mots retirés sont barrés, les mots ajoutés en gras.",
        .earlierVersion: "écrit sur une version antérieure de cet article",
        .agreedOne: "1 autre personne est d'accord",
        .agreedMany: "{count} autres personnes sont d'accord",
        .alsoSaidOne: "également dit dans 1 autre commentaire",
        .alsoSaidMany: "également dit dans {count} autres commentaires",
        .hidden: "Masqués par l'animation",
        .hiddenOne: "1 commentaire masqué par l'animation (compté ci-dessus).",
        .hiddenMany: "{count} commentaires masqués par l'animation (comptés ci-dessus).",
        .moderation: "Modération",
        .moderationHidden: "masqué",
        .moderationDuplicate: "doublon de {id}",
        .orphans: "Commentaires sur des articles qui ne sont plus dans le texte",
        .orphansExplanation: "Ces articles ont été supprimés ou renumérotés après que les commentaires ont été écrits.",
        .otherOrphans: "{count} « moi aussi » ou retrait(s) sur ces articles.",
        .breakdownSession: "Commentaires par séance",
        .breakdownPlace: "Commentaires par lieu",
        .breakdownWithheldSmall: "Pas de répartition par séance ni par lieu : un groupe de moins de {min} personnes pourrait être reconnu.",
        .breakdownWithheldUnattributed: "Pas de répartition par séance ni par lieu : certains commentaires ont été écrits hors d'une séance enregistrée.",
        .place: "Lieu",
        .removedEmail: "[e-mail retiré]",
        .removedPhone: "[numéro de téléphone retiré]",
        .removedIBAN: "[compte bancaire retiré]",
        .removedNationalNumber: "[numéro national retiré]",
        .removedName: "[nom retiré]",
        .removedAddress: "[adresse retirée]",
        .language: "Langue",
        .session: "Séance",
        .heading: "Intitulé",
        .stance: "Position",
        .comment: "Commentaire",
        .earlierVersionColumn: "Version antérieure",
        .articleRemoved: "Article supprimé",
        .yes: "oui",
        .no: "non",
    ]

    static let dutch: [DigestLabel: String] = [
        .themeSafety: "veiligheid",
        .themeHealth: "gezondheid",
        .themeIncome: "inkomen",
        .themeContract: "contract",
        .themePolicing: "politie",
        .themeMigration: "migratie",
        .themeHousing: "huisvesting",
        .themePrivacy: "privacy",
        .themeConsent: "toestemming",
        .themeOther: "andere",
        .title: "Overzicht van de feedback",
        .text: "Tekst",
        .versions: "Taalversies",
        .sessions: "Sessies",
        .headcount: "Aanwezigen",
        .headcountMissing: "{count} sessie(s) zonder geregistreerd aantal aanwezigen",
        .annotations: "Annotaties",
        .comments: "Opmerkingen",
        .endorsements: "“Ik ook”",
        .withdrawn: "Ingetrokken door wie ze schreef",
        .days: "Dagen",
        .daysRange: "van {first} tot {last}",
        .noSession: "geen geregistreerd",
        .anonymity: "Alle opmerkingen zijn anoniem: niets in dit overzicht noemt of herkent de mensen die ze schreven.",
        .ordering: "Per artikel zijn de opmerkingen gegroepeerd per standpunt, de meest gesteunde eerst; de volgorde zegt niets over wanneer ze geschreven zijn.",
        .redactionsNone: "Er zijn geen identificerende gegevens gevonden in de opmerkingen.",
        .redactionsSome: "Identificerende gegevens vervangen vóór de export: {count}.",
        .contents: "Inhoud",
        .summary: "Alle artikelen",
        .article: "Artikel",
        .total: "Totaal",
        .support: "Voor",
        .concern: "Bezorgd",
        .oppose: "Tegen",
        .question: "Vragen",
        .themes: "Thema's",
        .proposedWording: "Voorgestelde tekst",
        .proposedWordingLegend: "Tegenover de huidige tekst: geschrapte woorden zijn doorgehaald, toegevoegde woorden vet.",
        .earlierVersion: "geschreven bij een eerdere versie van dit artikel",
        .agreedOne: "nog 1 persoon is het eens",
        .agreedMany: "nog {count} mensen zijn het eens",
        .alsoSaidOne: "ook gezegd in 1 andere opmerking",
        .alsoSaidMany: "ook gezegd in {count} andere opmerkingen",
        .hidden: "Verborgen door de begeleiding",
        .hiddenOne: "1 opmerking verborgen door de begeleiding (hierboven meegeteld).",
        .hiddenMany: "{count} opmerkingen verborgen door de begeleiding (hierboven meegeteld).",
        .moderation: "Moderatie",
        .moderationHidden: "verborgen",
        .moderationDuplicate: "dubbel van {id}",
        .orphans: "Opmerkingen bij artikelen die niet meer in de tekst staan",
        .orphansExplanation: "Deze artikelen zijn geschrapt of hernummerd nadat de opmerkingen geschreven werden.",
        .otherOrphans: "{count} “ik ook” of intrekking(en) bij zulke artikelen.",
        .breakdownSession: "Opmerkingen per sessie",
        .breakdownPlace: "Opmerkingen per plaats",
        .breakdownWithheldSmall: "Geen verdeling per sessie of plaats: een groep van minder dan {min} mensen zou herkend kunnen worden.",
        .breakdownWithheldUnattributed: "Geen verdeling per sessie of plaats: sommige opmerkingen zijn buiten een geregistreerde sessie geschreven.",
        .place: "Plaats",
        .removedEmail: "[e-mailadres verwijderd]",
        .removedPhone: "[telefoonnummer verwijderd]",
        .removedIBAN: "[bankrekening verwijderd]",
        .removedNationalNumber: "[rijksregisternummer verwijderd]",
        .removedName: "[naam verwijderd]",
        .removedAddress: "[adres verwijderd]",
        .language: "Taal",
        .session: "Sessie",
        .heading: "Opschrift",
        .stance: "Standpunt",
        .comment: "Opmerking",
        .earlierVersionColumn: "Eerdere versie",
        .articleRemoved: "Artikel geschrapt",
        .yes: "ja",
        .no: "nee",
    ]
}
