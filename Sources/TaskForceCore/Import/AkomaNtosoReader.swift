/// Second pass of `AkomaNtosoImporter`: turns the element stream into preamble lines,
/// structure headings, articles and closing lines, one paragraph or point per line.
///
/// Documents: `act`, `bill`, `doc`, … and `documentCollection`. A document opened
/// inside another one (an annex in `attachments`) is flattened into that document's
/// closing matter. Documents side by side (a collection's components) are read one by
/// one and only those with articles are kept: a Commission proposal's explanatory
/// memorandum and financial statement are long prose that would bury the preamble
/// and whose lines could be mistaken for articles; their titles are listed in the
/// `omitted` front matter field so the reader knows they exist.
final class AkomaNtosoReader: XMLEventHandler {
    /// Elements whose content is text quoted by an amending provision.
    static let quotingElements: Set<String> = ["quotedStructure", "embeddedStructure", "mod", "quotedText"]

    static let documentElements: Set<String> = [
        "act", "bill", "doc", "documentCollection", "amendment", "amendmentList", "debate",
        "debateReport", "judgment", "officialGazette", "portion", "statement",
    ]
    static let collectionElements: Set<String> = ["documentCollection", "amendmentList", "officialGazette"]
    static let bodyElements: Set<String> = [
        "body", "mainBody", "judgmentBody", "debateBody", "amendmentBody", "collectionBody", "portionBody",
    ]
    static let hierarchyElements: Set<String> = [
        "book", "tome", "part", "subpart", "title", "subtitle", "chapter", "subchapter", "division",
        "subdivision",
    ]
    /// Units that may be quoted whole by an amending provision inside a `mod`.
    static let quotableUnits: Set<String> = hierarchyElements.union([
        "article", "section", "subsection", "paragraph", "point", "clause", "rule", "level",
    ])
    /// Content we never show: page furniture, tables of contents.
    static let skippedElements: Set<String> = ["coverPage", "toc", "componentInfo", "img", "noteRef", "marker"]
    /// Elements that continue the current line; everything else starts a new one.
    static let inlineElements: Set<String> = [
        "ref", "mref", "rref", "term", "def", "date", "time", "docDate", "docNumber", "docTitle",
        "docType", "docStage", "docPurpose", "docAuthority", "docProponent", "docStatus",
        "docCommittee", "docIntroducer", "docJurisdiction", "docketNumber", "shortTitle", "b", "i",
        "u", "sup", "sub", "span", "a", "abbr", "inline", "placeholder", "fillIn", "location",
        "organization", "person", "role", "entity", "quantity", "concept", "object", "event",
        "process", "omissis", "extractText", "vote", "outcome", "argument", "legislature", "session",
        "courtType", "party", "judge", "lawyer", "mod", "mmod", "quotedText", "del", "ins", "remark",
        "recordedTime", "affectedDocument", "relatedDocument", "change", "opinion", "narrative",
        "summary", "embeddedText", "eol", "eop", "authorialNote", "num",
    ]

    private let sectionsAreArticles: Bool

    init(sectionsAreArticles: Bool) {
        self.sectionsAreArticles = sectionsAreArticles
    }

    // MARK: state

    private enum Zone { case none, preface, preamble, body, closing }

    private final class Document {
        let isCollection: Bool
        let isAnnex: Bool
        let kind: String
        var preamble: [String] = []
        var units: [ImportedUnit] = []
        var closing: [String] = []
        var shortTitle: String?
        var docTitle: String?
        var longTitle: String?
        var frbrName: String?
        var language: String?
        var expressionDate: String?
        var workDate: String?
        var expressionURI: String?
        var workURI: String?

        init(kind: String, isCollection: Bool, isAnnex: Bool) {
            self.kind = kind
            self.isCollection = isCollection
            self.isAnnex = isAnnex
        }

        var hasArticles: Bool { units.contains { $0.articleNumber != nil } }

        var title: String? {
            [shortTitle, docTitle, longTitle].compactMap { $0 }.first { !$0.isEmpty }
        }
    }

    private struct ArticleBuilder {
        var element: String
        var id: String?
        var num = ""
        var heading: String?
        var body: [String] = []
    }

    private struct StructureBuilder {
        var level: Int
        var num = ""
        var heading = ""
        var emitted = false
    }

