/// The digest as an OpenDocument text (`.odt`), for LibreOffice and every office suite that
/// reads ODF (issue 14, item 10): the blocks of `DigestDocument` with real heading styles
/// (`Heading 1`–`3`, outline levels), real tables (header rows repeated on each page), the
/// redline as struck-out and bold underlined spans, each comment's language on its
/// paragraphs, and "page / pages" in the footer. `mimetype` is the zip's first entry,
/// stored; every value goes through `XMLEscaping`; no date, time or author is recorded, and
/// the same digest gives the same bytes (`DocumentZip`).
public enum DigestODT {
    public static let mediaType = "application/vnd.oasis.opendocument.text"

    public static func render(_ digest: Digest) -> [UInt8] {
        let document = DigestDocument(DigestPage(digest))
        return DocumentZip.archive([
            .init(path: "mimetype", bytes: Array(mediaType.utf8), stored: true),
            .init(path: "META-INF/manifest.xml", bytes: Array(manifest.utf8)),
            .init(path: "meta.xml", bytes: Array(meta(document).utf8)),
            .init(path: "styles.xml", bytes: Array(styles(language: document.language).utf8)),
            .init(path: "content.xml", bytes: Array(content(document).utf8)),
        ])
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    static let namespaces = """
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"
        """

    /// The text's width on A4 with 2.5 cm margins, and that of each column of figures (both
    /// tables have a label and five figures).
    static let textWidth = 16.0, figureColumn = 2.3

    static func content(_ d: DigestDocument) -> String {
        var body = ""
        var languages = Set<String>()
        var tables = 0
        for block in d.blocks {
            switch block {
            case .heading(let level, let text):
                body += "<text:h text:style-name=\"Heading_20_\(level)\" text:outline-level=\"\(level)\">\(spans([.init(text)]))</text:h>\n"
            case .paragraph(let style, let runs, let language):
                var name = style.rawValue
                if let language = fit(language) {
                    languages.insert(language)
                    name += "_" + language
                }
                body += "<text:p text:style-name=\"\(name)\">\(spans(runs))</text:p>\n"
            case .table(let t):
                tables += 1
                body += table(t, number: tables)
            }
        }
        // A paragraph style per comment language, so that spelling and hyphenation follow it.
        var automatic = """
            <style:style style:name="DigestTable" style:family="table"><style:table-properties style:width="\(textWidth)cm" \
            table:align="margins" table:border-model="collapsing" fo:margin-bottom="0.3cm"/></style:style>\
            <style:style style:name="DigestTable.Label" style:family="table-column"><style:table-column-properties \
            style:column-width="\(textWidth - 5 * figureColumn)cm"/></style:style>\
            <style:style style:name="DigestTable.Figure" style:family="table-column"><style:table-column-properties \
            style:column-width="\(figureColumn)cm"/></style:style>\
            <style:style style:name="DigestTable.Row" style:family="table-row"><style:table-row-properties \
            fo:keep-together="always"/></style:style>\
            <style:style style:name="DigestTable.Cell" style:family="table-cell"><style:table-cell-properties \
            fo:padding="0.08cm" fo:border="0.5pt solid #999999"/></style:style>
            """
        for language in languages.sorted() {
            for style in [DigestDocument.Style.quote, .redline] {
                automatic += "\n<style:style style:name=\"\(style.rawValue)_\(language)\" style:family=\"paragraph\" "
                automatic += "style:parent-style-name=\"\(style.rawValue)\"><style:text-properties fo:language=\"\(language)\" "
                automatic += "fo:country=\"none\"/></style:style>"
            }
        }
        return declaration + "<office:document-content \(namespaces)>\n<office:automatic-styles>\(automatic)\n</office:automatic-styles>\n"
            + "<office:body><office:text>\n" + body + "</office:text></office:body></office:document-content>\n"
    }

    /// A language tag usable in a style name and `fo:language`: a primary tag of letters.
    static func fit(_ language: String?) -> String? {
        guard let language, language != "und", !language.isEmpty,
              language.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return nil }
        return language
    }

    /// Runs as spans. ODF folds a run of spaces into one and drops a paragraph's leading
    /// space: each space after another (or first) is written `<text:s/>`.
    static func spans(_ runs: [DigestDocument.Run]) -> String {
        var out = ""
        var afterSpace = true
        for run in runs where !run.text.isEmpty {
            var text = ""
            for scalar in XMLEscaping.escape(run.text).unicodeScalars {
                if scalar == " " {
                    text += afterSpace ? "<text:s/>" : " "
                    afterSpace = true
                } else if scalar == "\n" {
                    text += "<text:line-break/>"
                    afterSpace = true
                } else {
                    text.unicodeScalars.append(scalar)
                    afterSpace = false
                }
            }
            let style: String? = switch run.mark {
            case .plain: nil
            case .strong: "DigestStrong"
            case .emphasis: "DigestEmphasis"
            case .deleted: "DigestDeleted"
            case .inserted: "DigestInserted"
            }
            out += style.map { "<text:span text:style-name=\"\($0)\">\(text)</text:span>" } ?? text
        }
        return out
    }

