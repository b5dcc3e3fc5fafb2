/// What the annotations of one folder say now (Annotations/README.md): edits (`supersedes`) and
/// withdrawals resolved, endorsements counted, moderations (hide, duplicate) applied,
/// each comment checked against the current text. Nothing is dropped: replaced and
/// withdrawn comments stay in the files and are listed here; hidden comments and
/// duplicates stay in `comments` (the screens and the digest decide what to show);
/// orphans (text or article gone) are listed apart.
public struct CurrentView: Sendable {
    public struct Comment: Sendable, Equatable {
        /// The latest version of the comment.
        public var annotation: Annotation
        /// Ids of the earlier versions it replaces, oldest edits last.
        public var replaced: [AnnotationID]
        /// Endorsements, a show of hands counting as its `count`.
        public var endorsements: Int
        /// The same, by the session they were given in ("" outside a session): the
        /// facilitator's dashboard counts its own room's by default.
        public var endorsementsBySession: [String: Int]
        /// The live (not withdrawn) `hide` moderations of this comment, sorted.
        public var hiddenBy: [AnnotationID]
        /// The live `duplicate` moderations whose target is this comment, sorted (the
        /// smallest decides when they name different originals).
        public var duplicateMarks: [AnnotationID]
        /// The comments whose `duplicateOf` is this one, sorted.
        public var duplicates: [AnnotationID]
        /// The comment this one repeats: the end of its chain of duplicates (a head, never
        /// itself), nil when it is nobody's duplicate.
        public var duplicateOf: AnnotationID?
        /// Written on an earlier version of the article (its fingerprint differs). (After
        /// `duplicateOf`, whose last byte it shares a word with: a screen holds thousands.)
        public var earlierVersion: Bool

        public var isHidden: Bool { !hiddenBy.isEmpty }

        public init(annotation: Annotation, replaced: [AnnotationID] = [], endorsements: Int = 0,
                    endorsementsBySession: [String: Int] = [:], earlierVersion: Bool = false, hiddenBy: [AnnotationID] = [], duplicateOf: AnnotationID? = nil,
                    duplicateMarks: [AnnotationID] = [], duplicates: [AnnotationID] = []) {
            self.annotation = annotation
            self.replaced = replaced
            self.endorsements = endorsements
            self.endorsementsBySession = endorsementsBySession
            self.earlierVersion = earlierVersion
            self.hiddenBy = hiddenBy
            self.duplicateOf = duplicateOf
            self.duplicateMarks = duplicateMarks
            self.duplicates = duplicates
        }
    }

    /// Current comments by text id, then by article number; within an article sorted by id
    /// (never by time: nothing in a view reveals the order of writing).
    public var comments: [TextID: [ArticleNumber: [Comment]]]
    /// Withdrawn comments (the latest version of each), by id.
    public var withdrawn: [Annotation]
    /// Comments, endorsements or withdrawals whose text or article no longer exists.
    public var orphans: [Annotation]
    /// Endorsements and withdrawals whose target is not among the annotations; live
    /// moderations that do not apply (see `Moderations`).
    public var dangling: [Annotation]
    /// Endorsements of each comment (by the id of its latest version), orphans included.
    public var endorsementCounts: [AnnotationID: Int]
    /// Live `hide` moderations of each comment (by the id of its latest version), orphans
    /// included: a hidden comment stays hidden when its article is removed.
    public var hiddenBy: [AnnotationID: [AnnotationID]]
    /// Records refused by `Authority` (an edit, withdrawal or moderation its writer could
    /// not have signed): left out of everything above, as if absent.
    public var refused: [Authority.Refusal]

    /// Article fingerprints of the current texts: text id → article number → the
    /// fingerprints of that article in each language version.
    public typealias Catalogue = [TextID: [ArticleNumber: Set<String>]]

    public static func catalogue(of library: TextLibrary) -> Catalogue { catalogue(of: library.texts) }

    public static func catalogue(of texts: [TextLibrary.LegalText]) -> Catalogue {
        var c: Catalogue = [:]
        for text in texts {
            var articles: [ArticleNumber: Set<String>] = [:]
            for version in text.versions {
                // A number no annotation could carry has none to look up.
                for a in version.file?.split.articles ?? [] {
                    if let number = ArticleNumber(a.number) { articles[number, default: []].insert(a.fingerprint) }
                }
            }
            c[text.id] = articles
        }
        return c
    }

