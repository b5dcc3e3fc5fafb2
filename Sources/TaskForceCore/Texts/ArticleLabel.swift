/// Recognises the line that starts an article, and only that line (ARCHITECTURE: Texts).
///
/// Accepted: `Article 1er.`, `Art. 2.`, `Art.  2.`, `Art. 2.Dans`, `Artikel 1.`, `Art. 5bis`,
/// `Art. 371/1.`, `Art. 344-1.`, `Art. 136Quinquies`, `Article 1` alone (EU), `**Art. 2.**`,
/// `### Artikel 4a`, `###Artikel 8`, `Art 1`, and in fallback styles `Section 1` and `§ 1`.
/// Refused: anything after a quotation mark (amending text), a lower-case keyword
/// (`article 389 est applicable`), a number followed by words (`Artikel 389 is van
/// toepassing`, `Article 114 thereof`) or a comma (`Artikel 1, tweede lid`).
struct ArticleLabel {
    /// Which keyword marks articles in this text. Most texts use `Art.`/`Article`/
    /// `Artikel`; UK acts imported from Akoma Ntoso use `Section`, German laws `§`.
    enum Style: CaseIterable { case keywords, sections, paragraphSign }

    var number: String
    /// Byte range of the label as written (without Markdown decoration).
    var labelStart: Int
    var labelEnd: Int
    /// Where the rest of the line starts (body text or heading), `line.end` if none.
    var restStart: Int
    /// The rest of the line is a heading (Markdown heading line, `§ 1 Title`), not body.
    var restIsHeading: Bool

    static func parse(_ line: LineBytes, style: Style) -> ArticleLabel? {
        var i = line.start
        var markdownHeading = false
        var hashes = 0
        while hashes < 6, line[i - line.start] == UInt8(ascii: "#") { hashes += 1; i += 1 }
        if hashes > 0 {
            markdownHeading = true
            i = line.skipBlanks(from: i)
        }
        var bold = false
        if line.match("**", at: i) != nil {
            // `**Art. 2.**`, and bold italic `***Article 1***` (Markdown copies of codes).
            bold = true
            i += 2
            if i < line.end, line.bytes[i] == UInt8(ascii: "*") { i += 1 }
            i = line.skipBlanks(from: i)
        }
        guard i < line.end, line.quoteWidth(at: i) == 0 else { return nil }
        let labelStart = i
        guard let numberStart = keywordEnd(line, at: i, style: style),
              let number = NumberScan(line, at: numberStart, style: style)
        else { return nil }

        var k = number.end
        var labelEnd = number.end
        var restStart = line.end
        var restIsHeading = false

        if bold {
            // `**Art. 2.**rest`, `**Art. 5bis**.`, `**Art. 356.4.**` — the label is what
            // the stars enclose, provided the number is followed by a dot or the stars.
            guard k < line.end, line.bytes[k] == UInt8(ascii: ".") || line.bytes[k] == UInt8(ascii: "*")
                    || LineBytes.blankWidth(line.bytes, at: k, limit: line.end) > 0,
                  let close = closingStars(line, from: k) else { return nil }
            labelEnd = close
            while labelEnd > number.end,
                  LineBytes.blankWidthBefore(line.bytes, at: labelEnd, floor: number.end) > 0 {
                labelEnd -= 1
            }
            k = close + 2
            if k < line.end, line.bytes[k] == UInt8(ascii: "*") { k += 1 }
            if k < line.end, line.bytes[k] == UInt8(ascii: ".") { k += 1 }
            restStart = line.skipBlanks(from: k)
            return ArticleLabel(number: number.normalised, labelStart: labelStart,
                                labelEnd: labelEnd, restStart: restStart, restIsHeading: false)
        }

        if k >= line.end {
            // Alone on its line.
        } else if line.bytes[k] == UInt8(ascii: ".") || line.bytes[k] == UInt8(ascii: ":") {
            labelEnd = k + 1
            restStart = afterSeparator(line, from: k + 1)
        } else if LineBytes.blankWidth(line.bytes, at: k, limit: line.end) > 0 {
            let j = line.skipBlanks(from: k)
            let c = line.bytes[j]
            if line.dashWidth(at: j) > 0 {
                restStart = afterSeparator(line, from: j)
                restIsHeading = markdownHeading || style == .paragraphSign
            } else if markdownHeading {
                restStart = j
                restIsHeading = true
            } else if c == UInt8(ascii: "[") || c == UInt8(ascii: "<") {
                restStart = j  // Justel amendment marks: `Art. 5 [1 ...]1`
            } else if c == UInt8(ascii: "("), isRepealNote(line, at: j + 1) {
                restStart = j
            } else if isRepealWord(line, at: j) {
                restStart = j  // a repealed article's stub: `Artikel 5 Vervallen`, kept as its text
            } else if style == .paragraphSign, LineBytes.isUpper(c) || c >= 0xC3 {
                restStart = j  // German `§ 1 Geltungsbereich`
                restIsHeading = true
            } else if style == .keywords, LineBytes.isUpper(c) || c >= 0xC3,
                      line.matchAny(["artikel", "article"], at: labelStart) != nil,
                      line.end - j <= 120, !".;:,".utf8.contains(line.bytes[line.end - 1]) {
                // Dutch `Artikel 1 Toepassingsgebied`: a short capitalised heading without
                // final punctuation; `Article 114 thereof` and sentences stay references.
                restStart = j
                restIsHeading = true
            } else {
                return nil  // `Artikel 389 is van toepassing`: a reference, not a heading
            }
        } else if line.dashWidth(at: k) > 0 {
            restStart = afterSeparator(line, from: k)
        } else {
            return nil  // `Artikel 1, tweede lid`, `Art. 5)`
        }
        if markdownHeading, restStart < line.end { restIsHeading = true }
        return ArticleLabel(number: number.normalised, labelStart: labelStart, labelEnd: labelEnd,
                            restStart: restStart, restIsHeading: restIsHeading)
    }

