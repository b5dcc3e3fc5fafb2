import TaskForceCore

/// The wording of `string` in `language`. A string missing from a table falls back to
/// English rather than showing nothing; the tests see to it that this never happens.
public func text(_ string: UIString, _ language: UILanguage) -> String {
    Catalogue.table(language)[string] ?? Catalogue.english[string] ?? string.rawValue
}

/// `text` with its `{name}` placeholders filled in, e.g.
/// `text(.screenNotes, .fr, ["article": "5bis"])`.
public func text(_ string: UIString, _ language: UILanguage, _ values: [String: String]) -> String {
    format(text(string, language), values)
}

enum Catalogue {
    static func table(_ language: UILanguage) -> [UIString: String] {
        switch language {
        case .en: english
        case .fr: french
        case .nl: dutch
        }
    }

    /// The placeholder names in `template` (see `Placeholders.names`).
    static func placeholders(in template: String) -> [String] { Placeholders.names(in: template) }
}
