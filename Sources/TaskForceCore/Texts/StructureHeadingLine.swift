/// Recognises book/title/chapter/section headings (ARCHITECTURE: Texts): `LIVRE Ier`, `TITRE II. - …`,
/// `CHAPITRE 1er. - …`, `HOOFDSTUK 2. - …`, `Section 1re. - …`, `Onderafdeling 1`,
/// `PART 2`, `CHAPTER I` (title on the next line), German `Abschnitt 1`, Dutch `Paragraaf 5.`.
/// Like article labels, a keyword followed by its number and then ordinary words is a
/// reference (`Chapter 3 applies …`), not a heading.
enum StructureHeadingLine {
    /// Keywords and the nesting level they stand for (1 = outermost).
    /// Longer words first where one is a prefix of another.
    static let keywords: [(word: StaticString, level: Int)] = [
        ("sous-section", 5), ("onderafdeling", 5), ("subsection", 5), ("sub-section", 5),
        ("unterabschnitt", 5), ("paragraaf", 5),
        ("livre", 1), ("boek", 1), ("partie", 1), ("deel", 1), ("part", 1), ("buch", 1), ("teil", 1),
        ("titre", 2), ("titel", 2), ("title", 2),
        ("chapitre", 3), ("hoofdstuk", 3), ("chapter", 3), ("kapitel", 3),
        ("section", 4), ("afdeling", 4), ("abschnitt", 4),
    ]

    /// The words of `keywords`, kept apart so that matching allocates nothing per line.
    private static let keywordWords = WordList(keywords.map(\.word))

    /// Words that stand in place of a number: `TITRE PRELIMINAIRE`, `Chapitre premier`.
    static let numberWords = WordList([
        "préliminaire", "preliminaire", "première", "premier", "unique", "inleidende", "eerste",
        "preliminary", "one", "two", "three",
    ])

    /// The level of the heading on this line, or nil. `sectionsAreArticles` is true when
    /// the text numbers its articles as sections (UK), so `Section` is no heading there.
    static func parse(_ line: LineBytes, sectionsAreArticles: Bool) -> (level: Int, hasTitle: Bool)? {
        var i = line.start
        var hashes = 0
        while hashes < 6, line[i - line.start] == UInt8(ascii: "#") { hashes += 1; i += 1 }
        i = line.skipBlanks(from: i)
        guard i < line.end, LineBytes.isUpper(line.bytes[i]) else { return nil }
        guard let (k, afterKeyword) = line.matchAny(keywordWords, at: i) else { return nil }
        let level = keywords[k].level
        if sectionsAreArticles, level == 4 { return nil }
        guard afterKeyword < line.end,
              LineBytes.blankWidth(line.bytes, at: afterKeyword, limit: line.end) > 0 else { return nil }
        let allCaps = LineBytes.isUpper(line.bytes[i + 1])
        var j = line.skipBlanks(from: afterKeyword)
        guard let numberEnd = scanNumber(line, at: j) else { return nil }
        j = numberEnd
        if j >= line.end { return (level, false) }
        let c = line.bytes[j]
        if c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || line.dashWidth(at: j) > 0 {
            return (level, line.skipBlanks(from: j + 1) < line.end)
        }
        guard LineBytes.blankWidth(line.bytes, at: j, limit: line.end) > 0 else { return nil }
        let next = line.skipBlanks(from: j)
        let n = line.bytes[next]
        // After the number: a separator, an amendment mark, a capitalised title, or
        // anything at all when the keyword is in capitals (`CHAPITRE II DES CONTRATS`).
        if allCaps || hashes > 0 || line.dashWidth(at: next) > 0 || n == UInt8(ascii: "[")
            || n == UInt8(ascii: "<") || n == UInt8(ascii: "(") || LineBytes.isUpper(n) {
            return (level, true)
        }
        return nil
    }

    /// Arabic number with ordinal/suffix, roman numeral (`Ier`, `IIbis`), a single capital
    /// letter (`Section A`), or a number word.
    private static func scanNumber(_ line: LineBytes, at i: Int) -> Int? {
        guard i < line.end else { return nil }
        var j = i
        if LineBytes.isDigit(line.bytes[j]) {
            while j < line.end, LineBytes.isDigit(line.bytes[j]) || line.bytes[j] == UInt8(ascii: "/") { j += 1 }
        } else if let e = line.matchAny(numberWords, at: j)?.end {
            return line.isLetter(at: e) ? nil : e
        } else {
            while j < line.end, "IVXLCDMivxlcdm".utf8.contains(line.bytes[j]) { j += 1 }
            if j == i, LineBytes.isUpper(line.bytes[j]) { j += 1 }
            guard j > i else { return nil }
        }
        // Ordinals and suffixes: 1er, 1re, Ier, 1ste, 2de, 1e, 2bis.
        if let e = line.matchAny(["ste", "ème", "er", "re", "de", "e"], at: j)?.end, !line.isLetter(at: e) {
            return e
        }
        if let e = line.matchAny(ArticleNumber.latinSuffixList, at: j)?.end, !line.isLetter(at: e) {
            return e
        }
        return line.isLetter(at: j) ? nil : j
    }
}
