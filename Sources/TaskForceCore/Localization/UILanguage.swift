/// The language of the interface (not of the texts: a bill may exist in German too, but the
/// screens speak one of these). Chosen by `--lang`, else by the locale, and changed on any
/// screen with `i`, which goes through them in this order.
///
/// This list is the one place that names the languages: `--lang` and its help (ArgumentParser
/// lists the values from `allCases`), the locale choice, the `i` cycle and its help line, and the tests all read `allCases`. A language is
/// its case here (with its own name), its strings (`Strings.xx.swift`), its digest labels
/// (`DigestLabels.xx.swift`) and its glossary (`docs/glossary/xx.md`); see ARCHITECTURE.
public enum UILanguage: String, Sendable, CaseIterable {
    case en, fr, nl, ro, pt, es, bg

    /// The language's name in itself, as a person looking for theirs would recognise it.
    public var name: String {
        switch self {
        case .en: "English"
        case .fr: "Français"
        case .nl: "Nederlands"
        case .ro: "Română"
        case .pt: "Português"
        case .es: "Español"
        case .bg: "Български"
        }
    }

    /// Every language in its own name, in the `i` order: the help line's list.
    public static var names: String { allCases.map(\.name).joined(separator: ", ") }

    /// The language the locale asks for. POSIX precedence for messages: LC_ALL, then
    /// LC_MESSAGES, then LANG; a variable set to the empty string counts as unset.
    /// `fr_BE.UTF-8` gives French, `nl_BE@euro` Dutch, `pt_BR.UTF-8` Portuguese, `bg_BG`
    /// Bulgarian; any other language (`de_BE.UTF-8`) and `C`, `POSIX` or nothing at all give
    /// English, the fallback.
    /// GNU's LANGUAGE list is not read: it is rare outside desktops, and `--lang` exists.
    public static func fromLocale(_ environment: [String: String]) -> UILanguage {
        let name = LocaleName(effective(["LC_ALL", "LC_MESSAGES", "LANG"], environment))
        return UILanguage(rawValue: name.language) ?? .en
    }

    /// The first of `variables` that is set and not empty; "" when none is.
    static func effective(_ variables: [String], _ environment: [String: String]) -> String {
        for variable in variables {
            if let value = environment[variable], !value.isEmpty { return value }
        }
        return ""
    }
}

/// A POSIX locale name, `language[_territory][.codeset][@modifier]`, taken apart.
struct LocaleName {
    /// Lower case, e.g. "fr"; "c" or "posix" for the portable locale, "" when unset.
    var language: String
    /// As written, e.g. "UTF-8" or "utf8"; "" when the name has none.
    var codeset: String

    init(_ name: String) {
        // The modifier may itself contain dots, so it is cut off first.
        let beforeModifier = name.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let parts = beforeModifier.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let languageAndTerritory = parts.first ?? ""
        // `-` too: some systems and users write `fr-BE`.
        language = String(languageAndTerritory.prefix { $0 != "_" && $0 != "-" }).lowercased()
        codeset = parts.count > 1 ? String(parts[1]) : ""
    }
}
