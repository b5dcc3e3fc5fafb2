extension ImportedText {
    /// The Markdown file written into `Texts/<id>.<lang>.md`, in the layout the splitter
    /// reads back (ARCHITECTURE: Texts):
    ///
    ///     ---
    ///     title: …
    ///     source: …
    ///     date: YYYY-MM-DD
    ///     ---
    ///
    ///     preamble paragraph (one per entry, blank line between)
    ///
    ///     # CHAPTER I - Subject matter      (`#` repeated `level` times)
    ///
    ///     Article 1                          (the label alone)
    ///     Subject matter and scope           (the heading, when there is one)
    ///     1. This Regulation establishes …   (one paragraph or point per line)
    ///
    ///     Done at Brussels,                  (closing matter, one entry per line)
    ///
    /// When an article has no heading its first body line follows the label directly.
    /// The splitter takes a short line without final punctuation right after a label
    /// for a heading; the line is written as the source has it (with its punctuation)
    /// and nothing is invented to prevent that: the import command re-splits what was
    /// rendered and refuses a text whose numbers or headings come back different.
    ///
    /// Lines that are not labels or headings are escaped when the splitter could read
    /// them as something else; see `escapedForSplitter(_:)`.
    public func rendered() -> String {
        var out = "---\n"
        out += "title: \(Self.oneLine(title))\n"
        for field in metadata {
            let value = Self.oneLine(field.value)
            if !value.isEmpty { out += "\(Self.oneLine(field.key)): \(value)\n" }
        }
        out += "---\n"

        // Blocks are separated by exactly one blank line.
        var blocks: [[String]] = []
        for paragraph in preamble {
            let line = Self.escapedForSplitter(Self.oneLine(paragraph))
            if !line.isEmpty { blocks.append([line]) }
        }
        for unit in units {
            switch unit {
            case let .heading(level, text):
                let hashes = String(repeating: "#", count: min(max(level, 1), 6))
                blocks.append([hashes + " " + Self.oneLine(text)])
            case let .article(label, number, heading, body):
                let written = Self.oneLine(label)
                var lines = [written.isEmpty ? "Article \(number)" : written]
                if let heading = heading.map(Self.oneLine), !heading.isEmpty { lines.append(heading) }
                lines += body.map { Self.escapedForSplitter(Self.oneLine($0)) }.filter { !$0.isEmpty }
                blocks.append(lines)
            case let .rawLines(raw):
                let lines = Self.rawBlock(raw)
                if !lines.isEmpty { blocks.append(lines) }
            }
        }
        let closingLines = closing.map { Self.escapedForSplitter(Self.oneLine($0), inClosing: true) }
            .filter { !$0.isEmpty }
        if !closingLines.isEmpty { blocks.append(closingLines) }

        if !blocks.isEmpty {
            out += "\n" + blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
        }
        return out
    }

    /// Whitespace runs (line breaks from the source's wrapping included) folded to one
    /// space: every entry is exactly one line of the file.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Raw lines kept as they are, except line breaks inside an entry, trailing blanks,
    /// and runs of blank lines (one blank line is a paragraph break to the splitter).
    static func rawBlock(_ raw: [String]) -> [String] {
        var lines: [String] = []
        for entry in raw {
            for piece in entry.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
                var line = Substring(piece)
                while let last = line.last, last.isWhitespace { line.removeLast() }
                if line.isEmpty, lines.last?.isEmpty ?? true { continue }
                lines.append(String(line))
            }
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// A line of preamble, body or closing that the splitter could take for markup or
    /// for the start of an article, structure heading or annex gets a leading backslash,
    /// the Markdown escape, so it stays text: `\Article 5. …`, `\# …`. Quoted (amending)
    /// text never needs it: importers open such lines with a quotation mark, which the
    /// splitter never reads as a label. Annex words are left alone in the closing
    /// matter, where they are what the splitter looks for.
    static func escapedForSplitter(_ line: String, inClosing: Bool = false) -> String {
        guard let first = line.first else { return line }
        if first == "#" || first == "§" || line.hasPrefix("---") || line.hasPrefix("**") {
            return "\\" + line
        }
        guard first.isUppercase else { return line }
        let words = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        let keyword = words[0].lowercased()
        let numberToken = words.count > 1 ? words[1] : nil
        let rest = words.count > 2 ? words[2] : nil

        if ["article", "artikel", "art.", "art", "section", "sec."].contains(keyword) {
            return readsAsLabel(numberToken, rest) ? "\\" + line : line
        }
        if structureKeywords.contains(keyword) {
            let capitals = words[0].allSatisfy { !$0.isLowercase }
            return readsAsStructure(numberToken, rest, capitals: capitals) ? "\\" + line : line
        }
        if !inClosing {
            let bare = keyword.trimmingCharacters(in: [".", ":"])
            if annexWords.contains(bare) {
                guard bare == keyword, let token = numberToken else { return "\\" + line }
                let c = token.first!
                return c.isNumber || "IVX".contains(c) || isDash(c) ? "\\" + line : line
            }
        }
        return line
    }

    static let structureKeywords: Set<String> = [
        "livre", "boek", "partie", "deel", "part", "buch", "teil", "titre", "titel", "title",
        "chapitre", "hoofdstuk", "chapter", "kapitel", "section", "afdeling", "abschnitt",
        "sous-section", "onderafdeling", "subsection", "sub-section", "unterabschnitt",
    ]
    static let annexWords: Set<String> = ["annexes", "annexe", "annex", "bijlagen", "bijlage", "anlage"]

    /// `Article 5`, `Article 5.`, `Art. 5bis:`, `Article 5 - Title`, `Article IV`, `Artikel 1
    /// Doel`: a number then the end, punctuation, a dash or a capital. `Article 114 thereof`
    /// is a reference.
    private static func readsAsLabel(_ token: Substring?, _ rest: Substring?) -> Bool {
        guard let token, let number = leadingNumber(token) else { return false }
        let after = token[number.endIndex...]
        if let c = after.first { return ".:".contains(c) || isDash(c) }
        guard let next = rest?.first else { return true }
        // A capital after the number may be read as a heading (`Artikel 1 Toepassingsgebied`).
        return isDash(next) || "[<(".contains(next) || next.isUppercase
    }

    /// `CHAPTER I`, `TITRE II. - …`, `Chapter 3 Title`; not `Chapter 3 applies …`.
    private static func readsAsStructure(_ token: Substring?, _ rest: Substring?, capitals: Bool) -> Bool {
        guard let token, let number = leadingNumber(token) else { return false }
        if let c = token[number.endIndex...].first { return ".:".contains(c) || isDash(c) }
        guard let next = rest?.first else { return true }
        return capitals || !next.isLowercase
    }

    /// The number at the start of a token: digits with suffixes and sub-numbers (`5bis`,
    /// `371/1`, `1er`), roman numerals (`IV`, `Ier`), one capital letter, or a word
    /// standing for a number (`premier`, `unique`, `préliminaire`).
    private static func leadingNumber(_ token: Substring) -> Substring? {
        let words = ["premier", "première", "unique", "préliminaire", "preliminaire", "eerste",
                     "inleidende", "preliminary", "one", "two", "three"]
        let lower = token.lowercased()
        if let word = words.first(where: { lower.hasPrefix($0) }) {
            return token.prefix(word.count)
        }
        var end = token.startIndex
        if token.first!.isNumber {
            while end < token.endIndex, token[end].isLetter || token[end].isNumber
                    || ("/-".contains(token[end]) && token.index(after: end) < token.endIndex
                        && token[token.index(after: end)].isNumber) {
                end = token.index(after: end)
            }
        } else if "IVXLCDM".contains(token.first!) {
            while end < token.endIndex, token[end].isLetter { end = token.index(after: end) }
            let roman = token[..<end].prefix { "IVXLCDM".contains($0) }
            let suffix = token[roman.endIndex..<end].lowercased()
            guard ["", "er", "re", "e", "bis", "ter"].contains(suffix) else { return nil }
        } else if token.first!.isUppercase {
            end = token.index(after: end)
            if end < token.endIndex, token[end].isLetter { return nil }
        } else {
            return nil
        }
        return token[..<end]
    }

    private static func isDash(_ c: Character) -> Bool { c == "-" || c == "–" || c == "—" }
}
