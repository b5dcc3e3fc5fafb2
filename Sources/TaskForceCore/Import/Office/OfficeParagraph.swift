/// One paragraph of a word-processor document, with the two marks that can make it an
/// article: a heading style (Word `Heading 2`, ODT `<text:h>`) and a bold run at its start.
struct OfficeParagraph: Sendable, Equatable {
    var text = ""
    /// The heading level its style gives (1 outermost), nil for body text.
    var headingLevel: Int?
    /// The text of the bold run(s) it opens with, if any.
    var boldStart = ""
    /// Still reading the bold run(s) at its start.
    var inBoldStart = true

    mutating func append(_ piece: String, bold: Bool) {
        if inBoldStart {
            if bold { boldStart += piece } else if !piece.allSatisfy(\.isWhitespace) || !boldStart.isEmpty { inBoldStart = false }
        }
        text += piece
    }

    /// The paragraphs the splitter reads: a heading or bold start that is an article label
    /// (`Article 1 Objet`, `Art. 3` + body) becomes the label alone on its line, then its
    /// heading or body; other headings become Markdown headings.
    func splitterParagraphs() -> [String] {
        let text = ImportedText.oneLine(self.text)
        guard !text.isEmpty else { return [] }
        if headingLevel != nil || !boldStart.isEmpty, let (label, rest) = Self.label(in: text,
                                                                                 within: headingLevel != nil ? text : ImportedText.oneLine(boldStart)) {
            return [label] + (rest.isEmpty ? [] : [rest])
        }
        if let level = headingLevel { return [String(repeating: "#", count: min(max(level, 1), 6)) + " " + text] }
        return [text]
    }

    /// `Article 1 Objet`, `Art. 3. – Loyer`, `Artikel 2:`: the keyword and number (with
    /// the dot if written), and the rest. `marked` is the part the style marks.
    static func label(in text: String, within marked: String) -> (String, String)? {
        let words = marked.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard words.count >= 2 else { return nil }
        let keyword = words[0].lowercased()
        guard ["art.", "art", "article", "artikel", "section", "§"].contains(keyword) else { return nil }
        let number = words[1].trimmingCharacters(in: [".", ":", "-", "–", "—"])
        guard let first = number.first, first.isNumber || first.isUppercase, number.count <= 12 else { return nil }
        let label = "\(words[0]) \(number)"
        let written = text.dropFirst(words[0].count).drop { $0 == " " }.dropFirst(words[1].count)
        let rest = written.drop { $0 == " " || $0 == "." || $0 == ":" || $0 == "-" || $0 == "–" || $0 == "—" }
        return (label, String(rest))
    }
}