    /// What an open `num` or `heading` collects its text for.
    private enum Capture {
        case articleNum, articleHeading, structureNum, structureHeading, crossHeading
        /// A sub-unit's number, put before its first line: `(a)`, `1.`.
        case prefix
    }

    private struct Frame {
        enum Kind { case document, zone, structure, article, capture, quote, quotedText, mod, note, cell, title, block, inline }
        var name: String
        var kind: Kind
        var zone: Zone
        var emittedAtOpen = 0
        var endQuote = "”"
        /// A unit inside `mod` without `quotedStructure` (older drafts): quoted too.
        var quotedUnit = false
        var startedLine = false
    }

    private struct Prefix {
        var text: String
        var quoted: Bool
        /// Stack depth of the element whose number it is.
        var owner: Int
        /// The owner is an article or structure level: its number is a line of its own.
        var ownerIsUnit: Bool
    }

    private var stack: [Frame] = []
    private var skipDepth = 0
    private var metaDepth = 0
    private var frbrLevel = ""

    private var documents: [Document] = []
    /// Documents not nested in another document, in reading order.
    private var independent: [Document] = []

    private var article: ArticleBuilder?
    private var structures: [StructureBuilder] = []

    private var capture: (kind: Capture, text: String)?
    private var titleCaptures: [(name: String, text: String)] = []

    private var quoteMarks: [String] = []
    private var quotedUnitDepth = 0
    private var modDepth = 0
    private var noteDepth = 0
    /// The text of the open footnote, written in brackets where it closes.
    private var note = ""
    private var cellDepth = 0
    private var leftOut: [String] = []

    private var line = ""
    private var lineHasText = false
    private var lineQuoted = false
    private var prefix: Prefix?

    /// Lines written so far, and where the last one went (to close a quotation on it).
    private var emitted = 0
    private var lastLine: (document: Document, place: LinePlace)?
    private enum LinePlace { case article(Int), preamble(Int), closing(Int), raw(unit: Int, line: Int) }

    // MARK: events

    func start(_ name: String, attributes: [String: String], line lineNumber: Int) -> Bool {
        if skipDepth > 0 {
            skipDepth += 1
            return true
        }
        if metaDepth > 0 || name == "meta" {
            metaDepth += 1
            readMetadata(name, attributes)
            return true
        }
        if Self.skippedElements.contains(name) {
            skipDepth = 1
            return true
        }
        if let part = Self.leftOutPart(name, attributes) {
            if !leftOut.contains(part) { leftOut.append(part) }
            skipDepth = 1
            return true
        }
        emitStructureHeadingIfContentStarts(name)

        let zone = stack.last?.zone ?? .none
        var frame = Frame(name: name, kind: .block, zone: zone)

        if Self.documentElements.contains(name) {
            flushLine()
            let isAnnex = documents.contains { !$0.isCollection }
            let document = Document(kind: attributes["name"] ?? name,
                                    isCollection: Self.collectionElements.contains(name), isAnnex: isAnnex)
            documents.append(document)
            if !isAnnex { independent.append(document) }
            frame.kind = .document
            frame.zone = .none
        } else if let newZone = zoneStarted(by: name) {
            flushLine()
            frame.kind = .zone
            frame.zone = newZone
        } else if name == "num" || name == "heading", let kind = captureKind(for: name) {
            if kind == .prefix, lineHasText {
                frame.kind = .inline  // a number in running text
            } else {
                if kind == .prefix { flushLine() }
                frame.kind = .capture
                capture = (kind, "")
            }
        } else if name == "crossHeading", articlesAllowed(in: zone) {
            flushLine()
            frame.kind = .capture
            capture = (.crossHeading, "")
        } else if isArticle(name, attributes), articlesAllowed(in: zone) {
            flushLine()
            prefix = nil
            article = ArticleBuilder(element: name, id: attributes["eId"] ?? attributes["id"])
            frame.kind = .article
        } else if isStructure(name, attributes), articlesAllowed(in: zone), article == nil {
            flushLine()
            structures.append(StructureBuilder(level: min(structures.count + 1, 6)))
            frame.kind = .structure
        } else if name == "quotedStructure" || name == "embeddedStructure" {
            flushLine()
            frame.kind = .quote
            frame.emittedAtOpen = emitted
            frame.endQuote = attributes["endQuote"] ?? "”"
            quoteMarks.append(attributes["startQuote"] ?? "“")
        } else if name == "quotedText" {
            frame.kind = .quotedText
            frame.startedLine = !lineHasText
            frame.endQuote = attributes["endQuote"] ?? "”"
            quoteMarks.append(attributes["startQuote"] ?? "“")
        } else if name == "mod" {
            frame.kind = .mod
            modDepth += 1
        } else if name == "authorialNote" {
            // Footnotes are kept, inline and in brackets, where the marker stood:
            // `tobacco products [OJ L 194, 18.7.2001, p. 26.]`. Dropping them would lose
            // the references the text relies on.
            frame.kind = .note
            if noteDepth == 0 { note = "" }
            noteDepth += 1
        } else if name == "td" || name == "th" {
            if cellDepth == 0, lineHasText { appendText(" | ") }
            frame.kind = .cell
            cellDepth += 1
        } else if ["shortTitle", "docTitle", "longTitle"].contains(name), zone == .preface {
            frame.kind = .title
            titleCaptures.append((name, ""))
            if name == "longTitle" { flushLine() }
        } else if name == "eol" || name == "eop" {
            frame.kind = .inline
            appendText(" ")
        } else if Self.inlineElements.contains(name) {
            frame.kind = .inline
        } else {
            flushLine()
            // `Article 37` then its heading: the label is a line of its own.
            if name == "heading", let p = prefix, p.ownerIsUnit { emitPrefixAlone() }
        }

        if modDepth > 0, quoteMarks.isEmpty, quotedUnitDepth == 0, Self.quotableUnits.contains(name) {
            frame.quotedUnit = true
            frame.emittedAtOpen = emitted
            quotedUnitDepth += 1
        }
        stack.append(frame)
        return true
    }

