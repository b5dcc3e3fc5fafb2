import Foundation

/// Reads a consolidated law from Justel, the Belgian legislation database
/// (ejustice.just.fgov.be), saved as an HTML page (ARCHITECTURE: Texts).
///
/// Justel marks articles only with anchors (`<A NAME='Art.1'>`) inside one run of
/// `<BR>`-separated lines, so this importer does not split: it hands the lines to the
/// project's splitter as raw lines and keeps the anchors as `expectedNumbers`, which
/// the import command compares with what the splitter finds.
public enum JustelImporter {
    /// `file` names the source in messages and may carry the language (`x.fr.html`).
    public static func importText(_ data: Data, file: String) throws(InputError) -> ImportedText {
        let tokens = HTMLTokens.tokenize(WebPageDecoding.decode(data))[...]
        let anchors = articleAnchors(tokens)

        // Current layout: the text is the box `list-title-3` ("Texte"). Older layouts
        // have no boxes: the text runs from the first article anchor to the page's end.
        // A Moniteur page has neither: its whole body goes to the splitter.
        var textTokens = box("list-title-3", in: tokens)
        if textTokens == nil, let first = tokens.firstIndex(where: isArticleAnchor) {
            let end = tokens[first...].firstIndex { $0.isEnd("body") } ?? tokens.endIndex
            textTokens = tokens[first..<end]
        }
        if textTokens == nil, let body = tokens.firstIndex(where: { $0.isStart("body") }) {
            let end = tokens[body...].firstIndex { $0.isEnd("body") } ?? tokens.endIndex
            textTokens = tokens[(body + 1)..<end]
        }
        let lines = trimmingBlankEdges(textTokens.map(HTMLText.lines) ?? [])
        // Without anchors the page declares no numbers: the splitter's reading is taken.
        let expected = anchors.isEmpty
            ? TextSplitter.split(lines.joined(separator: "\n"), file: file).articles.map(\.number)
            : anchors
        guard !expected.isEmpty else {
            throw InputError(.badData, file: file, "no article found in this page; is it a Justel or Moniteur page?")
        }

        let preamble = box("list-title-sw_prev", in: tokens).map(HTMLText.lines)?.filter { !$0.isEmpty } ?? []
        let eli = eliLink(tokens)
        let title = pageTitle(tokens) ?? (file.split(separator: "/").last.map(String.init) ?? file)
        var metadata: [(key: String, value: String)] = [
            ("source", eli ?? (file.split(separator: "/").last.map(String.init) ?? file)),
        ]
        if let date = eli.flatMap(dateInELI) ?? dateInTitle(title) { metadata.append(("date", date)) }

        return ImportedText(
            title: title,
            language: language(tokens) ?? LanguageTag.fromFileName(file) ?? "fr",
            metadata: metadata,
            preamble: preamble,
            units: [.rawLines(lines)],
            expectedNumbers: expected,
            leftOut: leftOutBoxes(tokens))
    }

    /// The page's other boxes (table of contents, parliamentary work, signatures), by
    /// their titles; the title, text and preamble boxes are what is imported.
    static func leftOutBoxes(_ tokens: ArraySlice<HTMLToken>) -> [String] {
        let kept: Set<String> = ["list-title-1", "list-title-3", "list-title-sw_prev"]
        return tokens.indices.compactMap { i in
            guard tokens[i].isStart("div"), let id = tokens[i].attribute("id"), id.hasPrefix("list-title-"),
                  !kept.contains(id), let h2 = tokens[i...].firstIndex(where: { $0.isStart("h2") }),
                  let end = tokens[h2...].firstIndex(where: { $0.isEnd("h2") }) else { return nil }
            let title = ImportedText.oneLine(HTMLText.lines(tokens[(h2 + 1)..<end]).joined(separator: " "))
            return title.isEmpty ? nil : "the box “\(title)”"
        }
    }

    // MARK: page parts

    private static func trimmingBlankEdges(_ lines: [String]) -> [String] {
        let start = lines.firstIndex { !$0.isEmpty } ?? lines.endIndex
        let end = lines.lastIndex { !$0.isEmpty }.map { $0 + 1 } ?? start
        return Array(lines[start..<end])
    }

    /// The normalised numbers of the `<a name='Art.N'>` anchors, in page order.
    static func articleAnchors(_ tokens: ArraySlice<HTMLToken>) -> [String] {
        tokens.filter(isArticleAnchor).compactMap { token in
            token.attribute("name").map { ArticleNumber.normalise(String($0.dropFirst(4))) }
        }
    }

    static func isArticleAnchor(_ token: HTMLToken) -> Bool {
        guard token.isStart("a"), let name = token.attribute("name") else { return false }
        return name.count > 4 && name.prefix(4).lowercased() == "art."
    }

