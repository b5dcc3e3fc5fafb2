/// One run of articles numbered from the start within a document: a bill, the
/// explanatory memorandum that comments the same articles, the draft sent to the Council
/// of State, or a second instrument printed after the first (a law, then its royal decree).
struct DocumentPart: Sendable, Equatable {
    enum Kind: String, Sendable, Equatable {
        case bill, memorandum, draft

        /// How the report and `--part` name it.
        var word: String { rawValue }
    }

    var kind: Kind
    /// The instrument's title as the part gives it, one line.
    var title: String
    /// Paragraphs before the first article: title, promulgation, recitals.
    var preamble: [String]
    /// Paragraphs from the first article label to the end of the part (closing included).
    var body: [String]
    /// The article numbers its labels give, normalised as the splitter does.
    var numbers: [String]
}

/// Paragraphs of one language of a document, cut into parts.
struct DocumentParts: Sendable {
    var parts: [DocumentPart]
    /// Paragraphs after the last part that belong to none (reports, annexed documents):
    /// never imported, always named in the report.
    var trailing: [String]

    /// Cuts wherever the article numbering starts again: a number that does not go
    /// forward opens a new part. Between two parts the cut is put at the first paragraph
    /// that reads as a document heading or an instrument's title, so that the closing
    /// formulas stay with the first part and the title and recitals go with the second.
    init(paragraphs: [String]) {
        var labels: [(index: Int, number: String)] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if let number = Self.articleNumber(paragraph) { labels.append((index, number)) }
        }
        var runs: [[(index: Int, number: String)]] = []
        for label in labels {
            if let last = runs.last?.last,
               !(ArticleNumber.Key(last.number) < ArticleNumber.Key(label.number)) {
                runs.append([label])
            } else if runs.isEmpty {
                runs.append([label])
            } else {
                runs[runs.count - 1].append(label)
            }
        }
        guard !runs.isEmpty else {
            parts = []
            trailing = paragraphs
            return
        }
        // Where each part starts: 0 for the first, a cut between the runs for the others.
        var starts = [0]
        for k in 1..<runs.count {
            let from = runs[k - 1].last!.index + 1, to = runs[k].first!.index
            starts.append((from..<to).first { Self.opensNewPart(paragraphs[$0]) } ?? to)
        }
        let lastLabel = runs.last!.last!.index
        let end = ((lastLabel + 1)..<paragraphs.count).first { Self.isDocumentHeading(paragraphs[$0]) }
            ?? paragraphs.count
        trailing = Array(paragraphs[end...])
        parts = runs.indices.map { k in
            let start = starts[k]
            let stop = k + 1 < runs.count ? starts[k + 1] : end
            var firstLabel = runs[k].first!.index
            // The chapter heading right before the first article belongs to the body.
            while firstLabel > start, Self.isStructureHeading(paragraphs[firstLabel - 1]) { firstLabel -= 1 }
            let preamble = Array(paragraphs[start..<firstLabel])
            return DocumentPart(kind: Self.kind(of: preamble), title: Self.title(of: preamble),
                                preamble: preamble, body: Array(paragraphs[firstLabel..<stop]),
                                numbers: runs[k].map(\.number))
        }
    }

    /// The part `--part` names: a number from 1, or `bill`, `memorandum`, `draft`
    /// (the first part of that kind). With no choice, the first bill.
    func choose(_ choice: String?) -> Int? {
        guard let choice else { return parts.firstIndex { $0.kind == .bill } ?? (parts.isEmpty ? nil : 0) }
        if let n = Int(choice) { return parts.indices.contains(n - 1) ? n - 1 : nil }
        return parts.firstIndex { $0.kind.word == choice.lowercased() }
    }

    /// The number of the article this paragraph starts, or nil.
    static func articleNumber(_ paragraph: String) -> String? {
        let bytes = Array(paragraph.utf8)
        return LineBytes.reading(bytes) { ArticleLabel.parse($0, style: .keywords)?.number }
    }

    /// `CHAPITRE Ier. — Dispositions préliminaires`, `# HOOFDSTUK 1`.
    static func isStructureHeading(_ paragraph: String) -> Bool {
        let bytes = Array(paragraph.utf8)
        if bytes.first == UInt8(ascii: "#") { return true }
        return LineBytes.reading(bytes) { StructureHeadingLine.parse($0, sectionsAreArticles: false) != nil }
    }

    /// `PARTIE II`, `DEEL III`, `ANNEXE`, `BIJLAGE 2`: a heading of the publication, not
    /// of the law.
    static func isDocumentHeading(_ paragraph: String) -> Bool {
        let words = paragraph.split(separator: " ")
        guard let first = words.first, words.count <= 3 else { return false }
        let keyword = first.lowercased().trimmingCharacters(in: [".", ":"])
        guard ["partie", "deel", "part", "annexe", "annexes", "bijlage", "bijlagen", "annex"].contains(keyword)
        else { return false }
        return first.allSatisfy { !$0.isLowercase }
    }

    static let kindWords: [(DocumentPart.Kind, [String])] = [
        (.memorandum, ["exposé des motifs", "memorie van toelichting", "commentaire des articles",
                       "artikelsgewijze", "toelichting bij de artikelen", "explanatory memorandum"]),
        (.draft, ["avant-projet", "voorontwerp", "avis du conseil d", "advies van de raad van state"]),
    ]

    static let instrumentOpenings = [
        "loi ", "wet ", "arrêté royal", "arrêté ", "koninklijk besluit", "besluit ", "décret", "decreet",
        "ordonnance", "ordonnantie", "projet de loi", "wetsontwerp", "wetsvoorstel", "proposition de loi",
        "avant-projet", "voorontwerp", "exposé des motifs", "memorie van toelichting",
    ]

    /// A heading of the publication, a memorandum or draft heading, or an instrument's
    /// title (`Arrêté royal du 8 novembre 1998 …`, `8 NOVEMBER 1998. — Koninklijk besluit`).
    static func opensNewPart(_ paragraph: String) -> Bool {
        if isDocumentHeading(paragraph) { return true }
        let lower = paragraph.lowercased()
        if kindWords.contains(where: { $0.1.contains { lower.hasPrefix($0) } }) { return true }
        guard lower.count < 400 else { return false }
        return instrumentOpenings.contains { lower.hasPrefix($0) }
            || (lower.first?.isNumber == true && lower.contains("—")
                && instrumentOpenings.contains { lower.contains($0) })
    }

    static func kind(of preamble: [String]) -> DocumentPart.Kind {
        let lower = preamble.joined(separator: " ").lowercased()
        for (kind, words) in kindWords where words.contains(where: lower.contains) { return kind }
        return .bill
    }

    /// The first paragraph of four words or more that names an instrument, else a shorter
    /// one that does (`PROJET DE LOI`), else the first of four words or more.
    static func title(of preamble: [String]) -> String {
        let long = preamble.filter { $0.split(separator: " ").count >= 4 }
        let named = (long + preamble).first { p in
            let lower = p.lowercased()
            return instrumentOpenings.contains { lower.hasPrefix($0) } || lower.first?.isNumber == true
                && instrumentOpenings.contains { lower.contains($0) }
        }
        let title = named ?? long.first ?? preamble.first ?? ""
        return title
    }
}
