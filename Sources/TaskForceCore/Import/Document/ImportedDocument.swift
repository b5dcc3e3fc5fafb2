/// What `taskforce import` got from one file: one text per language of the chosen part
/// (the same article numbers in each), and the report printed for staff to check before
/// a session: the languages, every part found, and what was left out.
public struct ImportedDocument: Sendable {
    public var texts: [ImportedText]
    /// One line each: `part 2 (bill): Koninklijk besluit … — 18 articles, not imported (use --part 2)`.
    public var report: [String]

    public init(texts: [ImportedText], report: [String]) {
        self.texts = texts
        self.report = report
    }

    /// Cuts each language into parts and keeps the one `part` names (by default the bill).
    /// Every language must give that part with the same article numbers.
    static func assemble(_ read: LanguageParagraphs, part choice: String?, source: String, file: String)
        throws(InputError) -> ImportedDocument {
        var report = read.report
        var split: [(language: String, parts: DocumentParts)] = []
        for language in read.languages {
            // poppler writes accents decomposed (`e` + U+0301): texts are stored composed.
            let parts = DocumentParts(paragraphs: (read.paragraphs[language] ?? []).map(NFC.normalise))
            if parts.parts.isEmpty {
                report.append("left out: \(read.paragraphs[language]?.count ?? 0) paragraphs in \(language) with no article")
            } else {
                split.append((language, parts))
            }
        }
        guard let first = split.first else {
            throw InputError(.badData, file: file, "no article label (Art. 1, Article 1er, Artikel 1) was found: nothing to import")
        }
        guard let chosen = first.parts.choose(choice) else {
            let names = first.parts.parts.indices.map { "\($0 + 1)" }.joined(separator: ", ")
            throw InputError(.badData, file: file,
                "there is no part '\(choice ?? "bill")' in this document (its parts: \(names); or bill, memorandum, draft)")
        }
        for other in split.dropFirst() {
            let theirs = other.parts.parts.indices.contains(chosen) ? other.parts.parts[chosen].numbers : []
            let ours = first.parts.parts[chosen].numbers
            if theirs != ours {
                throw InputError(.badData, file: file,
                    "the \(first.language) and \(other.language) versions do not have the same articles "
                    + "(\(first.language): \(Self.list(ours)); \(other.language): \(Self.list(theirs))); nothing was written")
            }
        }
        report.insert("languages: \(split.map(\.language).joined(separator: ", "))", at: 0)
        for (index, part) in first.parts.parts.enumerated() {
            let what = "part \(index + 1) (\(part.kind.word)): \(Self.short(part.title)) — \(part.numbers.count) articles"
            report.append(index == chosen ? what + ", imported"
                          : what + ", not imported (import it with --part \(index + 1) and another --id)")
        }
        if let trailing = first.parts.trailing.first {
            report.append("left out after the last part: \(first.parts.trailing.count) paragraphs, from \"\(Self.short(trailing))\"")
        }
        let texts = split.map { language, parts -> ImportedText in
            let part = parts.parts[chosen]
            var text = ImportedText(title: part.title.isEmpty ? source : part.title, language: language,
                                    metadata: [("source", source)], preamble: part.preamble,
                                    units: [.rawLines(part.body)], expectedNumbers: part.numbers)
            text.leftOut = report
            return text
        }
        return ImportedDocument(texts: texts, report: report)
    }

    static func list(_ numbers: [String]) -> String {
        numbers.isEmpty ? "none" : numbers.prefix(20).joined(separator: ", ") + (numbers.count > 20 ? ", …" : "")
    }

    static func short(_ text: String) -> String {
        text.count > 90 ? String(text.prefix(89)) + "…" : text
    }
}