    /// Index of the `**` that closes a bold label, if it comes within a few characters.
    private static func closingStars(_ line: LineBytes, from i: Int) -> Int? {
        var j = i
        while j + 1 < line.end, j - i <= 12 {
            if line.bytes[j] == UInt8(ascii: "*"), line.bytes[j + 1] == UInt8(ascii: "*") { return j }
            j += 1
        }
        return nil
    }

    /// After `.` or `:`, skips blanks and one dash separator (`Art. 1er. - Objet`).
    private static func afterSeparator(_ line: LineBytes, from i: Int) -> Int {
        var j = line.skipBlanks(from: i)
        let d = line.dashWidth(at: j)
        if d > 0, j + d >= line.end || LineBytes.blankWidth(line.bytes, at: j + d, limit: line.end) > 0 {
            j = line.skipBlanks(from: j + d)
        }
        return j
    }

    private static func isRepealNote(_ line: LineBytes, at i: Int) -> Bool {
        line.matchAny(["abrog", "opgeh", "aufgeh", "weggef", "vervall", "repeal", "omitted", "…", "..."], at: i) != nil
    }

    /// `Vervallen`, `Abrogé`, `(weggefallen)` right after the number: the whole stub of
    /// a repealed article, which stays an article so its number keeps its place.
    private static func isRepealWord(_ line: LineBytes, at i: Int) -> Bool {
        guard let (_, e) = line.matchAny(["vervallen", "abrogé", "abroge", "opgeheven", "weggefallen", "aufgehoben", "repealed"], at: i)
        else { return false }
        let rest = line.skipBlanks(from: e)
        return rest >= line.end || (rest + 1 == line.end && ".;".utf8.contains(line.bytes[rest]))
    }

    /// Index after the keyword and its blanks, or nil. The keyword must start with a
    /// capital letter: line-initial lower-case `article 5` is a wrapped cross-reference.
    private static func keywordEnd(_ line: LineBytes, at i: Int, style: Style) -> Int? {
        switch style {
        case .keywords:
            guard LineBytes.isUpper(line.bytes[i]) else { return nil }
            // Every keyword starts with `art`: that is matched once, then what follows it (this
            // runs for every label and every line that starts with a capital).
            guard let art = line.match("art", at: i) else { return nil }
            if let e = line.match("icle", at: art) ?? line.match("ikel", at: art) {  // Article, Artikel
                return requireBlank(line, e)
            }
            if art < line.end, line.bytes[art] == UInt8(ascii: ".") { return line.skipBlanks(from: art + 1) }  // Art.
            let j = requireBlank(line, art)
            // `Art 1` (German Grundgesetz): only when a digit follows.
            return j.flatMap { $0 < line.end && LineBytes.isDigit(line.bytes[$0]) ? $0 : nil }
        case .sections:
            guard LineBytes.isUpper(line.bytes[i]) else { return nil }
            if let e = line.match("section", at: i) { return requireBlank(line, e) }
            if let e = line.match("sec.", at: i) { return line.skipBlanks(from: e) }
            return nil
        case .paragraphSign:
            guard line.bytes[i] == 0xC2, i + 1 < line.end, line.bytes[i + 1] == 0xA7 else { return nil }
            return line.skipBlanks(from: i + 2)
        }
    }

    private static func requireBlank(_ line: LineBytes, _ e: Int) -> Int? {
        guard e < line.end, LineBytes.blankWidth(line.bytes, at: e, limit: line.end) > 0 else {
            return nil
        }
        return line.skipBlanks(from: e)
    }
}

/// The article number after the keyword: digits, French ordinal, Latin or letter
/// suffix, then `/1`, `-1` or `:1` sub-numbers; or `premier`/`unique`/roman.
struct NumberScan {
    var end: Int
    var normalised: String

