/// The digest as a word processor document's blocks (headings, paragraphs, tables), in the
/// HTML page's order and with its words (`DigestPage`), for the DOCX and ODT writers
/// (issue 14, item 10). Both writers only turn these blocks into their XML, so the two
/// documents cannot say different things. No value here is markup: each writer escapes
/// every one (`XMLEscaping`).
struct DigestDocument: Sendable {
    /// How a run of text is set.
    enum Mark: Sendable { case plain, strong, emphasis, deleted, inserted }
    struct Run: Sendable {
        var text: String
        var mark: Mark
        init(_ text: String, _ mark: Mark = .plain) {
            self.text = text
            self.mark = mark
        }
    }
    /// A paragraph's style, named alike in both formats' style sheets.
    enum Style: String, Sendable, CaseIterable {
        /// "Feedback digest" above the text's title.
        case kind = "DigestKind"
        case body = "DigestBody"
        case excerpt = "DigestExcerpt"
        case note = "DigestNote"
        /// A line of a comment, or of a proposed wording quoted whole.
        case quote = "DigestQuote"
        /// The line of facts under a comment (language, themes, "me too"s).
        case about = "DigestAbout"
        case legend = "DigestLegend"
        case redline = "DigestRedline"
    }
    struct Table: Sendable {
        var header: [String]
        var rows: [[String]]
        /// The totals, set in bold.
        var total: [String]?
    }
    enum Block: Sendable {
        /// Level 1 is the text's title, 2 a part (summary, an article), 3 a stance.
        case heading(Int, String)
        /// `language`: the comment's language tag for quotes and redlines, nil for the digest's own words.
        case paragraph(Style, [Run], language: String?)
        case table(Table)
    }

    /// The labels' language (`en`, `fr`, `nl`).
    var language: String
    /// For the document's properties: "Feedback digest: <title>".
    var title: String
    var blocks: [Block] = []

    init(_ page: DigestPage) {
        language = page.lang
        title = page.title + page.colon + " " + page.textTitle
        func add(_ style: Style, _ runs: [Run], language: String? = nil) {
            blocks.append(.paragraph(style, runs, language: language))
        }
        add(.kind, [Run(page.title)])
        blocks.append(.heading(1, page.textTitle))
        for line in page.header { add(.body, [Run(line.label + page.colon, .strong), Run(" " + line.value)]) }
        add(.note, [Run("\(page.anonymity) \(page.ordering) \(page.redactionNote)")])

        let counts = [page.supportLabel, page.concernLabel, page.opposeLabel, page.questionLabel]
        blocks.append(.heading(2, page.summaryLabel))
        func figures(_ r: DigestPage.SummaryRow) -> [String] {
            [r.support, r.concern, r.oppose, r.question, r.endorsements].map(String.init)
        }
        blocks.append(.table(Table(
            header: [page.articleLabel] + counts + [page.endorsementsLabel],
            rows: page.summary.map { [$0.label + ($0.heading.map { " " + $0 } ?? "")] + figures($0) },
            total: [page.total.label] + figures(page.total))))
        if page.hasBreakdown {
            blocks.append(.heading(2, page.breakdownLabel))
            blocks.append(.table(Table(
                header: [page.groupLabel, page.headcountLabel] + counts,
                rows: page.breakdown.map { [$0.name] + [$0.headcount, $0.support, $0.concern, $0.oppose, $0.question].map(String.init) },
                total: nil)))
        }
        if let note = page.breakdownNote { add(.note, [Run(note)]) }

        for article in page.articles {
            blocks.append(.heading(2, article.label + (article.heading.map { " — " + $0 } ?? "")))
            add(.excerpt, [Run(article.excerpt, .emphasis)])
            add(.body, [Run(article.counts)])
            if article.hasThemes { add(.body, [Run(page.themesLabel + page.colon + " " + article.themes)]) }
            if let note = article.hiddenNote { add(.note, [Run(note)]) }
            for group in article.groups {
                blocks.append(.heading(3, group.label))
                for comment in group.comments { addComment(comment, page) }
            }
        }
        if page.hasOrphans {
            blocks.append(.heading(2, page.orphansLabel))
            add(.body, [Run([page.orphansExplanation, page.otherOrphans, page.orphansHidden].compactMap { $0 }.joined(separator: " "))])
            for orphan in page.orphans {
                blocks.append(.heading(3, orphan.label))
                addComment(orphan.comment, page)
            }
        }
    }

    /// A comment as the HTML shows it: its lines, a line of facts, its proposed wording
    /// (a redline, or quoted whole), then its duplicates' proposed wordings.
    private mutating func addComment(_ c: DigestPage.Comment, _ page: DigestPage) {
        let tag = c.languageTag
        for line in c.lines { blocks.append(.paragraph(.quote, [Run(line)], language: tag)) }
        var about = [Run(c.language)]
        func fact(_ text: String?, _ mark: Mark = .plain) {
            if let text { about += [Run(" · "), Run(text, mark)] }
        }
        fact(c.hasThemes ? c.themes : nil)
        fact(c.agreed)
        fact(c.alsoSaid)
        fact(c.earlier, .emphasis)
        fact(c.session)
        blocks.append(.paragraph(.about, about, language: nil))
        for w in c.wordings {
            let origin = w.fromDuplicate ? " · \(w.language)" : ""
            addWording(legend: [Run(w.label, .strong), Run("\(origin) (\(page.legend))")],
                       redline: w.hasRedline ? w.redline : [], lines: w.lines, tag: w.languageTag)
        }
    }

    private mutating func addWording(legend: [Run], redline: [DigestPage.Piece], lines: [String], tag: String) {
        blocks.append(.paragraph(.legend, legend, language: nil))
        if redline.isEmpty {
            for line in lines { blocks.append(.paragraph(.quote, [Run(line)], language: tag)) }
            return
        }
        var runs: [Run] = []
        for piece in redline {
            if !runs.isEmpty { runs.append(Run(" ")) }
            if let kept = piece.kept { runs.append(Run(kept)) }
            if let deleted = piece.deleted { runs.append(Run(deleted, .deleted)) }
            if let inserted = piece.inserted { runs.append(Run(inserted, .inserted)) }
        }
        blocks.append(.paragraph(.redline, runs, language: tag))
    }
}
