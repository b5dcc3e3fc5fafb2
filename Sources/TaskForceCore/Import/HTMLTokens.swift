/// A forgiving reading of an HTML page as a flat list of tags and text: enough to find
/// the boxes, anchors and links of a Justel page, which is not well-formed XML.
enum HTMLToken: Equatable {
    /// `name` in lower case, attribute names in lower case, values entity-decoded.
    case tag(name: String, isEnd: Bool, attributes: [String: String])
    /// Text as written (entities not yet decoded; `HTMLText` does that).
    case text(Substring)

    func isStart(_ tagName: String) -> Bool {
        if case let .tag(name, isEnd, _) = self { return !isEnd && name == tagName }
        return false
    }

    func isEnd(_ tagName: String) -> Bool {
        if case let .tag(name, isEnd, _) = self { return isEnd && name == tagName }
        return false
    }

    func attribute(_ key: String) -> String? {
        if case let .tag(_, false, attributes) = self { return attributes[key] }
        return nil
    }
}

enum HTMLTokens {
    static func tokenize(_ html: String) -> [HTMLToken] {
        var tokens: [HTMLToken] = []
        let u = html.utf8
        var i = u.startIndex
        var textStart = i
        func flushText(upTo end: String.Index) {
            if textStart < end { tokens.append(.text(html[textStart..<end])) }
        }
        while i < u.endIndex {
            guard u[i] == UInt8(ascii: "<") else {
                i = u.index(after: i)
                continue
            }
            let next = u.index(after: i)
            guard next < u.endIndex else { break }
            let c = u[next]
            if c == UInt8(ascii: "!") || c == UInt8(ascii: "?") {
                // Comment, doctype or processing instruction: dropped.
                flushText(upTo: i)
                let isComment = html[next...].hasPrefix("!--")
                i = find(isComment ? "-->" : ">", in: html, from: next)?.upperBound ?? u.endIndex
                textStart = i
                continue
            }
            let isEnd = c == UInt8(ascii: "/")
            let nameStart = isEnd ? u.index(after: next) : next
            guard nameStart < u.endIndex, isASCIILetter(u[nameStart]) else {
                i = next  // a lone `<` in text
                continue
            }
            flushText(upTo: i)
            var j = nameStart
            while j < u.endIndex, isASCIILetter(u[j]) || isDigit(u[j]) || u[j] == UInt8(ascii: "-") {
                j = u.index(after: j)
            }
            let name = html[nameStart..<j].lowercased()
            let (attributes, end) = readAttributes(html, from: j)
            tokens.append(.tag(name: name, isEnd: isEnd, attributes: attributes))
            i = end
            if !isEnd, name == "script" || name == "style" {
                // Their content is code, not text.
                i = find("</\(name)", in: html, from: i, caseInsensitive: true)?.lowerBound ?? u.endIndex
            }
            textStart = i
        }
        flushText(upTo: u.endIndex)
        return tokens
    }

    /// Attributes up to the tag's `>`, and the index after it. Values may be quoted with
    /// `'` or `"` or bare, as old Justel pages write them.
    private static func readAttributes(_ html: String, from start: String.Index)
        -> ([String: String], String.Index) {
        let u = html.utf8
        var attributes: [String: String] = [:]
        var i = start
        func skipBlanks() {
            while i < u.endIndex, u[i] == 0x20 || u[i] == 0x09 || u[i] == 0x0A || u[i] == 0x0D
                    || u[i] == UInt8(ascii: "/") { i = u.index(after: i) }
        }
        while true {
            skipBlanks()
            guard i < u.endIndex else { return (attributes, i) }
            if u[i] == UInt8(ascii: ">") { return (attributes, u.index(after: i)) }
            let keyStart = i
            while i < u.endIndex, !isBlankOrEnd(u[i]), u[i] != UInt8(ascii: "=") { i = u.index(after: i) }
            let key = html[keyStart..<i].lowercased()
            if keyStart == i { i = u.index(after: i); continue }  // stray character
            while i < u.endIndex, u[i] == 0x20 { i = u.index(after: i) }
            guard i < u.endIndex, u[i] == UInt8(ascii: "=") else {
                attributes[key] = ""
                continue
            }
            i = u.index(after: i)
            while i < u.endIndex, u[i] == 0x20 { i = u.index(after: i) }
            guard i < u.endIndex else { return (attributes, i) }
            let quote = u[i]
            let value: Substring
            if quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") {
                let valueStart = u.index(after: i)
                var k = valueStart
                while k < u.endIndex, u[k] != quote { k = u.index(after: k) }
                value = html[valueStart..<k]
                i = k < u.endIndex ? u.index(after: k) : k
            } else {
                let valueStart = i
                while i < u.endIndex, !isBlankOrEnd(u[i]) { i = u.index(after: i) }
                value = html[valueStart..<i]
            }
            attributes[key] = HTMLEntities.decode(value)
        }
    }

    private static func find(_ needle: String, in html: String, from start: String.Index,
                             caseInsensitive: Bool = false) -> Range<String.Index>? {
        let n = Array(needle.utf8)
        let u = html.utf8
        var i = start
        while i < u.endIndex {
            var j = i
            var k = 0
            while k < n.count, j < u.endIndex, lowered(u[j], caseInsensitive) == lowered(n[k], caseInsensitive) {
                j = u.index(after: j)
                k += 1
            }
            if k == n.count { return i..<j }
            i = u.index(after: i)
        }
        return nil
    }

    private static func lowered(_ b: UInt8, _ fold: Bool) -> UInt8 {
        fold && b >= 0x41 && b <= 0x5A ? b + 32 : b
    }

    private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isBlankOrEnd(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: ">")
    }
}

/// The text of a run of tokens, one entry per line: `<br>` and block tags end lines,
/// spacing inside a text run is folded as a browser does, entities are decoded,
/// non-breaking spaces become plain ones and each line is trimmed. Blank lines (`<BR><BR>`)
/// are kept: they separate paragraphs.
enum HTMLText {
    static let lineBreakingTags: Set<String> = [
        "br", "p", "div", "li", "tr", "table", "ul", "ol", "dd", "dt", "blockquote", "h1", "h2",
        "h3", "h4", "h5", "h6", "hr", "pre", "section", "article", "header", "footer",
    ]

    static func lines(_ tokens: ArraySlice<HTMLToken>) -> [String] {
        var text = ""
        for token in tokens {
            switch token {
            case let .tag(name, _, _):
                // `<br>` is one break each (two make a blank line); a block's edges end
                // the current line but never add a blank one.
                if name == "br" {
                    text += "\n"
                } else if lineBreakingTags.contains(name), let last = text.last, last != "\n" {
                    text += "\n"
                }
            case let .text(raw):
                text += HTMLEntities.decode(Substring(foldSpacing(raw)))
            }
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.replacingNBSP().trimmed())
        }
    }

    /// Source line breaks and indentation are spacing in HTML: each run becomes one space.
    /// Runs split by a tag are not merged (`Art.</A> <A …> 2` keeps its two spaces, as
    /// Justel's own text export does).
    private static func foldSpacing(_ raw: Substring) -> String {
        var out = ""
        var inBlank = false
        for c in raw {
            if c == " " || c == "\n" || c == "\r" || c == "\t" {
                if !inBlank { out.append(" ") }
                inBlank = true
            } else {
                out.append(c)
                inBlank = false
            }
        }
        return out
    }
}

extension StringProtocol {
    fileprivate func replacingNBSP() -> String {
        String(map { $0 == "\u{00A0}" ? " " : $0 })
    }
}

extension String {
    fileprivate func trimmed() -> Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