    /// The content of the `div` with this id, without its `h2` title (`Texte`,
    /// `Préambule`): up to the `</div>` that closes it, nested divs counted.
    static func box(_ id: String, in tokens: ArraySlice<HTMLToken>) -> ArraySlice<HTMLToken>? {
        guard let open = tokens.firstIndex(where: { $0.isStart("div") && $0.attribute("id") == id })
        else { return nil }
        var depth = 0
        var end = tokens.endIndex
        for i in tokens.indices[(open + 1)...] {
            if tokens[i].isStart("div") { depth += 1 }
            if tokens[i].isEnd("div") {
                if depth == 0 { end = i; break }
                depth -= 1
            }
        }
        var content = tokens[(open + 1)..<end]
        if let h2 = content.firstIndex(where: { $0.isStart("h2") }),
           let h2End = content[h2...].firstIndex(where: { $0.isEnd("h2") }) {
            content = content[(h2End + 1)...]
        }
        return content
    }

    /// `<p class="list-item--title">`, else the page's `<title>` unless it is only the
    /// database's name.
    static func pageTitle(_ tokens: ArraySlice<HTMLToken>) -> String? {
        func text(from start: Int, until tag: String) -> String? {
            let end = tokens[start...].firstIndex { $0.isEnd(tag) } ?? tokens.endIndex
            let text = ImportedText.oneLine(HTMLText.lines(tokens[(start + 1)..<end]).joined(separator: " "))
            return text.isEmpty ? nil : text
        }
        if let p = tokens.firstIndex(where: {
            $0.isStart("p") && ($0.attribute("class") ?? "").split(separator: " ").contains("list-item--title")
        }), let title = text(from: p, until: "p") {
            return title
        }
        if let t = tokens.firstIndex(where: { $0.isStart("title") }), let title = text(from: t, until: "title"),
           !title.lowercased().contains("justel") {
            return title
        }
        return nil
    }

    /// The page's own language: `<html lang>` is not it (French pages say `en`); the
    /// active language button is, else the `view_numac=…fr` suffix of its links.
    static func language(_ tokens: ArraySlice<HTMLToken>) -> String? {
        let known: Set<String> = ["fr", "nl", "de"]
        for (i, token) in zip(tokens.indices, tokens) where token.isStart("a") {
            let classes = (token.attribute("class") ?? "").split(separator: " ")
            guard classes.contains("nav__language-button"), classes.contains("active") else { continue }
            if case let .text(raw)? = tokens[(i + 1)...].first {
                let code = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                if known.contains(code) { return code }
            }
        }
        for token in tokens where token.isStart("a") {
            guard let href = token.attribute("href"), let range = href.range(of: "view_numac=") else { continue }
            let value = href[range.upperBound...].prefix { $0.isLetter || $0.isNumber }
            let code = String(value.drop { $0.isNumber }).lowercased()
            if known.contains(code) { return code }
        }
        return nil
    }

    /// The page's permanent ELI address, e.g.
    /// `https://www.ejustice.just.fgov.be/eli/loi/1994/02/02/1994009284/justel`.
    static func eliLink(_ tokens: ArraySlice<HTMLToken>) -> String? {
        for token in tokens where token.isStart("a") {
            if let href = token.attribute("href")?.trimmingCharacters(in: .whitespaces),
               href.contains("ejustice.just.fgov.be/eli/") {
                return href
            }
        }
        return nil
    }

    /// `…/eli/loi/1994/02/02/…` → `1994-02-02`, the date the law was made.
    static func dateInELI(_ link: String) -> String? {
        guard let range = link.range(of: "/eli/") else { return nil }
        let parts = link[range.upperBound...].split(separator: "/")
        guard parts.count >= 4 else { return nil }
        let (year, month, day) = (parts[1], parts[2], parts[3])
        guard year.count == 4, month.count == 2, day.count == 2,
              (year + month + day).allSatisfy(\.isNumber) else { return nil }
        return "\(year)-\(month)-\(day)"
    }

    /// `2 FEVRIER 1994. - Loi …` → `1994-02-02`; French, Dutch or German month names.
    static func dateInTitle(_ title: String) -> String? {
        let months: [String: Int] = [
            "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
            "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
            "décembre": 12, "decembre": 12, "januari": 1, "februari": 2, "maart": 3, "april": 4,
            "mei": 5, "juni": 6, "juli": 7, "augustus": 8, "september": 9, "oktober": 10,
            "november": 11, "december": 12, "januar": 1, "februar": 2, "märz": 3, "august": 8,
            "dezember": 12,
        ]
        let words = title.split(whereSeparator: { $0 == " " || $0 == "." }).prefix(3)
        guard words.count == 3 else { return nil }
        let dayText = words[words.startIndex].prefix { $0.isNumber }  // `1er`
        guard let day = Int(dayText), (1...31).contains(day),
              let month = months[words[words.startIndex + 1].lowercased()],
              words[words.startIndex + 2].count == 4, let year = Int(words[words.startIndex + 2])
        else { return nil }
        func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }
}
