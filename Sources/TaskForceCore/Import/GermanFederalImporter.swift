import Foundation

/// Reads the XML of the German federal law site (gesetze-im-internet.de, root
/// `<dokumente>`): one `<norm>` per unit. The first norm describes the law (`langue`
/// title, `ausfertigung-datum`); a norm with `<gliederungseinheit>` is a structure
/// heading (Buch, Abschnitt, Titel: its level from the length of its code); a norm with
/// `<enbez>§ 1</enbez>` (or `Art 1`) is an article, `<titel>` its heading. The
/// `Inhaltsübersicht` and repealed ranges (`§§ 3 bis 6`) are no articles: left out and
/// reported. A single repealed paragraph (`(weggefallen)`) is kept as a stub; other
/// norms (`Eingangsformel`, `Präambel`, `Anlage`) are kept as text where they stand.
public enum GermanFederalImporter {
    static let lines = XMLLines(
        blocks: ["P", "DT", "DD", "LA", "BR", "row", "entry", "Footnote", "pre"],
        replace: { $0.name == "FnR" || $0.name == "TOC" ? "" : nil })

    public static func importText(_ data: Data, file: String) throws(InputError) -> ImportedText {
        let root = try XMLNode.parse(data, file: file)
        let norms = root.elements.filter { $0.name == "norm" }
        guard let first = norms.first else {
            throw InputError(.badData, file: file, "this German federal XML contains no <norm>")
        }
        let meta = first.first("metadaten")
        var text = ImportedText(title: meta?.first("langue")?.text ?? meta?.first("jurabk")?.text ?? file,
                                language: "de")
        text.metadata = [("source", meta?.first("jurabk")?.text ?? file)]
        if let date = meta?.first("ausfertigung-datum")?.text { text.metadata.append(("date", date)) }
        var tablesOfContents = 0
        var repealedRanges: [String] = []
        for (index, norm) in norms.enumerated() {
            let meta = norm.first("metadaten")
            let body = norm.first("textdaten").map(lines.lines(of:)) ?? []
            if let unit = meta?.first("gliederungseinheit") {
                let code = unit.first("gliederungskennzahl")?.text ?? ""
                let heading = [unit.first("gliederungsbez")?.text, unit.first("gliederungstitel")?.text]
                    .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " - ")
                if !heading.isEmpty {
                    text.units.append(.heading(level: min(max(code.count / 3, 1), 6), text: heading))
                }
                if !body.isEmpty { text.units.append(.rawLines(body.map { ImportedText.escapedForSplitter($0) })) }
                continue
            }
            let label = meta?.first("enbez")?.text ?? ""
            if index == 0, label.isEmpty {
                text.preamble = body
            } else if label.hasPrefix("Inhalts") {
                tablesOfContents += 1
            } else if let number = articleNumber(label) {
                var title = meta?.first("titel")?.text
                var body = body
                if body.isEmpty, let t = title, t.lowercased().contains("weggefallen") {
                    body = [t]
                    title = nil
                }
                text.units.append(.article(label: label, number: number,
                                           heading: title?.isEmpty == false ? title : nil, body: body))
            } else if label.contains("§§") || label.hasPrefix("(XXXX)") {
                repealedRanges.append(label)
            } else if !label.isEmpty || !body.isEmpty {
                // `Eingangsformel`, `Präambel`, `Schlußformel`, `Anlage`: text that is no
                // article, kept where it stands.
                let lines = ([label] + body).filter { !$0.isEmpty }
                if text.units.isEmpty {
                    text.preamble += lines
                } else {
                    text.units.append(.rawLines(lines.map { ImportedText.escapedForSplitter($0) }))
                }
            }
        }
        text.expectedNumbers = text.units.compactMap(\.articleNumber)
        if tablesOfContents > 0 { text.leftOut.append("the table of contents (Inhaltsübersicht)") }
        if !repealedRanges.isEmpty {
            text.leftOut.append("\(repealedRanges.count) repealed ranges such as “\(repealedRanges[0])”")
        }
        guard !text.expectedNumbers.isEmpty else {
            throw InputError(.badData, file: file, "this German federal XML contains no § or Art norm")
        }
        return text
    }

    /// `§ 312k` → `312k`, `Art 1` → `1`; nil for `§§ 3 bis 6`, `(XXXX) §§ 3 bis 6`, `Anlage`.
    static func articleNumber(_ label: String) -> String? {
        var rest = Substring(label)
        if rest.hasPrefix("§ ") || rest.hasPrefix("§") && !rest.hasPrefix("§§") {
            rest = rest.dropFirst()
        } else if rest.hasPrefix("Art ") || rest.hasPrefix("Art. ") || rest.hasPrefix("Artikel ") {
            rest = rest.drop { $0 != " " }
        } else {
            return nil
        }
        let number = rest.trimmingCharacters(in: .whitespaces)
        guard let first = number.first, first.isNumber,
              number.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
        return ArticleNumber.normalise(number)
    }
}
