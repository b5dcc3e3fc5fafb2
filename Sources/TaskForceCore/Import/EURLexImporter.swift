import Foundation

/// Reads an EUR-Lex HTML page: the Official Journal layout (`oj-ti-art` article labels,
/// `oj-sti-art` headings, `oj-ti-section-1`/`-2` chapter and section headings,
/// `oj-final` for "Done at…" and signatures), its older form without the `oj-` prefix,
/// consolidated versions (`title-article-norm`, `stitle-article-norm`, `title-division-1`),
/// and Commission proposals (`Titrearticle`: label and heading in one paragraph, split
/// by a line break). The page is read as a list of paragraphs with their class.
public enum EURLexImporter {
    static let articleClasses: Set<String> = ["oj-ti-art", "ti-art", "titrearticle", "title-article-norm"]
    static let articleHeadingClasses: Set<String> = ["oj-sti-art", "sti-art", "stitle-article-norm"]
    static let structureClasses: Set<String> = ["oj-ti-section-1", "ti-section-1", "title-division-1"]
    static let structureTitleClasses: Set<String> = ["oj-ti-section-2", "ti-section-2", "title-division-2"]
    static let documentTitleClasses: Set<String> = ["oj-doc-ti", "doc-ti", "titreobjet", "typedudocument"]
    static let closingClasses: Set<String> = ["oj-final", "final", "fait", "signature", "oj-signatory"]

    static func recognises(_ page: String) -> Bool {
        page.contains("oj-ti-art") || page.contains("\"ti-art\"") || page.contains("Titrearticle")
            || page.contains("title-article-norm")
    }

    struct Paragraph {
        var classes: Set<String>
        var lines: [String]
        var inClosing: Bool
    }

    public static func importText(_ data: Data, file: String) throws(InputError) -> ImportedText {
        let tokens = HTMLTokens.tokenize(WebPageDecoding.decode(data))
        let paragraphs = self.paragraphs(tokens)
        guard paragraphs.contains(where: { !$0.classes.isDisjoint(with: articleClasses) }) else {
            throw InputError(.badData, file: file, "this EUR-Lex page contains no article")
        }
        let language = paragraphs.first { $0.classes.contains("oj-hd-lg") || $0.classes.contains("hd-lg") }
            .flatMap { LanguageTag.normalised($0.lines.joined()) }
        var text = ImportedText(title: "", language: LanguageTag.fromFileName(file) ?? language ?? "en")
        text.metadata = [("source", file.split(separator: "/").last.map(String.init) ?? file)]
        var body: [String]? = nil
        var label = ""
        var heading: String?
        var titleDone = false
        func finishArticle() {
            guard let lines = body else { return }
            text.units.append(.article(label: label, number: ArticleLabelNumber.normalised(label),
                                       heading: heading, body: lines))
            body = nil
        }
        for paragraph in paragraphs {
            let classes = paragraph.classes
            if paragraph.inClosing || !classes.isDisjoint(with: closingClasses) {
                finishArticle()
                text.closing += paragraph.lines
            } else if !classes.isDisjoint(with: articleClasses) {
                finishArticle()
                label = paragraph.lines.first ?? ""
                heading = paragraph.lines.dropFirst().joined(separator: " ")
                if heading?.isEmpty == true { heading = nil }
                body = []
            } else if !classes.isDisjoint(with: articleHeadingClasses), body?.isEmpty == true, heading == nil {
                heading = paragraph.lines.joined(separator: " ")
            } else if !classes.isDisjoint(with: structureClasses) {
                finishArticle()
                text.units.append(.heading(level: 1, text: paragraph.lines.joined(separator: " ")))
            } else if !classes.isDisjoint(with: structureTitleClasses), body == nil,
                      case let .heading(level, number)? = text.units.last {
                text.units[text.units.count - 1] = .heading(level: level, text: number + " - " + paragraph.lines.joined(separator: " "))
            } else if body != nil {
                body! += paragraph.lines
            } else if text.units.isEmpty {
                // The first run of document-title paragraphs is the title; all stay in the preamble.
                if !classes.isDisjoint(with: documentTitleClasses), !titleDone {
                    text.title = ImportedText.oneLine(text.title + " " + paragraph.lines.joined(separator: " "))
                } else if !text.title.isEmpty {
                    titleDone = true
                }
                text.preamble += paragraph.lines
            } else {
                text.units.append(.rawLines(paragraph.lines.map { ImportedText.escapedForSplitter($0) }))
            }
        }
        finishArticle()
        if text.title.isEmpty { text.title = file.split(separator: "/").last.map(String.init) ?? file }
        text.expectedNumbers = text.units.compactMap(\.articleNumber)
        return text
    }

    /// The page body as paragraphs: each block element (`p`, a table cell, a heading)
    /// with the classes of the element that opened it; `<br>` splits lines within one.
    static func paragraphs(_ tokens: [HTMLToken]) -> [Paragraph] {
        var result: [Paragraph] = []
        var current = Paragraph(classes: [], lines: [], inClosing: false)
        var line = ""
        var inBody = false
        var skipping: String?
        var inClosing = false
        func finishLine() {
            let text = ImportedText.oneLine(HTMLEntities.decode(Substring(line)).replacingOccurrences(of: "\u{00A0}", with: " "))
            if !text.isEmpty { current.lines.append(text) }
            line = ""
        }
        func finishParagraph(_ classes: Set<String>) {
            finishLine()
            if !current.lines.isEmpty { result.append(current) }
            current = Paragraph(classes: classes, lines: [], inClosing: inClosing)
        }
        for token in tokens {
            switch token {
            case let .tag(name, isEnd, attributes):
                if let skipped = skipping {
                    if isEnd, name == skipped { skipping = nil }
                    continue
                }
                if name == "body" { inBody = !isEnd; continue }
                guard inBody else { continue }
                if !isEnd, ["script", "style"].contains(name) { skipping = name; continue }
                let classes = Set((attributes["class"] ?? "").lowercased().split(separator: " ").map(String.init))
                if !isEnd, name == "div", !classes.isDisjoint(with: ["oj-final", "final"]) { inClosing = true }
                if name == "br" {
                    finishLine()
                } else if HTMLText.lineBreakingTags.contains(name) || name == "td" || name == "th" {
                    finishParagraph(isEnd ? [] : classes)
                } else if !isEnd, name == "span", current.lines.isEmpty, line.isEmpty,
                          !classes.isDisjoint(with: articleClasses) {
                    current.classes.formUnion(classes)
                }
            case let .text(raw):
                if inBody, skipping == nil { line += raw }
            }
        }
        finishParagraph([])
        return result
    }
}