    static func table(_ t: DigestDocument.Table, number: Int) -> String {
        var out = "<table:table table:name=\"Table\(number)\" table:style-name=\"DigestTable\">"
        out += "<table:table-column table:style-name=\"DigestTable.Label\"/>"
        out += "<table:table-column table:style-name=\"DigestTable.Figure\" table:number-columns-repeated=\"\(t.header.count - 1)\"/>\n"
        func row(_ cells: [String], header: Bool = false, strong: Bool = false) -> String {
            var out = "<table:table-row table:style-name=\"DigestTable.Row\">"
            for (i, cell) in cells.enumerated() {
                let style = (header ? DigestParagraphLook.tableHeading : DigestParagraphLook.tableContents)
                    + (i > 0 ? DigestParagraphLook.figure : "")
                out += "<table:table-cell table:style-name=\"DigestTable.Cell\" office:value-type=\"string\">"
                out += "<text:p text:style-name=\"\(style)\">\(spans([.init(cell, strong ? .strong : .plain)]))</text:p></table:table-cell>"
            }
            return out + "</table:table-row>\n"
        }
        // Repeated at the top of each page the table runs onto.
        out += "<table:table-header-rows>" + row(t.header, header: true) + "</table:table-header-rows>\n"
        for cells in t.rows { out += row(cells) }
        if let total = t.total { out += row(total, strong: true) }
        return out + "</table:table>\n"
    }

    static let manifest = declaration + """
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
        <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="\(mediaType)"/>
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
        <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
        <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>

        """

    /// Title and language only: no author, no creation date, no editing time.
    static func meta(_ d: DigestDocument) -> String {
        declaration + "<office:document-meta \(namespaces)><office:meta><dc:title>\(XMLEscaping.escape(d.title))</dc:title>"
            + "<dc:language>\(XMLEscaping.escape(d.language))</dc:language></office:meta></office:document-meta>\n"
    }

    /// The paragraph styles of `DigestParagraphLook`, the spans' text styles, and the A4 page
    /// with "page / pages" in its footer.
    static func styles(language: String) -> String {
        typealias L = DigestParagraphLook
        func textStyle(_ name: String, display: String, _ properties: String) -> String {
            "<style:style style:name=\"\(name)\" style:display-name=\"\(display)\" style:family=\"text\">"
                + "<style:text-properties \(properties)/></style:style>\n"
        }
        func points(_ value: Double) -> String { String(format: "%gpt", value) }
        var out = declaration + "<office:document-styles \(namespaces)>\n<office:styles>\n"
        out += "<style:default-style style:family=\"paragraph\"><style:paragraph-properties fo:line-height=\"115%\"/>"
        out += "<style:text-properties fo:font-family=\"'\(L.serif)'\" style:font-family-generic=\"roman\" fo:font-size=\"\(points(L.bodyPoints))\" "
        out += "fo:language=\"\(XMLEscaping.escape(language))\" fo:country=\"none\"/></style:default-style>\n"
        out += "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>\n"
        for look in L.all {
            out += "<style:style style:name=\"\(look.odtName)\" style:display-name=\"\(look.display)\" style:family=\"paragraph\" "
            out += "style:parent-style-name=\"Standard\" "
            if let level = look.outlineLevel {
                out += "style:next-style-name=\"\(DigestDocument.Style.body.rawValue)\" style:default-outline-level=\"\(level)\" "
            }
            out += "style:class=\"text\"><style:paragraph-properties fo:margin-top=\"\(points(look.before))\" fo:margin-bottom=\"\(points(look.after))\""
            if look.indent { out += " fo:margin-left=\"1cm\"" }
            if look.rule { out += " fo:padding-left=\"0.3cm\" fo:border-left=\"1.5pt solid #999999\"" }
            if look.keepWithNext { out += " fo:keep-with-next=\"always\"" }
            if look.keepTogether { out += " fo:keep-together=\"always\"" }
            if look.alignEnd { out += " fo:text-align=\"end\"" }
            out += "/><style:text-properties"
            if look.sans { out += " fo:font-family=\"\(L.sansSerif)\" style:font-family-generic=\"swiss\"" }
            if look.bold { out += " fo:font-weight=\"bold\"" }
            if look.uppercase { out += " fo:text-transform=\"uppercase\"" }
            if look.grey { out += " fo:color=\"#\(L.grey)\"" }
            if let size = look.points { out += " fo:font-size=\"\(points(size))\"" }
            out += "/></style:style>\n"
        }
        out += textStyle("DigestStrong", display: "Digest strong", "fo:font-weight=\"bold\"")
        out += textStyle("DigestEmphasis", display: "Digest emphasis", "fo:font-style=\"italic\"")
        out += textStyle("DigestDeleted", display: "Digest deleted", "style:text-line-through-style=\"solid\" style:text-line-through-type=\"single\"")
        out += textStyle("DigestInserted", display: "Digest inserted",
                         "fo:font-weight=\"bold\" style:text-underline-style=\"solid\" style:text-underline-width=\"auto\" style:text-underline-color=\"font-color\"")
        out += "</office:styles>\n<office:automatic-styles>"
        out += "<style:page-layout style:name=\"DigestPage\"><style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" "
        out += "fo:margin-top=\"2cm\" fo:margin-bottom=\"1.5cm\" fo:margin-left=\"2.5cm\" fo:margin-right=\"2.5cm\"/>"
        out += "<style:footer-style><style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-top=\"0.4cm\"/></style:footer-style></style:page-layout>"
        out += "<style:style style:name=\"DigestFooter\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"center\"/>"
        out += "<style:text-properties fo:font-size=\"9pt\"/></style:style>"
        out += "</office:automatic-styles>\n<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"DigestPage\">"
        out += "<style:footer><text:p text:style-name=\"DigestFooter\"><text:page-number text:select-page=\"current\">1</text:page-number>"
        out += " / <text:page-count>1</text:page-count></text:p></style:footer></style:master-page></office:master-styles>\n"
        return out + "</office:document-styles>\n"
    }
}
