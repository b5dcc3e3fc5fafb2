import Foundation

/// The number inside a label as sources write it (`Article 1er`, `Art. 136Quinquies`,
/// `Section 3`, `5bis`), normalised as everywhere else (see `ArticleNumber.normalise`).
enum ArticleLabelNumber {
    /// Keywords that may open a `<num>`; compared case-insensitively, longest first.
    static let keywords = ["articolo", "artículo", "article", "artikel", "artigo", "section", "art.",
                           "sec.", "art", "sec", "§"]

    /// The keyword that opens `label`, if any, and where the number starts after it.
    static func keyword(in label: String) -> (keyword: String, rest: Substring)? {
        let trimmed = label.drop { $0.isWhitespace }
        let lower = trimmed.lowercased()
        for keyword in keywords where lower.hasPrefix(keyword) {
            let rest = trimmed.dropFirst(keyword.count)
            // `Art.5`, `Article 5`, `§5`: the keyword must end at a dot, a blank or a digit.
            guard keyword.hasSuffix(".") || keyword == "§" || rest.first.map({ $0.isWhitespace || $0.isNumber }) ?? true
            else { continue }
            return (String(trimmed.prefix(keyword.count)), rest)
        }
        return nil
    }

    /// `Article 1er.` → `1`, `136Quinquies` → `136quinquies`, `(2)` → `2`.
    static func normalised(_ label: String) -> String {
        var rest = String(keyword(in: label)?.rest ?? Substring(label))
            .trimmingCharacters(in: .whitespaces)
        if rest.hasPrefix("("), rest.hasSuffix(")") { rest = String(rest.dropFirst().dropLast()) }
        return ArticleNumber.normalise(rest)
    }
}
