/// Aggregates one text's annotations into a `Digest` (ARCHITECTURE: The digest): every current comment
/// counted once (edits resolved, withdrawals left out but counted), endorsements and shows
/// of hands added up, comments ordered by endorsements then id, earlier versions flagged,
/// orphans kept apart. Moderations: a hidden comment is counted but its words never
/// enter the digest; a duplicate is counted and folded under its original (unless that
/// original is hidden). The result depends only on the set of annotations and records,
/// never on the order they were read in or on file times.
public enum DigestBuilder {
    public struct Options: Sendable {
        /// Language of the labels and placeholders.
        public var language: UILanguage
        /// Smallest headcount a session or place may have to be shown on its own.
        public var minGroup: Int

        public static let defaultMinGroup = 5

        public init(language: UILanguage = .en, minGroup: Int = defaultMinGroup) {
            self.language = language
            self.minGroup = minGroup
        }
    }

    /// Excerpts stop at the last word boundary before this many characters.
    static let excerptLength = 160

    /// - Parameter keys: the sessions' facilitator keys with their disputes
    ///   (`SessionRecords.keys`); by default those of `records` alone.
    public static func build(text: TextLibrary.LegalText, annotations allAnnotations: [Annotation],
                             sessions records: [String: SessionRecord], keys: Authority.SessionKeys? = nil,
                             options: Options) -> Digest {
        build(text: text, annotations: allAnnotations, sessions: records, keys: keys, options: options, checkingAuthority: true)
    }

