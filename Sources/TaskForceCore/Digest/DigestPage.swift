/// The digest put into words for a template (Markdown, HTML) or a document (DOCX, ODT): every label resolved in the
/// digest's language, every figure a string, every choice a Boolean, so that the templates
/// stay logic-less and every value goes through the template's escaping.
struct DigestPage: Sendable {
    struct Line: Sendable { var label: String; var value: String }
    struct SummaryRow: Sendable {
        /// No heading, no space after the label: "Article 2." then nothing (issue 14, item 7).
        var anchor: String, label: String, heading: String?
        var support: Int, concern: Int, oppose: Int, question: Int, endorsements: Int
    }
    struct Piece: Sendable { var kept: String?; var deleted: String?; var inserted: String? }
    struct Comment: Sendable {
        var id: String
        var lines: [String]
        var language: String
        var themes: String
        var hasThemes: Bool
        var agreed: String?
        /// "also said in N other comments": the duplicates folded under it.
        var alsoSaid: String?
        var earlier: String?
        var session: String?
        /// For HTML's `lang` attribute: the lower-case primary tag (`fr`), `und` if unusable.
        var languageTag: String
        /// Its own proposed wording, if any, then those of the duplicates folded under it: a
        /// duplicate repeats its original's point, but its wording may be the only one offered
        /// (issue 14, item 5).
        var wordings: [Wording]
    }
    /// A proposed wording, compared with the article like any other (already redacted; a
    /// hidden comment has none).
    struct Wording: Sendable {
        /// "Proposed wording", or "… of a comment that repeats this one".
        var label: String
        /// A duplicate's says its language after the label (a comment's own is in its line of facts).
        var fromDuplicate: Bool
        var language: String
        var languageTag: String
        /// The page's `legend`, here too: the Markdown comment writes itself from this value
        /// alone, and HTML's `{{legend}}` finds it without climbing to the page.
        var legend: String
        var lines: [String]
        var redline: [Piece]
        /// Compared word by word (else it is quoted whole).
        var hasRedline: Bool
    }
    struct Group: Sendable { var label: String; var comments: [Comment] }
    struct ArticleSection: Sendable {
        var anchor: String, label: String, heading: String?, excerpt: String
        var counts: String, themes: String, hasThemes: Bool
        /// How many of the counted comments a facilitator hid, if any.
        var hiddenNote: String?
        var groups: [Group]
    }
    struct OrphanSection: Sendable { var label: String; var comment: Comment }
    struct BreakdownRow: Sendable {
        var name: String, headcount: Int
        var support: Int, concern: Int, oppose: Int, question: Int
    }

    var lang: String
    /// ":" after a label, " :" in French typography.
    var colon: String
    var title: String
    var textTitle: String
    var header: [Line]
    var anonymity: String, ordering: String, redactionNote: String
    var contentsLabel: String, summaryLabel: String
    var articleLabel: String, supportLabel: String, concernLabel: String, opposeLabel: String
    var questionLabel: String, endorsementsLabel: String, themesLabel: String, totalLabel: String
    var legend: String
    var summary: [SummaryRow]
    var total: SummaryRow
    var articles: [ArticleSection]
    var hasOrphans: Bool, orphansLabel: String, orphansExplanation: String, otherOrphans: String?
    var orphans: [OrphanSection]
    /// How many comments on such articles a facilitator hid, if any.
    var orphansHidden: String?
    var hasBreakdown: Bool, breakdownLabel: String, groupLabel: String, headcountLabel: String
    var breakdown: [BreakdownRow]
    var breakdownNote: String?