    /// - Parameter sessions: the facilitator keys of the session records (`Authority.keys`).
    public init(_ all: [Annotation], catalogue: Catalogue, sessions: Authority.SessionKeys) {
        self.init(all, catalogue: catalogue, refused: Authority.refusals(all, sessions: sessions))
    }

    /// For tests of what records mean, apart from who may write them (which
    /// `AuthorityTests` and the end-to-end tests check): nothing is refused.
    init(unchecked all: [Annotation], catalogue: Catalogue) {
        self.init(all, catalogue: catalogue, refused: [])
    }

    private init(_ all: [Annotation], catalogue: Catalogue, refused: [Authority.Refusal]) {
        self.refused = refused
        let refusedIDs = Set(refused.map(\.annotation.id))
        let annotations = refusedIDs.isEmpty ? all : all.filter { !refusedIDs.contains($0.id) }
        let byID = AnnotationIndex(annotations)
        comments = [:]
        withdrawn = []
        orphans = []
        dangling = []
        endorsementCounts = [:]
        hiddenBy = [:]

        // The loops below read the records in place (`annotations[i]`) and copy one only
        // to keep it: `for a in annotations` copied each of the 100,000 records of a big
        // folder five times, a retain and a release of each of its Strings every time.
        // Withdrawals first: a withdrawn endorsement no longer counts.
        var withdrawnIDs = Set<AnnotationID>()
        for i in annotations.indices where annotations[i].kind == .withdrawal {
            if let t = annotations[i].target, byID.kind(of: t) != nil { withdrawnIDs.insert(t) } else { dangling.append(annotations[i]) }
        }
        // Edit chains: the head of a chain is a comment nobody (valid) supersedes.
        var successors: [AnnotationID: [AnnotationID]] = [:]
        for i in annotations.indices where annotations[i].kind == .comment {
            if let old = annotations[i].supersedes, let previous = byID[old], previous.kind == .comment,
               previous.text == annotations[i].text, previous.article == annotations[i].article {
                successors[old, default: []].append(annotations[i].id)
            }
        }
        func head(_ id: AnnotationID) -> AnnotationID {
            var current = id
            var seen: Set<AnnotationID> = [id]
            // Two edits of one comment: follow the smallest id, so the result is the same
            // on every machine; the other branch stays a head of its own.
            while let next = successors[current]?.min(), seen.insert(next).inserted { current = next }
            return current
        }
        var endorsements: [AnnotationID: Int] = [:]
        var bySession: [AnnotationID: [String: Int]] = [:]
        for i in annotations.indices where annotations[i].kind == .endorsement && !withdrawnIDs.contains(annotations[i].id) {
            guard let t = annotations[i].target, byID.kind(of: t) == .comment else { dangling.append(annotations[i]); continue }
            let count = annotations[i].count ?? 1
            endorsements[head(t), default: 0] += count
            bySession[head(t), default: [:]][annotations[i].session ?? "", default: 0] += count
        }
        endorsementCounts = endorsements
        var replacedBy: [AnnotationID: [AnnotationID]] = [:]
        var heads: [AnnotationID] = []
        for i in annotations.indices where annotations[i].kind == .comment {
            let id = annotations[i].id
            let h = head(id)
            if h == id { heads.append(id) } else { replacedBy[h, default: []].append(id) }
        }
        var live: [AnnotationID: [AnnotationID]] = [:]
        for id in heads {
            let chain = replacedBy[id] ?? []
            if !withdrawnIDs.contains(id) && !chain.contains(where: withdrawnIDs.contains) { live[id] = chain.sorted() }
        }
        let moderation = Moderations(annotations.filter { $0.kind == .moderation && !withdrawnIDs.contains($0.id) },
                                     byID: byID, head: head, live: live)
        hiddenBy = moderation.hiddenBy
        for id in heads.sorted() {
            let a = byID[id]!
            guard let chain = live[id] else { withdrawn.append(a); continue }
            guard let fingerprints = catalogue[a.text]?[a.article] else { orphans.append(a); continue }
            let comment = Comment(annotation: a, replaced: chain, endorsements: endorsements[id] ?? 0,
                                  endorsementsBySession: bySession[id] ?? [:],
                                  earlierVersion: !fingerprints.contains(a.fingerprint),
                                  hiddenBy: moderation.hiddenBy[id] ?? [], duplicateOf: moderation.duplicateOf[id],
                                  duplicateMarks: moderation.marks[id] ?? [], duplicates: moderation.duplicates[id] ?? [])
            comments[a.text, default: [:]][a.article, default: []].append(comment)
        }
        for i in annotations.indices where annotations[i].kind != .comment
            && catalogue[annotations[i].text]?[annotations[i].article] == nil { orphans.append(annotations[i]) }
        dangling += moderation.refused.filter { catalogue[$0.text]?[$0.article] != nil }
        orphans.sort { $0.id < $1.id }
        dangling.sort { $0.id < $1.id }
    }
}