    init?(_ line: LineBytes, at start: Int, style: ArticleLabel.Style) {
        var i = start
        guard i < line.end else { return nil }
        if LineBytes.isDigit(line.bytes[i]) {
            i = NumberScan.scanNumberWithSuffix(line, from: i, allowOrdinal: true)
            while i + 1 < line.end {
                let c = line.bytes[i]
                // Not ".": Justel's `Art. 356.4.` is article 356 (a typo for 356-4 that the
                // official numbering keeps), and `Art. 2.3°` starts its body with `3°`.
                guard c == UInt8(ascii: "/") || c == UInt8(ascii: "-") || c == UInt8(ascii: ":"),
                      LineBytes.isDigit(line.bytes[i + 1]) else { break }
                i = NumberScan.scanNumberWithSuffix(line, from: i + 1, allowOrdinal: false)
            }
            // Dutch chapter-numbered articles, `Artikel 1.1 Begrippen`, `Artikel 2.3.4`: dotted
            // parts count when the number then ends at a blank or the line's end, which
            // `Art. 356.4.` and `Art. 2.3°` do not.
            var j = i
            while j + 1 < line.end, line.bytes[j] == UInt8(ascii: "."), LineBytes.isDigit(line.bytes[j + 1]) {
                j += 1
                while j < line.end, LineBytes.isDigit(line.bytes[j]) { j += 1 }
                if j < line.end, LineBytes.isASCIILetter(line.bytes[j]), !line.isLetter(at: j + 1) { j += 1 }
            }
            if j > i, j >= line.end || LineBytes.blankWidth(line.bytes, at: j, limit: line.end) > 0 { i = j }
        } else if style == .keywords, let e = line.matchAny(["premier", "unique"], at: i)?.end,
                  !line.isLetter(at: e) {
            i = e
        } else if style != .paragraphSign {
            // Upper-case roman numerals: `Article IV` in some amending acts.
            while i < line.end, "IVXLC".utf8.contains(line.bytes[i]) { i += 1 }
            guard i > start, !line.isLetter(at: i) else { return nil }
        } else {
            return nil
        }
        end = i
        // Digits alone (most numbers) are normal already: no need to ask `normalise`.
        var digitsOnly = i > start
        for k in start..<i where !LineBytes.isDigit(line.bytes[k]) { digitsOnly = false; break }
        let written = line.string(from: start, to: i)
        normalised = digitsOnly ? written : ArticleNumber.normalise(written)
    }

    private static func scanNumberWithSuffix(_ line: LineBytes, from i: Int, allowOrdinal: Bool) -> Int {
        var i = i
        while i < line.end, LineBytes.isDigit(line.bytes[i]) { i += 1 }
        if allowOrdinal, let e = line.match("er", at: i) ?? line.match("re", at: i), !line.isLetter(at: e) {
            // French Senate additional articles: `Article 1er A`, `Article 1er AA`.
            if e + 1 < line.end, line.bytes[e] == UInt8(ascii: " "), let letters = capitalLetters(line, at: e + 1) {
                return letters
            }
            // `Article 1er bis`.
            if e + 1 < line.end, line.bytes[e] == UInt8(ascii: " "),
               let s = line.matchAny(ArticleNumber.latinSuffixList, at: e + 1)?.end, !line.isLetter(at: s) {
                return s
            }
            return e
        }
        // `5bis`, `136Quinquies`, and with a blank `5 bis`.
        var j = i
        if j < line.end, LineBytes.blankWidth(line.bytes, at: j, limit: line.end) > 0 {
            j = line.skipBlanks(from: j)
        }
        if let e = line.matchAny(ArticleNumber.latinSuffixList, at: j)?.end, !line.isLetter(at: e) {
            return e
        }
        // A single attached letter: `4a`, `9a` (Dutch and EU numbering), or the same
        // letter twice: Dutch `18aa`, UK `52AA`.
        if i < line.end, LineBytes.isASCIILetter(line.bytes[i]) {
            if !line.isLetter(at: i + 1) { return i + 1 }
            if i + 1 < line.end, LineBytes.lower(line.bytes[i + 1]) == LineBytes.lower(line.bytes[i]),
               !line.isLetter(at: i + 2) { return i + 2 }
        }
        return i
    }

    /// One capital letter or the same one twice, then the end, a blank or a dot.
    private static func capitalLetters(_ line: LineBytes, at i: Int) -> Int? {
        guard i < line.end, LineBytes.isUpper(line.bytes[i]) else { return nil }
        var e = i + 1
        if e < line.end, line.bytes[e] == line.bytes[i] { e += 1 }
        guard e >= line.end || line.bytes[e] == UInt8(ascii: " ") || line.bytes[e] == UInt8(ascii: ".") else { return nil }
        return e
    }
}
