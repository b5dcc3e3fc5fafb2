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

/// Replaces each `{name}` in `template` by `values[name]`. One pass, left to right: a value
/// is never searched again, so an article label or a folder name containing braces comes
/// out as it is. A placeholder without a value is left visible, so the mistake shows.
public func format(_ template: String, _ values: [String: String]) -> String {
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
        result += rest[..<open]
        let afterOpen = rest.index(after: open)
        if let close = rest[afterOpen...].firstIndex(of: "}"),
           Catalogue.isPlaceholderName(rest[afterOpen..<close]),
           let value = values[String(rest[afterOpen..<close])] {
            result += value
            rest = rest[rest.index(after: close)...]
        } else {
            result += "{"
            rest = rest[afterOpen...]
        }
    }
    return result + rest
}

enum Catalogue {
    static func table(_ language: UILanguage) -> [UIString: String] {
        switch language {
        case .en: english
        case .fr: french
        case .nl: dutch
        }
    }

    /// The placeholder names in `template`, sorted, with repeats: the tests compare them
    /// across languages (the order may differ, grammar permitting).
    static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), isPlaceholderName(rest[afterOpen..<close]) {
                names.append(String(rest[afterOpen..<close]))
                rest = rest[rest.index(after: close)...]
            } else {
                rest = rest[afterOpen...]
            }
        }
        return names.sorted()
    }

    /// Names are plain ASCII letters, so that stray braces in prose are never taken for one.
    static func isPlaceholderName(_ s: Substring) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
    }
}