extension CurrentView {
    /// The live moderations of a folder, resolved. A moderation applies to the latest
    /// version of its target (an edited comment stays hidden), and a duplicate to the
    /// latest version of its original. It does not apply, and is `refused`, when its
    /// target or original is not a comment of the moderation's text and article, when its
    /// original is withdrawn, or when both are versions of one comment. A moderation of a
    /// withdrawn comment has nothing left to do and is neither. Everything is decided by
    /// ids alone, never by the order of the input.
    struct Moderations {
        var hiddenBy: [AnnotationID: [AnnotationID]] = [:]
        var marks: [AnnotationID: [AnnotationID]] = [:]
        var duplicateOf: [AnnotationID: AnnotationID] = [:]
        var duplicates: [AnnotationID: [AnnotationID]] = [:]
        var refused: [Annotation] = []

        private enum Reference { case comment(AnnotationID), withdrawn, refused }

        /// `live`: the heads of the comments neither withdrawn nor in a withdrawn chain.
        init(_ moderations: [Annotation], byID: AnnotationIndex, head: (AnnotationID) -> AnnotationID,
             live: [AnnotationID: [AnnotationID]]) {
            func resolve(_ id: AnnotationID?, of m: Annotation) -> Reference {
                guard let id, let c = byID[id], c.kind == .comment, c.text == m.text, c.article == m.article else {
                    return .refused
                }
                let h = head(id)
                return live[h] == nil ? .withdrawn : .comment(h)
            }
            // Each comment's original: the one named by its smallest duplicate mark.
            var original: [AnnotationID: (mark: AnnotationID, comment: AnnotationID)] = [:]
            for m in moderations {
                switch (m.action, resolve(m.target, of: m)) {
                case (nil, _), (_, .refused): refused.append(m)
                case (_, .withdrawn): continue
                case (.hide?, .comment(let target)): hiddenBy[target, default: []].append(m.id)
                case (.duplicate?, .comment(let target)):
                    guard case .comment(let o) = resolve(m.original, of: m), o != target else { refused.append(m); continue }
                    marks[target, default: []].append(m.id)
                    if original[target].map({ m.id < $0.mark }) ?? true { original[target] = (m.id, o) }
                }
            }
            var next = original.mapValues(\.comment)
            // A cycle (A repeats B, B repeats A) is broken at its smallest id, which stays
            // an original. Each comment names at most one original, so cycles are disjoint.
            var done = Set<AnnotationID>()
            for start in next.keys {
                var path: [AnnotationID] = []
                var onPath = Set<AnnotationID>()
                var x = start
                while !done.contains(x), !onPath.contains(x), let n = next[x] { path.append(x); onPath.insert(x); x = n }
                if onPath.contains(x), let cycleStart = path.firstIndex(of: x) { next[path[cycleStart...].min()!] = nil }
                done.formUnion(path)
            }
            // Chains: every duplicate points at the end of its chain.
            var end: [AnnotationID: AnnotationID] = [:]
            for start in next.keys {
                var path: [AnnotationID] = []
                var x = start
                while end[x] == nil, let n = next[x] { path.append(x); x = n }
                let last = end[x] ?? x
                for p in path { end[p] = last }
            }
            duplicateOf = end
            for (duplicate, original) in end { duplicates[original, default: []].append(duplicate) }
            for k in hiddenBy.keys { hiddenBy[k]!.sort() }
            for k in marks.keys { marks[k]!.sort() }
            for k in duplicates.keys { duplicates[k]!.sort() }
        }
    }
}
