/// Reads ODT's `content.xml`: `<text:h text:outline-level>` headings, `<text:p>`
/// paragraphs, `<text:span>` runs, and the automatic styles that make text bold
/// (`<style:text-properties fo:font-weight="bold"/>`) or a paragraph a heading.
final class OpenDocumentReader: XMLEventHandler {
    var paragraphs: [OfficeParagraph] = []
    private var boldStyles: Set<String> = []
    private var headingStyles: [String: Int] = [:]
    private var definingStyle: String?
    private var current: OfficeParagraph?
    private var depth = 0
    /// Whether each open span (and the paragraph itself) is bold.
    private var boldStack: [Bool] = []

    func start(_ name: String, attributes: [String: String], line: Int) -> Bool {
        switch name {
        case "style":
            definingStyle = attributes["name"]
            if let style = definingStyle, let parent = attributes["parent-style-name"] {
                if let level = WordDocumentReader.level(parent.replacingOccurrences(of: "_20_", with: ""), [:]) {
                    headingStyles[style] = level
                }
                if boldStyles.contains(parent) { boldStyles.insert(style) }
            }
        case "text-properties":
            if let style = definingStyle, attributes["font-weight"] == "bold" { boldStyles.insert(style) }
        case "h", "p":
            if current == nil {
                var paragraph = OfficeParagraph()
                let style = attributes["style-name"] ?? ""
                if name == "h" { paragraph.headingLevel = attributes["outline-level"].flatMap(Int.init) ?? 1 }
                else if let level = headingStyles[style] { paragraph.headingLevel = level }
                current = paragraph
                boldStack = [boldStyles.contains(style)]
                depth = 0
            } else {
                depth += 1
            }
        case "span":
            let bold = attributes["style-name"].map(boldStyles.contains) ?? false
            boldStack.append(bold || (boldStack.last ?? false))
        case "s": current?.append(String(repeating: " ", count: attributes["c"].flatMap(Int.init) ?? 1), bold: boldStack.last ?? false)
        case "tab", "line-break": current?.append(" ", bold: boldStack.last ?? false)
        default: break
        }
        return true
    }

    func end(_ name: String) {
        switch name {
        case "style": definingStyle = nil
        case "span": if boldStack.count > 1 { boldStack.removeLast() }
        case "h", "p":
            if depth > 0 { depth -= 1; return }
            if let paragraph = current { paragraphs.append(paragraph) }
            current = nil
        default: break
        }
    }

    func text(_ text: String) { current?.append(text, bold: boldStack.last ?? false) }
}