    /// `checkingAuthority: false` only for tests of what records mean (see `CurrentView(unchecked:)`).
    static func build(text: TextLibrary.LegalText, annotations allAnnotations: [Annotation],
                      sessions records: [String: SessionRecord], keys: Authority.SessionKeys? = nil, options: Options,
                      checkingAuthority: Bool) -> Digest {
        let language = options.language
        // Usually every annotation is of this text: the array is then shared, not copied
        // (a copy of 100,000 annotations retains every String in them).
        let annotations = allAnnotations.allSatisfy { $0.text == text.id } ? allAnnotations
            : allAnnotations.filter { $0.text == text.id }
        let catalogue = CurrentView.catalogue(of: [text])
        let view = checkingAuthority
            ? CurrentView(annotations, catalogue: catalogue, sessions: keys ?? Authority.keys(of: records.values))
            : CurrentView(unchecked: annotations, catalogue: catalogue)
        let current = view.comments[text.id] ?? [:]
        let orphanComments = view.orphans.filter { $0.said != nil }
        let versions = Self.versions(of: text)
        let preferred = [language.rawValue] + TextLibrary.defaultLanguages
        let main = Self.quotedVersion(of: text, language: language)
        let order = articleOrder(of: text, language: language)

        // Breakdown first: it decides whether comments carry their session.
        var everyComment: [(session: String?, stance: Stance)] = []
        for c in current.values.joined() {
            if let stance = c.annotation.stance { everyComment.append((c.annotation.session, stance)) }
        }
        for a in orphanComments {
            if let stance = a.stance { everyComment.append((a.session, stance)) }
        }
        // A place is free text typed by a facilitator: cleaned and redacted like a comment,
        // before grouping (two places that differ only by a removed detail are one group).
        let exportedPlaces = ExportedPlaces(records, language)
        let breakdown = Breakdown.make(comments: everyComment, records: exportedPlaces.records, minGroup: options.minGroup)
        let showSession = breakdown.grouping == .session

        // The article text a proposal is compared with: the version it was written on
        // (same fingerprint), else the version in its language, else the quoted one.
        var byFingerprint: [String: Article] = [:]
        for v in versions { for a in v.split.articles { byFingerprint[a.number + " " + a.fingerprint] = a } }
        // Many proposals are on the same article: each article text is sanitized and split
        // into words once.
        var originals: [[String?]: WordRedline.Original?] = [:]
        func original(of a: Annotation) -> WordRedline.Original? {
            let key: [String?] = [a.article.rawValue, a.fingerprint, a.language]
            if let known = originals[key] { return known }
            let article = byFingerprint[a.article.rawValue + " " + a.fingerprint]
                ?? versions.first { $0.language == a.language }?.split.article(numbered: a.article.rawValue)
                ?? main?.split.article(numbered: a.article.rawValue)
            let text = article.map { WordRedline.Original(Sanitizer.sanitize($0.text, for: .export)) }
            originals[key] = text
            return text
        }
        // Cleaning, redacting and comparing free text is most of the work: done first, on
        // every core, in id order (the result does not depend on it). Hidden comments'
        // words are never read: nothing of them can be exported, or counted as redacted.
        func isHidden(_ a: Annotation) -> Bool { view.hiddenBy[a.id] != nil }
        // Gathered in one array (each annotation copied once), with its article's words.
        var exported: [(Annotation, original: WordRedline.Original?)] = []
        exported.reserveCapacity(current.values.reduce(orphanComments.count) { $0 + $1.count })
        func gather(_ a: Annotation) {
            if !isHidden(a) { exported.append((a, a.proposal == nil ? nil : original(of: a))) }
        }
        for comments in current.values { for c in comments { gather(c.annotation) } }
        for a in orphanComments { gather(a) }
        exported.sort { $0.0.id < $1.0.id }
        let cleaned = ParallelCleaning.clean(exported, language)
        var redactions = exportedPlaces.redactions(shownIn: breakdown, comments: everyComment)
        for (a, _) in exported { redactions.add(cleaned[a.id]!.redactions) }
        func export(_ a: Annotation, _ said: Annotation.Comment, endorsements: Int, earlierVersion: Bool,
                    duplicateOf: AnnotationID? = nil, duplicates: [DigestComment] = []) -> DigestComment {
            let c = cleaned[a.id]
            return DigestComment(
                id: a.id.value, stance: said.stance, tags: said.tags.sorted(), body: c?.body ?? "",
                proposal: c?.proposal, redline: c?.redline, language: said.language, endorsements: endorsements,
                earlierVersion: earlierVersion, session: showSession ? a.session : nil, hidden: c == nil,
                duplicateOf: duplicateOf?.value, duplicates: duplicates)
        }
        func export(_ c: CurrentView.Comment, _ said: Annotation.Comment, duplicates: [DigestComment] = []) -> DigestComment {
            export(c.annotation, said, endorsements: c.endorsements, earlierVersion: c.earlierVersion,
                   duplicateOf: c.duplicateOf, duplicates: duplicates)
        }

        var articles: [ArticleDigest] = []
        var commentTotal = 0
        var endorsementTotal = 0
        for article in order {
            guard let comments = ArticleNumber(article.number).flatMap({ current[$0] }), !comments.isEmpty else { continue }
            var counts = StanceCounts()
            var themeCounts: [Theme: Int] = [:]
            var byStance: [Stance: [DigestComment]] = [:]
            var hidden: [DigestComment] = []
            // Every comment is counted, hidden ones and duplicates too.
            for c in comments {
                guard let said = c.annotation.said else { continue }  // `comments` holds only comments
                counts[said.stance] += 1
                counts.endorsements += c.endorsements
                for t in Set(said.tags) { themeCounts[t, default: 0] += 1 }
            }
            // A duplicate is folded under its original, unless the original is hidden: then
            // it is listed on its own, so that its point is not lost.
            let byID = Dictionary(uniqueKeysWithValues: comments.map { ($0.annotation.id, $0) })
            func isFolded(_ c: CurrentView.Comment) -> Bool {
                c.duplicateOf.flatMap { byID[$0] }.map { !$0.isHidden } ?? false
            }
            for c in comments where !isFolded(c) {
                guard let said = c.annotation.said else { continue }
                if c.isHidden { hidden.append(export(c, said)); continue }
                let folded = c.duplicates.compactMap { byID[$0] }.compactMap { d in d.annotation.said.map { export(d, $0) } }
                byStance[said.stance, default: []].append(export(c, said, duplicates: folded))
            }
            commentTotal += counts.comments
            endorsementTotal += counts.endorsements
            let quoted = main?.split.article(numbered: article.number) ?? article
            articles.append(ArticleDigest(
                number: article.number, label: Sanitizer.sanitize(quoted.label, for: .export),
                heading: quoted.heading.map { Sanitizer.sanitize($0, for: .export) },
                excerpt: excerpt(quoted.text), counts: counts,
                themes: themeCounts.map { ThemeCount(theme: $0.key, count: $0.value) }
                    .sorted { ($0.count, $1.theme) > ($1.count, $0.theme) },
                groups: Stance.allCases.compactMap { s in
                    byStance[s].map { StanceGroup(stance: s, comments: sorted($0)) }
                },
                hidden: hidden.sorted { $0.id < $1.id }, hiddenCount: comments.filter(\.isHidden).count))
        }

        // Orphans are listed one by one (a duplicate mark is not followed there), but a
        // hidden one stays hidden.
        let allOrphans = orphanComments.compactMap { a in
            a.said.map { said in
                OrphanComment(article: a.article,
                              comment: export(a, said, endorsements: view.endorsementCounts[a.id] ?? 0, earlierVersion: true))
            }
        }.sorted { ($0.article.rawValue, $0.comment.id) < ($1.article.rawValue, $1.comment.id) }
        let orphans = allOrphans.filter { !$0.comment.hidden }
        let hiddenOrphans = allOrphans.filter(\.comment.hidden)
        commentTotal += allOrphans.count
        endorsementTotal += allOrphans.reduce(0) { $0 + $1.comment.endorsements }

        // A refused record counts nowhere, not even in the header: as if it were absent.
        let refused = Set(view.refused.map(\.annotation.id))
        let counted = refused.isEmpty ? annotations : annotations.filter { !refused.contains($0.id) }
        let days = counted.map(\.day).sorted()
        let sessions = Set(counted.compactMap(\.session)).sorted()
        let header = Digest.Header(
            textID: text.id, title: Sanitizer.sanitize(text.title(preferring: preferred), for: .export),
            versions: versions.map(\.language), sessions: sessions,
            headcount: sessions.compactMap { records[$0]?.headcount }.reduce(0, +),
            sessionsWithoutRecord: sessions.filter { records[$0] == nil }.count,
            annotations: counted.count, comments: commentTotal, endorsements: endorsementTotal,
            withdrawn: view.withdrawn.filter { $0.text == text.id }.count,
            hidden: articles.reduce(hiddenOrphans.count) { $0 + $1.hiddenCount },
            firstDay: days.first, lastDay: days.last)
        return Digest(header: header, articles: articles, orphans: orphans, hiddenOrphans: hiddenOrphans,
                      otherOrphans: view.orphans.count - orphanComments.count,
                      breakdown: breakdown, redactions: redactions, language: language)
    }