    func end(_ name: String) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        if metaDepth > 0 {
            metaDepth -= 1
            return
        }
        guard let frame = stack.popLast() else { return }
        switch frame.kind {
        case .document:
            flushLine()
            documents.removeLast()
        case .zone:
            flushLine()
        case .capture:
            finishCapture()
        case .article:
            flushLine()
            emitLeftoverPrefix(ownedBy: stack.count)
            finishArticle()
        case .structure:
            flushLine()
            emitStructureHeadingIfNeeded()
            structures.removeLast()
        case .quote:
            flushLine()
            emitLeftoverPrefix(ownedBy: stack.count)
            closeQuotation(frame)
            quoteMarks.removeLast()
        case .quotedText:
            if frame.startedLine, !endsWithQuote(line) { appendText(frame.endQuote) }
            quoteMarks.removeLast()
        case .mod:
            modDepth -= 1
        case .note:
            noteDepth -= 1
            let text = ImportedText.oneLine(note)
            if noteDepth == 0, !text.isEmpty { appendText(" [\(text)]") }
        case .cell:
            cellDepth -= 1
        case .title:
            let captured = titleCaptures.removeLast()
            storeTitle(captured.name, ImportedText.oneLine(captured.text))
            if name == "longTitle" { flushLine() }
        case .inline:
            break
        case .block:
            flushLine()
            emitLeftoverPrefix(ownedBy: stack.count)
        }
        if frame.quotedUnit {
            flushLine()
            emitLeftoverPrefix(ownedBy: stack.count)
            quotedUnitDepth -= 1
            closeQuotation(frame)
        }
    }

    func text(_ text: String) {
        guard skipDepth == 0, metaDepth == 0 else { return }
        if noteDepth == 0 {
            for i in titleCaptures.indices { titleCaptures[i].text += text }
        }
        appendText(text)
    }

    // MARK: classification

    private func zoneStarted(by name: String) -> Zone? {
        switch name {
        case "preface": return .preface
        case "preamble": return .preamble
        case "conclusions": return .closing
        case "attachments", "attachment", "components", "component":
            // An act's annexes; a collection's components are documents of their own.
            guard let document = documents.last, !document.isCollection else { return nil }
            return .closing
        default:
            return Self.bodyElements.contains(name) ? .body : nil
        }
    }

    /// Units whose number is a label (`Article 5`, `CHAPTER I`, a UK section's `5`),
    /// as opposed to sub-units numbered `(a)`, `1.`, and bare `2` in UK acts.
    private func isLabelled(_ name: String) -> Bool {
        name == "article" || name == "section" || Self.hierarchyElements.contains(name)
            || (name == "subsection" && !sectionsAreArticles)
    }

    private func isArticle(_ name: String, _ attributes: [String: String] = [:]) -> Bool {
        name == "article" || (sectionsAreArticles && name == "section")
            || (name == "hcontainer" && Self.articleContainers.contains(attributes["name"]?.lowercased() ?? ""))
    }

    /// UK and Scottish instruments number regulations and rules in generic containers.
    static let articleContainers: Set<String> = ["regulation", "rule", "article"]

    /// Parts after the last unit that are no part of the instrument (UK: signature
    /// block, schedules, explanatory notes): left out, and named in `leftOut`.
    static func leftOutPart(_ name: String, _ attributes: [String: String]) -> String? {
        let kind = (name == "hcontainer" ? attributes["name"] : name == "blockContainer" ? attributes["class"] : nil)?
            .lowercased() ?? ""
        if kind.hasPrefix("signature") { return "the signature block" }
        if kind.hasPrefix("schedule") { return "the schedules" }
        if kind.contains("explanatorynote") || kind.contains("earlierorders") || kind == "note" {
            return "the explanatory notes"
        }
        return nil
    }

    private func isStructure(_ name: String, _ attributes: [String: String]) -> Bool {
        if Self.hierarchyElements.contains(name) { return true }
        if !sectionsAreArticles, name == "section" || name == "subsection" { return true }
        return name == "hcontainer" && attributes["name"]?.lowercased() == "crossheading"
    }

    /// Articles and structure headings belong to the text itself: not to quoted
    /// amending text, not to an annex, not to the preface or closing matter.
    private func articlesAllowed(in zone: Zone) -> Bool {
        guard article == nil, quoteMarks.isEmpty, modDepth == 0, quotedUnitDepth == 0 else { return false }
        guard let document = documents.last, !document.isAnnex else { return false }
        return zone == .body || zone == .none
    }

    private func captureKind(for name: String) -> Capture? {
        guard noteDepth == 0, capture == nil else { return nil }
        switch stack.last?.kind {
        case .article?: return name == "num" ? .articleNum : .articleHeading
        case .structure? where !(structures.last?.emitted ?? true):
            return name == "num" ? .structureNum : .structureHeading
        default: return name == "num" ? .prefix : nil
        }
    }

    // MARK: text and lines

    private func appendText(_ text: String) {
        if noteDepth > 0 {
            note += text
            return
        }
        if capture != nil {
            capture!.text += text
            return
        }
        if !lineHasText, text.contains(where: { !$0.isWhitespace }) {
            lineHasText = true
            lineQuoted = isQuotedHere
        }
        line += text
    }

    private var isQuotedHere: Bool { !quoteMarks.isEmpty || quotedUnitDepth > 0 }

    /// Ends the current line, if it has text, and sends it where it belongs.
    private func flushLine() {
        guard noteDepth == 0, cellDepth == 0 else { return }
        var text = ImportedText.oneLine(line)
        var quoted = lineQuoted
        line = ""
        lineHasText = false
        lineQuoted = false
        guard !text.isEmpty else { return }
        if let p = prefix {
            text = p.text + " " + text
            quoted = quoted || p.quoted
            prefix = nil
        }
        emit(text, quoted: quoted)
    }

    private func emitPrefixAlone() {
        guard let p = prefix else { return }
        prefix = nil
        emit(p.text, quoted: p.quoted)
    }

    /// A number whose element had no text of its own (`<paragraph><num>3</num></paragraph>`).
    private func emitLeftoverPrefix(ownedBy depth: Int) {
        if let p = prefix, p.owner >= depth { emitPrefixAlone() }
    }

    private func emit(_ text: String, quoted: Bool) {
        var text = text
        if quoted, !startsWithQuote(text) { text = (quoteMarks.last ?? "“") + text }
        guard let document = documents.last else { return }
        emitted += 1
        if var current = article {
            current.body.append(text)
            article = current
            lastLine = (document, .article(current.body.count - 1))
            return
        }
        let target = document.isAnnex ? (documents.last { !$0.isAnnex } ?? document) : document
        var zone = stack.last?.zone ?? .none
        if document.isAnnex { zone = .closing }
        switch zone {
        case .preface, .preamble:
            target.preamble.append(text)
            lastLine = (target, .preamble(target.preamble.count - 1))
        case .closing:
            target.closing.append(text)
            lastLine = (target, .closing(target.closing.count - 1))
        case .body, .none:
            if target.units.isEmpty {
                target.preamble.append(text)
                lastLine = (target, .preamble(target.preamble.count - 1))
            } else {
                // Prose between articles or after a heading stays where it is, as raw
                // lines, already escaped since raw lines are written unchanged.
                let escaped = ImportedText.escapedForSplitter(text)
                if case var .rawLines(lines)? = target.units.last {
                    lines.append(escaped)
                    target.units[target.units.count - 1] = .rawLines(lines)
                } else {
                    target.units.append(.rawLines([escaped]))
                }
                if case let .rawLines(lines)? = target.units.last {
                    lastLine = (target, .raw(unit: target.units.count - 1, line: lines.count - 1))
                }
            }
        }
    }

    /// Puts the closing quotation mark on the last line a quotation produced.
    private func closeQuotation(_ frame: Frame) {
        guard emitted > frame.emittedAtOpen, let (document, place) = lastLine else { return }
        func closed(_ text: String) -> String { endsWithQuote(text) ? text : text + frame.endQuote }
        switch place {
        case let .article(i):
            guard article != nil else { return }
            article!.body[i] = closed(article!.body[i])
        case let .preamble(i):
            document.preamble[i] = closed(document.preamble[i])
        case let .closing(i):
            document.closing[i] = closed(document.closing[i])
        case let .raw(unit, i):
            if case var .rawLines(lines) = document.units[unit] {
                lines[i] = closed(lines[i])
                document.units[unit] = .rawLines(lines)
            }
        }
    }

    private func startsWithQuote(_ text: String) -> Bool {
        guard let c = text.first else { return false }
        return "\"“”„«»‘’‚'".contains(c)
    }

    private func endsWithQuote(_ text: String) -> Bool {
        guard let c = text.last(where: { !$0.isWhitespace }) else { return false }
        return "\"”»’'".contains(c)
    }

    // MARK: units

    private func finishCapture() {
        guard let (kind, raw) = capture else { return }
        capture = nil
        let text = ImportedText.oneLine(raw)
        switch kind {
        case .articleNum:
            // EUR-Lex writes `<num>Article 1</num><num>Subject matter</num>`: the second is the heading.
            if article?.num.isEmpty == false, article?.heading == nil {
                article?.heading = text.isEmpty ? nil : text
            } else {
                article?.num = text
            }
        case .articleHeading: article?.heading = text.isEmpty ? nil : text
        case .structureNum: structures[structures.count - 1].num = text
        case .structureHeading: structures[structures.count - 1].heading = text
        case .crossHeading:
            if !text.isEmpty { documents.last?.units.append(.heading(level: min(structures.count + 1, 6), text: text)) }
        case .prefix:
            guard !text.isEmpty else { return }
            // The owner of the number is the element that contains this `num`.
            let ownerIsUnit = isLabelled(stack.last?.name ?? "")
            var written = text
            // UK numbers come bare (`1`, `a`, `2A`, `ii`): written as the printed act does.
            if !ownerIsUnit, written.allSatisfy({ $0.isLetter || $0.isNumber }) { written = "(\(written))" }
            if let existing = prefix { written = existing.text + " " + written }
            prefix = Prefix(text: written, quoted: isQuotedHere || (prefix?.quoted ?? false),
                            owner: stack.count - 1, ownerIsUnit: ownerIsUnit)
        }
    }

    private func emitStructureHeadingIfContentStarts(_ name: String) {
        guard stack.last?.kind == .structure, !["num", "heading", "subheading"].contains(name) else { return }
        emitStructureHeadingIfNeeded()
    }

    private func emitStructureHeadingIfNeeded() {
        guard var structure = structures.last, !structure.emitted, let document = documents.last else { return }
        structure.emitted = true
        structures[structures.count - 1] = structure
        let text = [structure.num, structure.heading].filter { !$0.isEmpty }.joined(separator: " - ")
        if !text.isEmpty { document.units.append(.heading(level: structure.level, text: text)) }
    }

    private func finishArticle() {
        guard let built = article, let document = documents.last else { return }
        article = nil
        var num = built.num
        if num.isEmpty, let id = built.id {
            // No `num`: the identifier ends with it (`art_12`, `sec_3`).
            num = String(id.split(whereSeparator: { $0 == "_" || $0 == "-" }).last ?? "")
        }
        if num.isEmpty { num = String(document.units.filter { $0.articleNumber != nil }.count + 1) }
        let label: String
        if ArticleLabelNumber.keyword(in: num) != nil {
            label = num
        } else if built.element == "section" {
            label = "Section " + num
        } else {
            let language = (documents.lazy.compactMap(\.language).first).flatMap(LanguageTag.normalised)
            label = (language == "nl" || language == "de" ? "Artikel " : "Article ") + num
        }
        document.units.append(.article(label: label, number: ArticleLabelNumber.normalised(num),
                                       heading: built.heading, body: built.body))
    }

    // MARK: metadata

    private func readMetadata(_ name: String, _ attributes: [String: String]) {
        guard let document = documents.last else { return }
        switch name {
        case "FRBRWork", "FRBRExpression", "FRBRManifestation":
            frbrLevel = name
        case "FRBRlanguage":
            if document.language == nil { document.language = attributes["language"] }
        case "FRBRdate":
            guard let date = attributes["date"].flatMap(Self.isoDate) else { return }
            if frbrLevel == "FRBRExpression", document.expressionDate == nil { document.expressionDate = date }
            if frbrLevel == "FRBRWork", document.workDate == nil { document.workDate = date }
        case "FRBRuri", "FRBRthis":
            // The expression (this language version) names the source best; its
            // `FRBRuri` is preferred and often empty, `FRBRthis` is then used.
            guard let value = attributes["value"], !value.isEmpty else { return }
            if frbrLevel == "FRBRExpression", name == "FRBRuri" || document.expressionURI == nil {
                document.expressionURI = value
            }
            if frbrLevel == "FRBRWork", name == "FRBRuri" || document.workURI == nil {
                document.workURI = value
            }
        case "FRBRname", "FRBRalias":
            if document.frbrName == nil, let value = attributes["value"], !value.isEmpty {
                document.frbrName = value
            }
        default:
            break
        }
    }

    private func storeTitle(_ name: String, _ text: String) {
        guard let document = documents.last, !text.isEmpty else { return }
        switch name {
        case "shortTitle": if document.shortTitle == nil { document.shortTitle = text }
        case "docTitle": if document.docTitle == nil { document.docTitle = text }
        default: if document.longTitle == nil { document.longTitle = text }
        }
    }

    /// `2013-09-17` from `2013-09-17` or `2013-09-17T10:00:00`; nil for other forms.
    static func isoDate(_ value: String) -> String? {
        let date = value.prefix(10)
        let parts = date.split(separator: "-")
        guard date.count == 10, parts.count == 3, parts[0].count == 4,
              parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
        return String(date)
    }

    // MARK: result

    /// The text, or nil when no document has an article or section of its own.
    func importedText(fileName: String) -> ImportedText? {
        let kept = independent.filter(\.hasArticles)
        guard let main = kept.first else { return nil }
        let others = kept + independent.filter { !$0.hasArticles }
        let title = others.lazy.compactMap(\.title).first
            ?? others.lazy.compactMap(\.frbrName).first
            ?? (fileName.split(separator: "/").last.map(String.init) ?? fileName)
        let language = others.lazy.compactMap { $0.language.flatMap(LanguageTag.normalised) }.first
            ?? LanguageTag.fromFileName(fileName) ?? "en"
        var metadata: [(key: String, value: String)] = []
        let source = main.expressionURI ?? main.workURI
            ?? others.lazy.compactMap { $0.expressionURI ?? $0.workURI }.first
            ?? (fileName.split(separator: "/").last.map(String.init) ?? fileName)
        metadata.append(("source", source))
        if let date = main.expressionDate ?? main.workDate
            ?? others.lazy.compactMap({ $0.expressionDate ?? $0.workDate }).first {
            metadata.append(("date", date))
        }
        let omitted = independent.filter { !$0.hasArticles && !$0.isCollection }
            .map { $0.title ?? $0.kind }
        if !omitted.isEmpty { metadata.append(("omitted", omitted.joined(separator: "; "))) }
        var text = ImportedText(
            title: title, language: language, metadata: metadata,
            preamble: kept.flatMap(\.preamble), units: kept.flatMap(\.units),
            closing: kept.flatMap(\.closing))
        text.leftOut = leftOut + omitted
        return text
    }
}
