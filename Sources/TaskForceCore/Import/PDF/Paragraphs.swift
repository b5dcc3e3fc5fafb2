/// Joins the lines of one language into paragraphs, one string each: a paragraph starts
/// after a vertical gap, at an indented line, or at a line that opens an article,
/// heading or enumeration; a word cut by a hyphen at a line end is joined again.
enum Paragraphs {
    static func of(_ lines: [PDFLine]) -> [String] {
        guard !lines.isEmpty else { return [] }
        let heights = lines.map(\.height).sorted()
        let lineHeight = max(1, heights[heights.count / 2])
        var paragraphs: [String] = []
        var current = ""
        var previous: PDFLine?
        for line in lines {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            var breaks = current.isEmpty
            if let previous, !breaks {
                let sameColumn = previous.page == line.page && line.yMin > previous.yMin
                if sameColumn, line.yMin - previous.yMax > 0.8 * lineHeight { breaks = true }
                if line.indent > lineHeight * 0.4 { breaks = true }
                if opensBlock(text) || startsInCapitals(text) || isCapitals(previous.text) { breaks = true }
                // A new page or column after a finished sentence.
                if !sameColumn, let last = current.last, ".:;".contains(last) { breaks = true }
            }
            if breaks {
                if !current.isEmpty { paragraphs.append(current) }
                current = text
            } else {
                current = joined(current, text)
            }
            previous = line
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    /// `opdrach-` + `ten` gives `opdrachten`; `Informatie-` + `en Advies…` keeps its hyphen
    /// (a word left open before a conjunction), and so does a hyphen after a digit.
    static func joined(_ text: String, _ next: String) -> String {
        guard text.hasSuffix("-"), text.count >= 2 else { return text + " " + next }
        let beforeHyphen = text[text.index(text.endIndex, offsetBy: -2)]
        let nextWord = next.prefix { $0.isLetter }.lowercased()
        if beforeHyphen.isLetter, next.first?.isLowercase == true,
           !["en", "et", "of", "ou", "and", "und", "or"].contains(nextWord) {
            return String(text.dropLast()) + next
        }
        return text + " " + next
    }

    /// `PROJET DE LOI`, `MEMORIE VAN TOELICHTING`: a line in capitals is a heading, a
    /// paragraph of its own, never joined to the text after it.
    static func isCapitals(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 4 && letters.allSatisfy(\.isUppercase)
    }

    /// `VOORONTWERP VAN WET onderworpen aan …`: two words in capitals open a heading.
    static func startsInCapitals(_ text: String) -> Bool {
        let words = text.split(separator: " ", maxSplits: 2).prefix(2)
        return words.count == 2 && words.allSatisfy { word in
            let letters = word.filter(\.isLetter)
            return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
        }
    }

    /// A line that starts an article, a structure heading, an enumerated point or a
    /// closing formula starts a paragraph even without indent or gap.
    static func opensBlock(_ text: String) -> Bool {
        if DocumentParts.articleNumber(text) != nil { return true }
        let first = text.split(separator: " ", maxSplits: 1).first.map(String.init) ?? text
        let keyword = first.lowercased().trimmingCharacters(in: [".", ":"])
        if ["hoofdstuk", "chapitre", "titre", "titel", "afdeling", "section", "chapter", "deel", "partie",
            "livre", "boek"].contains(keyword), first.first?.isUppercase == true { return true }
        if first == "§" || first == "-" || first == "—" || first == "•" { return true }
        // `1°`, `2)`, `a)`.
        if let last = first.last, "°)".contains(last), first.count <= 4 { return true }
        return false
    }
}
