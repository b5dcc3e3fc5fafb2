import TaskForceCore

/// What `taskforce digest` says on stderr, in the digest's language (issue 14, item 7: with
/// `--lang fr` the document was French but the report English). The person exporting reads
/// both, so they speak the same language.
enum DigestReport {
    /// One sentence: how many identifying details were replaced, of which kinds.
    static func redactions(_ r: Redactions, _ language: UILanguage) -> String {
        let words = Words.of(language)
        guard r.total > 0 else { return words.none }
        let parts = IdentifyingDetails.Kind.allCases.compactMap { kind in
            r.counts[kind].map { n in
                let name = words.kinds[kind] ?? (kind.rawValue, kind.rawValue)
                return "\(n) \(n == 1 ? name.one : name.many)"
            }
        }
        return (r.total == 1 ? words.replacedOne : words.replacedMany.replacingOccurrences(of: "{count}", with: "\(r.total)"))
            + parts.joined(separator: ", ") + "."
    }

    /// Before the description of an annotation or session file that was not used.
    static func setAside(_ language: UILanguage) -> String { Words.of(language).setAside }

    private struct Words {
        var none: String
        var replacedOne: String
        var replacedMany: String
        var setAside: String
        var kinds: [IdentifyingDetails.Kind: (one: String, many: String)]

        static func of(_ language: UILanguage) -> Words {
            switch language {
            case .en: Words(
                none: "no identifying details found in the comments.",
                replacedOne: "1 identifying detail was replaced by a placeholder: ",
                replacedMany: "{count} identifying details were replaced by a placeholder: ",
                setAside: "set aside: ",
                kinds: [.email: ("e-mail address", "e-mail addresses"), .phone: ("phone number", "phone numbers"),
                        .iban: ("IBAN", "IBANs"), .nationalNumber: ("national number", "national numbers"),
                        .name: ("name", "names"), .address: ("street address", "street addresses")])
            case .fr: Words(
                none: "aucune donnée identifiante trouvée dans les commentaires.",
                replacedOne: "1 donnée identifiante a été remplacée par un espace réservé : ",
                replacedMany: "{count} données identifiantes ont été remplacées par un espace réservé : ",
                setAside: "mis de côté : ",
                kinds: [.email: ("adresse e-mail", "adresses e-mail"), .phone: ("numéro de téléphone", "numéros de téléphone"),
                        .iban: ("IBAN", "IBAN"), .nationalNumber: ("numéro national", "numéros nationaux"),
                        .name: ("nom", "noms"), .address: ("adresse", "adresses")])
            case .nl: Words(
                none: "geen identificerende gegevens gevonden in de opmerkingen.",
                replacedOne: "1 identificerend gegeven is vervangen door een plaatshouder: ",
                replacedMany: "{count} identificerende gegevens zijn vervangen door een plaatshouder: ",
                setAside: "opzijgezet: ",
                kinds: [.email: ("e-mailadres", "e-mailadressen"), .phone: ("telefoonnummer", "telefoonnummers"),
                        .iban: ("IBAN", "IBAN's"), .nationalNumber: ("rijksregisternummer", "rijksregisternummers"),
                        .name: ("naam", "namen"), .address: ("adres", "adressen")])
            }
        }
    }
}