    static func versions(of text: TextLibrary.LegalText) -> [(language: String, split: SplitText)] {
        text.versions.compactMap { v in v.file.map { (language: v.language, split: $0.split) } }
    }

    /// The version a digest quotes: the labels' language when the text has it, else the
    /// first of the usual languages, else any.
    static func quotedVersion(of text: TextLibrary.LegalText, language: UILanguage)
        -> (language: String, split: SplitText)? {
        let versions = versions(of: text)
        let preferred = [language.rawValue] + TextLibrary.defaultLanguages
        return preferred.lazy.compactMap { l in versions.first { $0.language == l } }.first ?? versions.first
    }

    /// Every article of the text in the order a digest lists them: the quoted version's
    /// order, then any article found only in another version.
    public static func articleOrder(of text: TextLibrary.LegalText, language: UILanguage) -> [Article] {
        var order: [Article] = quotedVersion(of: text, language: language)?.split.articles ?? []
        var seen = Set(order.map(\.number))
        for v in versions(of: text) { for a in v.split.articles where seen.insert(a.number).inserted { order.append(a) } }
        return order
    }

    /// Most endorsed first (duplicates counting for their original); ties by id, never by time.
    static func sorted(_ comments: [DigestComment]) -> [DigestComment] {
        comments.sorted { ($1.weight, $0.id) < ($0.weight, $1.id) }
    }

    /// The article's first words, whitespace folded, cut between words.
    static func excerpt(_ text: String) -> String {
        let words = Sanitizer.sanitize(text, for: .export).split(whereSeparator: \.isWhitespace)
        var out = ""
        for w in words {
            if out.count + w.count + 1 > excerptLength {
                return (out.isEmpty ? String(w.prefix(excerptLength)) : out) + " …"
            }
            out += out.isEmpty ? String(w) : " " + w
        }
        return out
    }
}
