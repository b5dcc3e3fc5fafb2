import TaskForceCore

/// The wording of `string` in `language`. A string missing from a table falls back to
/// English rather than showing nothing; the tests see to it that this never happens.
/// `{languages}` is filled in everywhere: every interface language in its own name, in the
/// order `i` goes through them, so that no table lists them by hand.
public func text(_ string: UIString, _ language: UILanguage) -> String {
    let template = Catalogue.table(language)[string] ?? Catalogue.english[string] ?? string.rawValue
    // A byte test first: String.contains(String) goes through Foundation's search, and this
    // runs for every string of every frame. `format` leaves other placeholders as they are.
    return template.utf8.contains(UInt8(ascii: "{")) ? format(template, Catalogue.generated) : template
}

/// `text` with its `{name}` placeholders filled in, e.g.
/// `text(.screenNotes, .fr, ["article": "5bis"])`.
public func text(_ string: UIString, _ language: UILanguage, _ values: [String: String]) -> String {
    format(text(string, language), values)
}

enum Catalogue {
    /// The strings of `language`, one file each (`Strings.xx.swift`). The switch is
    /// exhaustive: a new case of `UILanguage` does not compile until its table is named
    /// here; `LocalizationCatalogueTests` checks the table is complete.
    static func table(_ language: UILanguage) -> [UIString: String] {
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

    /// The values every string may use without its caller giving them.
    static let generated = ["languages": UILanguage.names]

    /// The placeholder names in `template` (see `Placeholders.names`).
    static func placeholders(in template: String) -> [String] { Placeholders.names(in: template) }
}
