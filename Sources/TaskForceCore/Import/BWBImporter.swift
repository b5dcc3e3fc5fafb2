import Foundation

/// Reads the Dutch government's consolidated law XML (BWB, root `<toestand>` around
/// `<wetgeving>`): `<wettekst>` holds `<hoofdstuk>`, `<afdeling>`, `<paragraaf>` and
/// `<artikel>`, each headed by `<kop><label>Artikel</label><nr>4a</nr><titel>…</titel></kop>`.
/// A repealed article (`status="vervallen"`) is kept as a stub with the word the
/// source uses, so its number still has a place for comments.
public enum BWBImporter {
    static let structureElements: Set<String> = [
        "boek", "deel", "titeldeel", "hoofdstuk", "afdeling", "paragraaf", "sub-paragraaf", "divisie",
    ]
    static let lines = XMLLines(
        blocks: ["al", "lid", "li", "lijst", "tussenkop", "table", "row", "entry", "slotformulering",
                 "dagtekening", "ondertekening", "koning", "functie", "wij", "considerans.al", "afkondiging"],
        replace: { node in
            ["meta-data", "kop", "jcis", "brondata", "redactionele-correcties"].contains(node.name) ? "" : nil
        })

    public static func importText(_ data: Data, file: String) throws(InputError) -> ImportedText {
        let root = try XMLNode.parse(data, file: file)
        let law = root.name == "wetgeving" ? root : root.first("wetgeving")
        guard let law, let body = law.all("wettekst").first else {
            throw InputError(.badData, file: file, "this BWB file has no <wettekst> (no articles)")
        }
        // Titles carry their publication record (`meta-data`) inside: read without it.
        let title = (law.all("citeertitel").first ?? law.first("intitule"))
            .map { lines.lines(of: $0).joined(separator: " ") }
        var text = ImportedText(title: title ?? file, language: "nl")
        let id = root.attributes["bwb-id"] ?? file.split(separator: "/").last.map(String.init) ?? file
        text.metadata = [("source", id)]
        if let date = root.attributes["inwerkingtreding"] { text.metadata.append(("date", date)) }
        text.preamble = law.all("aanhef").flatMap(lines.lines(of:))
        read(body, level: 1, into: &text)
        text.closing = law.all("wetsluiting").flatMap(lines.lines(of:))
        text.expectedNumbers = text.units.compactMap(\.articleNumber)
        if !law.all("bijlage").isEmpty { text.leftOut.append("\(law.all("bijlage").count) bijlage(n) (annexes)") }
        guard !text.expectedNumbers.isEmpty else {
            throw InputError(.badData, file: file, "this BWB file contains no <artikel>")
        }
        return text
    }

    private static func kop(_ node: XMLNode) -> (label: String, number: String, title: String?) {
        let kop = node.first("kop")
        let title = kop?.first("titel")?.text
        return (kop?.first("label")?.text ?? "", kop?.first("nr")?.text ?? "", title?.isEmpty == false ? title : nil)
    }

    private static func read(_ node: XMLNode, level: Int, into text: inout ImportedText) {
        for child in node.elements {
            if structureElements.contains(child.name) {
                let (label, number, title) = kop(child)
                let heading = [label + " " + number, title ?? ""].map(ImportedText.oneLine).filter { !$0.isEmpty }
                if !heading.isEmpty {
                    text.units.append(.heading(level: min(level, 6), text: heading.joined(separator: " - ")))
                }
                read(child, level: level + 1, into: &text)
            } else if child.name == "artikel" {
                let (label, number, title) = kop(child)
                var body = lines.lines(of: child)
                if body.isEmpty, child.attributes["status"] == "vervallen" { body = ["Vervallen."] }
                let written = ImportedText.oneLine((label.isEmpty ? "Artikel" : label) + " " + number)
                text.units.append(.article(label: written, number: ArticleNumber.normalise(number),
                                           heading: title, body: body))
            }
        }
    }
}