    init(_ d: Digest) {
        let l = d.language
        func label(_ k: DigestLabel, _ values: [String: String] = [:]) -> String { k.text(l, values) }
        func theme(_ t: Theme) -> String { DigestLabel.theme(t).text(l) }
        lang = l.rawValue
        colon = l == .fr ? "\u{A0}:" : ":"
        title = label(.title)
        textTitle = d.header.title
        let h = d.header
        var lines = [
            Line(label: label(.text), value: "\(h.title) (\(h.textID))"),
            Line(label: label(.versions), value: h.versions.map { $0.uppercased() }.joined(separator: ", ")),
            Line(label: label(.sessions), value: h.sessions.isEmpty ? label(.noSession) : h.sessions.joined(separator: ", ")),
            Line(label: label(.headcount), value: h.sessionsWithoutRecord == 0 ? "\(h.headcount)"
                 : "\(h.headcount) (\(label(.headcountMissing, ["count": "\(h.sessionsWithoutRecord)"])))"),
            Line(label: label(.annotations), value: "\(h.annotations)"),
            Line(label: label(.comments), value: "\(h.comments)"),
            Line(label: label(.endorsements), value: "\(h.endorsements)"),
            Line(label: label(.withdrawn), value: "\(h.withdrawn)"),
            Line(label: label(.hidden), value: "\(h.hidden)"),
        ]
        if let first = h.firstDay?.rawValue, let last = h.lastDay?.rawValue {
            lines.append(Line(label: label(.days), value: first == last ? first : label(.daysRange, ["first": first, "last": last])))
        }
        header = lines
        anonymity = label(.anonymity)
        ordering = label(.ordering)
        redactionNote = d.redactions.total == 0 ? label(.redactionsNone)
            : label(.redactionsSome, ["count": "\(d.redactions.total)"])
        contentsLabel = label(.contents)
        summaryLabel = label(.summary)
        articleLabel = label(.article)
        supportLabel = label(.support)
        concernLabel = label(.concern)
        opposeLabel = label(.oppose)
        questionLabel = label(.question)
        endorsementsLabel = label(.endorsements)
        themesLabel = label(.themes)
        totalLabel = label(.total)
        legend = label(.proposedWordingLegend)

        func comment(_ c: DigestComment) -> Comment { Self.comment(c, l) }
        summary = d.articles.map { a in
            SummaryRow(anchor: Self.anchor(a.number), label: a.label, heading: a.heading,
                       support: a.counts.support, concern: a.counts.concern, oppose: a.counts.oppose,
                       question: a.counts.question, endorsements: a.counts.endorsements)
        }
        var all = StanceCounts()
        for a in d.articles { all += a.counts }
        total = SummaryRow(anchor: "", label: label(.total), heading: nil, support: all.support, concern: all.concern,
                           oppose: all.oppose, question: all.question, endorsements: all.endorsements)
        // The articles' comments are most of the page: put into words on every core.
        articles = InOrderMap.map(d.articles, chunkSize: 1) { Self.section($0, l) }
        hasOrphans = !d.orphans.isEmpty || !d.hiddenOrphans.isEmpty || d.otherOrphans > 0
        orphansLabel = label(.orphans)
        orphansExplanation = label(.orphansExplanation)
        otherOrphans = d.otherOrphans == 0 ? nil : label(.otherOrphans, ["count": "\(d.otherOrphans)"])
        orphans = d.orphans.map { OrphanSection(label: "\(label(.article)) \($0.article)", comment: comment($0.comment)) }
        orphansHidden = Self.count(d.hiddenOrphans.count, one: .hiddenOne, many: .hiddenMany, l)
        let b = d.breakdown
        hasBreakdown = b.grouping != nil
        breakdownLabel = label(b.grouping == .place ? .breakdownPlace : .breakdownSession)
        groupLabel = label(b.grouping == .place ? .place : .session)
        headcountLabel = label(.headcount)
        breakdown = b.rows.map { row in
            BreakdownRow(name: row.place.map { "\(row.name) (\($0))" } ?? row.name, headcount: row.headcount,
                         support: row.counts.support, concern: row.counts.concern, oppose: row.counts.oppose,
                         question: row.counts.question)
        }
        switch b.withheld {
        case .smallGroup: breakdownNote = label(.breakdownWithheldSmall, ["min": "\(b.minGroup)"])
        case .unattributed: breakdownNote = label(.breakdownWithheldUnattributed)
        case .oneGroup, nil: breakdownNote = nil
        }
    }

