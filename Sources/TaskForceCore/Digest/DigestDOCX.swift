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

    static func paragraph(style: String, _ runs: [DigestDocument.Run], language: String?) -> String {
        var out = "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>"
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
                let style = (header ? DigestParagraphLook.tableHeading : DigestParagraphLook.tableContents)
                    + (i > 0 ? DigestParagraphLook.figure : "")
                out += paragraph(style: style, [.init(cell, strong ? .strong : .plain)], language: nil)
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

    /// The paragraph styles of `DigestParagraphLook`, in WordprocessingML (properties in the
    /// schema's order). Headings are named "heading 1"–"3", which Word and LibreOffice take
    /// for their own.
    static func styles(language: String) -> String {
        typealias L = DigestParagraphLook
        func fonts(_ font: String) -> String {
            "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:cs=\"\(font)\" w:eastAsia=\"\(font)\"/>"
        }
        func size(_ points: Double) -> String { "<w:sz w:val=\"\(Int(points * 2))\"/><w:szCs w:val=\"\(Int(points * 2))\"/>" }
        func twips(_ points: Double) -> Int { Int(points * 20) }
        var out = declaration + "<w:styles xmlns:w=\"\(w)\">\n"
        out += "<w:docDefaults><w:rPrDefault><w:rPr>\(fonts(L.serif))\(size(L.bodyPoints))"
        out += "<w:lang w:val=\"\(XMLEscaping.escape(language))\"/></w:rPr></w:rPrDefault>"
        out += "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\n"
        out += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\n"
        for look in L.all {
            let name = look.outlineLevel == nil ? look.display : look.display.lowercased()
            out += "<w:style w:type=\"paragraph\" w:styleId=\"\(look.name)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/>"
            if look.outlineLevel != nil { out += "<w:next w:val=\"\(DigestDocument.Style.body.rawValue)\"/>" }
            out += "<w:qFormat/><w:pPr>"
            if look.keepWithNext { out += "<w:keepNext/>" }
            if look.keepTogether { out += "<w:keepLines/>" }
            if look.rule { out += "<w:pBdr><w:left w:val=\"single\" w:sz=\"12\" w:space=\"8\" w:color=\"999999\"/></w:pBdr>" }
            out += "<w:spacing w:before=\"\(twips(look.before))\" w:after=\"\(twips(look.after))\"/>"
            if look.indent { out += "<w:ind w:left=\"567\"/>" }
            if look.alignEnd { out += "<w:jc w:val=\"right\"/>" }
            if let level = look.outlineLevel { out += "<w:outlineLvl w:val=\"\(level - 1)\"/>" }
            out += "</w:pPr><w:rPr>"
            if look.sans { out += fonts(L.sansSerif) }
            if look.bold { out += "<w:b/>" }
            if look.uppercase { out += "<w:caps/>" }
            if look.grey { out += "<w:color w:val=\"\(L.grey)\"/>" }
            if let points = look.points { out += size(points) }
            out += "</w:rPr></w:style>\n"
        }
        out += "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
        out += "<w:rPr>\(size(9))</w:rPr></w:style>\n"
        return out + "</w:styles>\n"
    }
}
