/// The digest as a Word document (Office Open XML, `.docx`), for a ministry that wants a
/// document to edit (issue 14, item 10): the blocks of `DigestDocument` with real heading
/// styles (`heading 1`–`3`, in the outline), real tables (the header row repeated on each
/// page), the redline as struck-out and bold underlined runs, each comment's language on its
/// runs, and "page / pages" in the footer. Every value goes through `XMLEscaping`; nothing
/// records a date, a time or who wrote it; the same digest gives the same bytes
/// (`DocumentZip`).
public enum DigestDOCX {
    public static func render(_ digest: Digest) -> [UInt8] {
        let document = DigestDocument(DigestPage(digest))
        return DocumentZip.archive([
            .init(path: "[Content_Types].xml", bytes: Array(contentTypes.utf8)),
            .init(path: "_rels/.rels", bytes: Array(packageRelationships.utf8)),
            .init(path: "docProps/core.xml", bytes: Array(core(document).utf8)),
            .init(path: "word/_rels/document.xml.rels", bytes: Array(documentRelationships.utf8)),
            .init(path: "word/document.xml", bytes: Array(body(document).utf8)),
            .init(path: "word/styles.xml", bytes: Array(styles(language: document.language).utf8)),
            .init(path: "word/footer1.xml", bytes: Array(footer.utf8)),
        ])
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A4 with 2.5 cm margins, in twentieths of a point.
    static let pageWidth = 11906, pageHeight = 16838, margin = 1418
    static var textWidth: Int { pageWidth - 2 * margin }
    /// Every column but the first holds a figure.
    static let figureColumn = 1300

    static func body(_ d: DigestDocument) -> String {
        var out = declaration + "<w:document xmlns:w=\"\(w)\" xmlns:r=\"\(r)\"><w:body>\n"
        for block in d.blocks {
            switch block {
            case .heading(let level, let text):
                out += paragraph(style: "Heading\(level)", [.init(text)], language: nil)
            case .paragraph(let style, let runs, let language):
                out += paragraph(style: style.rawValue, runs, language: language)
            case .table(let table):
                out += self.table(table)
            }
        }
        out += "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
        out += "<w:pgSz w:w=\"\(pageWidth)\" w:h=\"\(pageHeight)\"/>"
        out += "<w:pgMar w:top=\"\(margin)\" w:right=\"\(margin)\" w:bottom=\"\(margin)\" w:left=\"\(margin)\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>"
        out += "</w:sectPr></w:body></w:document>\n"
        return out
    }

    static func paragraph(style: String, _ runs: [DigestDocument.Run], language: String?, alignRight: Bool = false) -> String {
        var out = "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>" + (alignRight ? "<w:jc w:val=\"right\"/>" : "") + "</w:pPr>"
        let lang = language.flatMap { $0 == "und" ? nil : "<w:lang w:val=\"\(XMLEscaping.escape($0))\"/>" } ?? ""
        for run in runs where !run.text.isEmpty {
            // Properties in the schema's order: b, i, strike, u, lang.
            let marks = switch run.mark {
            case .plain: ""
            case .strong: "<w:b/>"
            case .emphasis: "<w:i/>"
            case .deleted: "<w:strike/>"
            case .inserted: "<w:b/><w:u w:val=\"single\"/>"
            }
            let properties = marks + lang
            out += "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
            out += "<w:t xml:space=\"preserve\">\(XMLEscaping.escape(run.text))</w:t></w:r>"
        }
        return out + "</w:p>\n"
    }

    static func table(_ t: DigestDocument.Table) -> String {
        let columns = t.header.count
        let widths = [textWidth - figureColumn * (columns - 1)] + Array(repeating: figureColumn, count: columns - 1)
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\""
        var out = "<w:tbl><w:tblPr><w:tblW w:w=\"\(textWidth)\" w:type=\"dxa\"/><w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] { out += "<w:\(side) \(border)/>" }
        out += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>"
        for width in widths { out += "<w:gridCol w:w=\"\(width)\"/>" }
        out += "</w:tblGrid>\n"
        func row(_ cells: [String], header: Bool = false, strong: Bool = false) {
            // The header row is repeated at the top of each page; a row is never split.
            out += "<w:tr><w:trPr><w:cantSplit/>" + (header ? "<w:tblHeader/>" : "") + "</w:trPr>"
            for (i, cell) in cells.enumerated() {
                out += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[i])\" w:type=\"dxa\"/></w:tcPr>"
                out += paragraph(style: header ? "DigestTableHeading" : "DigestTableContents",
                                 [.init(cell, strong ? .strong : .plain)], language: nil, alignRight: i > 0)
                out += "</w:tc>"
            }
            out += "</w:tr>\n"
        }
        row(t.header, header: true)
        for cells in t.rows { row(cells) }
        if let total = t.total { row(total, strong: true) }
        return out + "</w:tbl>\n" + paragraph(style: DigestDocument.Style.body.rawValue, [], language: nil)
    }

