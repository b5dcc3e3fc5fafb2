/// Reads DOCX's `word/document.xml` (WordprocessingML): `<w:p>` paragraphs, their
/// `<w:pStyle>`, and `<w:r>` runs with `<w:b/>` and `<w:t>` text.
final class WordDocumentReader: XMLEventHandler {
    /// Style ids that are headings, with their level (from `word/styles.xml`).
    let headingStyles: [String: Int]
    var paragraphs: [OfficeParagraph] = []
    private var current: OfficeParagraph?
    private var runBold = false
    private var inText = false
    private var inRunProperties = false

    init(headingStyles: [String: Int]) { self.headingStyles = headingStyles }

    func start(_ name: String, attributes: [String: String], line: Int) -> Bool {
        switch name {
        case "p": current = OfficeParagraph()
        case "pStyle": if let id = attributes["val"] { current?.headingLevel = Self.level(id, headingStyles) }
        case "outlineLvl": if let level = attributes["val"].flatMap(Int.init), level < 9 { current?.headingLevel = level + 1 }
        case "r": runBold = false
        case "rPr": inRunProperties = true
        case "b": if inRunProperties { runBold = !["0", "false", "off"].contains(attributes["val"] ?? "1") }
        case "t": inText = true
        case "tab", "br", "cr": current?.append(" ", bold: runBold)
        default: break
        }
        return true
    }

    func end(_ name: String) {
        switch name {
        case "p": if let paragraph = current { paragraphs.append(paragraph) }; current = nil
        case "rPr": inRunProperties = false
        case "t": inText = false
        default: break
        }
    }

    func text(_ text: String) {
        if inText { current?.append(text, bold: runBold) }
    }

    /// `Heading2`, `Kop2`, `Titre2` and any id styles.xml names `heading 2`.
    static func level(_ id: String, _ known: [String: Int]) -> Int? {
        if let level = known[id] { return level }
        let lower = id.lowercased()
        for prefix in ["heading", "kop", "titre", "berschrift"] where lower.contains(prefix) {
            return Int(lower.filter(\.isNumber)) ?? 1
        }
        return nil
    }
}

/// Reads `word/styles.xml` for the ids of heading styles, whatever the language of Word
/// that wrote it (`<w:style w:styleId="Kop2"><w:name w:val="heading 2"/>`).
final class WordStylesReader: XMLEventHandler {
    var headings: [String: Int] = [:]
    private var styleID: String?

    func start(_ name: String, attributes: [String: String], line: Int) -> Bool {
        if name == "style" { styleID = attributes["styleId"] }
        if name == "name", let id = styleID, let value = attributes["val"]?.lowercased(), value.hasPrefix("heading") {
            headings[id] = Int(value.filter(\.isNumber)) ?? 1
        }
        return true
    }

    func end(_ name: String) { if name == "style" { styleID = nil } }
    func text(_ text: String) {}
}
