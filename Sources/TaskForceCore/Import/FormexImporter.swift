import Foundation

/// Reads Formex 4, the Publications Office's XML for the Official Journal (root `ACT`):
/// `PREAMBLE` (citations, recitals), `ENACTING.TERMS` with `DIVISION`s and `ARTICLE`s
/// (`TI.ART` is the label, `STI.ART` the heading), then `FINAL` (done at, signatures).
/// Annexes come as separate files in a Formex package; one found in the act is left
/// out and reported.
public enum FormexImporter {
    static let blocks: Set<String> = [
        "P", "ALINEA", "PARAG", "ITEM", "NP", "LIST", "VISA", "CONSID", "PREAMBLE.INIT",
        "PREAMBLE.FINAL", "GR.CONSID.INIT", "SIGNATORY", "PL.DATE", "TBL", "ROW", "QUOT.S",
        "TI", "STI", "GR.SEQ",
    ]

    static let lines = XMLLines(blocks: blocks) { node in
        switch node.name {
        // `<QUOT.START CODE="2018"/>` stands for the character U+2018.
        case "QUOT.START", "QUOT.END":
            return node.attributes["CODE"].flatMap { UInt32($0, radix: 16) }
                .flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? "\""
        case "NOTE": return " [\(node.text)]"
        // A point's number is followed by its text, written without a space between.
        case "NO.P", "NO.PARAG": return node.text + " "
        case "TI.ART", "STI.ART": return ""
        default: return nil
        }
    }

    public static func importText(_ data: Data, file: String) throws(InputError) -> ImportedText {
        let act = try XMLNode.parse(data, file: file)
        // A consolidated act (`CONS.ACT`) nests the parts one level deeper: search below.
        func part(_ name: String) -> XMLNode? { act.first(name) ?? act.all(name).first }
        guard let terms = part("ENACTING.TERMS") else {
            throw InputError(.badData, file: file, "this Formex act has no ENACTING.TERMS (no articles)")
        }
        var text = ImportedText(
            title: part("TITLE").map { lines.lines(of: $0).joined(separator: " ") } ?? file,
            language: part("BIB.INSTANCE")?.first("LG.DOC").flatMap { LanguageTag.normalised($0.text) }
                ?? LanguageTag.fromFileName(file) ?? "en")
        text.metadata = [("source", file.split(separator: "/").last.map(String.init) ?? file)]
        if let iso = part("BIB.INSTANCE")?.first("DATE")?.attributes["ISO"], iso.count == 8 {
            text.metadata.append(("date", "\(iso.prefix(4))-\(iso.dropFirst(4).prefix(2))-\(iso.suffix(2))"))
        }
        text.preamble = part("PREAMBLE").map(lines.lines(of:)) ?? []
        read(terms, level: 1, into: &text)
        text.closing = part("FINAL").map(lines.lines(of:)) ?? []
        text.expectedNumbers = text.units.compactMap(\.articleNumber)
        for annex in act.all("ANNEX") {
            text.leftOut.append("annex " + (annex.first("TITLE")?.text ?? "").prefix(60))
        }
        guard !text.expectedNumbers.isEmpty else {
            throw InputError(.badData, file: file, "this Formex act contains no ARTICLE")
        }
        return text
    }

    /// Divisions become headings (their `TITLE`: `TI` number and `STI` title), articles units.
    private static func read(_ node: XMLNode, level: Int, into text: inout ImportedText) {
        for child in node.elements {
            switch child.name {
            case "DIVISION":
                if let title = child.first("TITLE") {
                    text.units.append(.heading(level: min(level, 6), text: lines.lines(of: title).joined(separator: " - ")))
                }
                read(child, level: level + 1, into: &text)
            case "ARTICLE":
                // Without `TI.ART`, the identifier numbers the article (`001` → Article 1).
                let identifier = (child.attributes["IDENTIFIER"] ?? "").drop { $0 == "0" }
                let label = child.first("TI.ART")?.text
                    ?? (identifier.isEmpty ? "" : "Article \(identifier)")
                let heading = child.first("STI.ART")?.text
                text.units.append(.article(
                    label: label, number: ArticleLabelNumber.normalised(label),
                    heading: heading?.isEmpty == false ? heading : nil, body: lines.lines(of: child)))
            default:
                break
            }
        }
    }
}