    static let footer = declaration + """
        <w:ftr xmlns:w="\(w)"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>\
        <w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>\
        <w:r><w:t xml:space="preserve"> / </w:t></w:r>\
        <w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>

        """

    /// Title and language only: no author, no creation or modification date.
    static func core(_ d: DigestDocument) -> String {
        declaration + """
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/">\
        <dc:title>\(XMLEscaping.escape(d.title))</dc:title><dc:language>\(XMLEscaping.escape(d.language))</dc:language>\
        </cp:coreProperties>

        """
    }

    static let contentTypes = declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>

        """

    static let packageRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rIdDocument" Type="\(r)/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rIdCore" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>

        """

    static let documentRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rIdStyles" Type="\(r)/styles" Target="styles.xml"/>\
        <Relationship Id="rIdFooter" Type="\(r)/footer" Target="footer1.xml"/>\
        </Relationships>

        """

    /// Serif text, sans-serif headings, as the printed HTML page; the redline needs no colour.
    static func styles(language: String) -> String {
        func paragraphStyle(_ id: String, name: String, basedOn: String = "Normal", paragraph: String = "", run: String = "") -> String {
            "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"\(basedOn)\"/>"
                + "<w:qFormat/>" + (paragraph.isEmpty ? "" : "<w:pPr>\(paragraph)</w:pPr>") + (run.isEmpty ? "" : "<w:rPr>\(run)</w:rPr>")
                + "</w:style>\n"
        }
        let sans = "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\" w:eastAsia=\"Arial\"/>"
        let grey = "<w:color w:val=\"555555\"/>"
        let quoteBorder = "<w:pBdr><w:left w:val=\"single\" w:sz=\"12\" w:space=\"8\" w:color=\"999999\"/></w:pBdr>"
        typealias S = DigestDocument.Style
        var out = declaration + "<w:styles xmlns:w=\"\(w)\">\n"
        out += "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
        out += "w:cs=\"Times New Roman\" w:eastAsia=\"Times New Roman\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
        out += "<w:lang w:val=\"\(XMLEscaping.escape(language))\"/></w:rPr></w:rPrDefault>"
        out += "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\n"
        out += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\n"
        for (level, size) in [(1, 36), (2, 28), (3, 24)] {
            out += "<w:style w:type=\"paragraph\" w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/>"
            out += "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"\(S.body.rawValue)\"/><w:qFormat/>"
            out += "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"\(level == 1 ? 120 : 280)\" w:after=\"120\"/>"
            out += "<w:outlineLvl w:val=\"\(level - 1)\"/></w:pPr><w:rPr>\(sans)<w:b/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr></w:style>\n"
        }
        out += paragraphStyle(S.kind.rawValue, name: "Digest kind", paragraph: "<w:spacing w:after=\"0\"/>",
                              run: sans + "<w:caps/>" + grey + "<w:sz w:val=\"18\"/>")
        out += paragraphStyle(S.body.rawValue, name: "Digest body")
        out += paragraphStyle(S.excerpt.rawValue, name: "Digest excerpt", run: grey)
        out += paragraphStyle(S.note.rawValue, name: "Digest note", run: "<w:sz w:val=\"20\"/>")
        out += paragraphStyle(S.quote.rawValue, name: "Digest quote",
                              paragraph: "<w:keepLines/>\(quoteBorder)<w:spacing w:after=\"0\"/><w:ind w:left=\"567\"/>")
        out += paragraphStyle(S.about.rawValue, name: "Digest about", paragraph: "<w:spacing w:before=\"60\" w:after=\"200\"/><w:ind w:left=\"567\"/>",
                              run: grey + "<w:sz w:val=\"18\"/>")
        out += paragraphStyle(S.legend.rawValue, name: "Digest legend", paragraph: "<w:keepNext/><w:spacing w:after=\"60\"/><w:ind w:left=\"567\"/>",
                              run: "<w:sz w:val=\"20\"/>")
        out += paragraphStyle(S.redline.rawValue, name: "Digest redline", paragraph: "<w:ind w:left=\"567\"/>")
        out += paragraphStyle("DigestTableHeading", name: "Digest table heading", paragraph: "<w:spacing w:before=\"40\" w:after=\"40\"/>",
                              run: sans + "<w:b/><w:sz w:val=\"16\"/>")
        out += paragraphStyle("DigestTableContents", name: "Digest table contents", paragraph: "<w:spacing w:before=\"40\" w:after=\"40\"/>",
                              run: "<w:sz w:val=\"20\"/>")
        out += paragraphStyle("Footer", name: "footer", run: "<w:sz w:val=\"18\"/>")
        return out + "</w:styles>\n"
    }
}