    static func section(_ a: ArticleDigest, _ l: UILanguage) -> ArticleSection {
        func label(_ k: DigestLabel) -> String { k.text(l) }
        let counts = Stance.allCases.map { "\(label(DigestLabel.stance($0))) \(a.counts[$0])" }.joined(separator: " · ")
            + " · \(label(.endorsements)) \(a.counts.endorsements)"
        return ArticleSection(
            anchor: anchor(a.number), label: a.label, heading: a.heading, excerpt: a.excerpt,
            counts: counts,
            themes: a.themes.map { "\(DigestLabel.theme($0.theme).text(l)) \($0.count)" }.joined(separator: ", "),
            hasThemes: !a.themes.isEmpty,
            hiddenNote: count(a.hiddenCount, one: .hiddenOne, many: .hiddenMany, l),
            groups: a.groups.map { g in Group(label: label(DigestLabel.stance(g.stance)), comments: g.comments.map { comment($0, l) }) })
    }

    static func comment(_ c: DigestComment, _ l: UILanguage) -> Comment {
        Comment(
            id: c.id,
            lines: lines(c.body),
            language: c.language.uppercased(), themes: c.tags.map { DigestLabel.theme($0).text(l) }.joined(separator: ", "),
            hasThemes: !c.tags.isEmpty,
            agreed: count(c.endorsements, one: .agreedOne, many: .agreedMany, l),
            alsoSaid: count(c.duplicates.count, one: .alsoSaidOne, many: .alsoSaidMany, l),
            earlier: c.earlierVersion ? DigestLabel.earlierVersion.text(l) : nil,
            session: c.session,
            languageTag: languageTag(c.language),
            wordings: [c.proposal.map { wording($0, of: c, label: .proposedWording, l) }].compactMap { $0 }
                + c.duplicates.compactMap { d in d.proposal.map { wording($0, of: d, label: .duplicateWording, l) } })
    }

    /// A proposed wording: the comment's own, or that of one of its duplicates.
    static func wording(_ proposal: String, of c: DigestComment, label name: DigestLabel, _ l: UILanguage) -> Wording {
        Wording(label: name.text(l), fromDuplicate: name == .duplicateWording, language: c.language.uppercased(),
                languageTag: languageTag(c.language), legend: DigestLabel.proposedWordingLegend.text(l), lines: lines(proposal),
                redline: (c.redline ?? []).map { p in
                    Piece(kept: p.change == .kept ? p.text : nil, deleted: p.change == .deleted ? p.text : nil,
                          inserted: p.change == .inserted ? p.text : nil)
                },
                hasRedline: !(c.redline ?? []).isEmpty)
    }

    /// `text.split(separator: "\n", omittingEmptySubsequences: false)`, read on UTF-8
    /// bytes: cut at each line feed that does not follow a carriage return (`\r\n` is one
    /// Character, which the split by Characters did not cut; every other line feed is a
    /// Character of its own). The split by Characters was the largest part of this page.
    static func lines(_ text: String) -> [String] {
        var out: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var previous: UInt8 = 0
        var i = start
        while i != utf8.endIndex {
            let b = utf8[i]
            if b == 0x0A, previous != 0x0D {
                out.append(String(text[start..<i]))
                start = utf8.index(after: i)
            }
            previous = b
            i = utf8.index(after: i)
        }
        out.append(String(text[start..<utf8.endIndex]))
        return out
    }

    /// A count put into words ("1 more person agreed", "3 more people agreed"), nil for 0.
    static func count(_ n: Int, one: DigestLabel, many: DigestLabel, _ l: UILanguage) -> String? {
        n == 0 ? nil : n == 1 ? one.text(l) : many.text(l, ["count": "\(n)"])
    }

    /// A language code fit for an HTML attribute whatever it holds: lower case, only a-z, 0-9
    /// and `-` (a stray quote followed by a combining mark is one Character, which the
    /// template engine's escaping would not recognise as a quote).
    static func languageTag(_ language: String) -> String {
        let tag = language.lowercased()
        let fit = !tag.isEmpty && tag.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        return fit ? tag : "und"
    }

    /// A fragment id for an article: `art-5bis`, `art-371-1` (only a-z, 0-9 and `-`).
    static func anchor(_ number: String) -> String {
        "art-" + String(number.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }).lowercased()
    }
}
