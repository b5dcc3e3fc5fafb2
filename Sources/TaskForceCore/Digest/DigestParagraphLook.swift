/// How each paragraph style of the DOCX and ODT digests looks, said once for both writers so
/// the two documents look alike: serif text, sans-serif headings (as the printed HTML page),
/// comments indented with a rule on their left, figures aligned right. Each writer only puts
/// these into its own XML (`DigestDOCX.styles`, `DigestODT.styles`).
struct DigestParagraphLook: Sendable {
    /// The style's name in the document (DOCX style id; ODT name, except headings: see `odtName`).
    var name: String
    /// As the word processor's list of styles shows it.
    var display: String
    /// Headings only: 1 to 3, their level in the outline.
    var outlineLevel: Int?
    var points: Double?
    var sans = false, bold = false, grey = false, uppercase = false
    /// 1 cm from the left, as every part of a comment.
    var indent = false
    /// A rule down the left side (a comment's lines).
    var rule = false
    /// Space above and below, in points.
    var before = 0.0, after = 6.0
    var keepWithNext = false, keepTogether = false
    var alignEnd = false

    /// ODF's names for the built-in headings are "Heading_20_1" and so on.
    var odtName: String { outlineLevel.map { "Heading_20_\($0)" } ?? name }

    static let all: [DigestParagraphLook] = {
        typealias S = DigestDocument.Style
        var looks = [(1, 18.0), (2, 14.0), (3, 12.0)].map { level, size in
            DigestParagraphLook(name: "Heading\(level)", display: "Heading \(level)", outlineLevel: level, points: size,
                                sans: true, bold: true, before: level == 1 ? 6 : 14, after: 6,
                                keepWithNext: true, keepTogether: true)
        }
        looks += [
            DigestParagraphLook(name: S.kind.rawValue, display: "Digest kind", points: 9, sans: true, grey: true,
                                uppercase: true, after: 0),
            DigestParagraphLook(name: S.body.rawValue, display: "Digest body"),
            DigestParagraphLook(name: S.excerpt.rawValue, display: "Digest excerpt", grey: true),
            DigestParagraphLook(name: S.note.rawValue, display: "Digest note", points: 10),
            // A comment's lines stay with its line of facts, on one page when they fit.
            DigestParagraphLook(name: S.quote.rawValue, display: "Digest quote", indent: true, rule: true, after: 0,
                                keepWithNext: true, keepTogether: true),
            DigestParagraphLook(name: S.about.rawValue, display: "Digest about", points: 9, grey: true, indent: true,
                                before: 3, after: 10),
            DigestParagraphLook(name: S.legend.rawValue, display: "Digest legend", points: 10, indent: true, after: 3,
                                keepWithNext: true),
            DigestParagraphLook(name: S.redline.rawValue, display: "Digest redline", indent: true),
            DigestParagraphLook(name: tableHeading, display: "Digest table heading", points: 8, sans: true, bold: true,
                                before: 2, after: 2),
            DigestParagraphLook(name: tableHeading + figure, display: "Digest table heading figure", points: 8, sans: true,
                                bold: true, before: 2, after: 2, alignEnd: true),
            DigestParagraphLook(name: tableContents, display: "Digest table contents", points: 10, before: 2, after: 2),
            DigestParagraphLook(name: tableContents + figure, display: "Digest table figure", points: 10, before: 2, after: 2,
                                alignEnd: true),
        ]
        return looks
    }()

    /// Table cells' styles: a label in the first column, figures (aligned right) in the others.
    static let tableHeading = "DigestTableHeading", tableContents = "DigestTableContents", figure = "Figure"

    static let serif = "Times New Roman", sansSerif = "Arial", grey = "555555"
    /// Text size of a paragraph without its own, in points.
    static let bodyPoints = 11.0
}
