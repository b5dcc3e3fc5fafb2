/// What the annotations of one folder say now (DESIGN 4.3): edits (`supersedes`) and
/// withdrawals resolved, endorsements counted, each comment checked against the
/// current text. Nothing is dropped: replaced and withdrawn comments stay in the files
/// and are listed here; orphans (text or article gone) are listed apart.
public struct CurrentView: Sendable {
    public struct Comment: Sendable, Equatable {
        /// The latest version of the comment.
        public var annotation: Annotation
        /// Ids of the earlier versions it replaces, oldest edits last.
        public var replaced: [AnnotationID]
        /// Endorsements, a show of hands counting as its `count`.
        public var endorsements: Int
        /// Written on an earlier version of the article (its fingerprint differs).
        public var earlierVersion: Bool

        public init(annotation: Annotation, replaced: [AnnotationID] = [], endorsements: Int = 0,
                    earlierVersion: Bool = false) {
            self.annotation = annotation
            self.replaced = replaced
            self.endorsements = endorsements
            self.earlierVersion = earlierVersion
        }
    }

    /// Current comments by text id, then by article number; within an article sorted by id
    /// (never by time: nothing in a view reveals the order of writing).
    public var comments: [String: [String: [Comment]]]
    /// Withdrawn comments (the latest version of each), by id.
    public var withdrawn: [Annotation]
    /// Comments, endorsements or withdrawals whose text or article no longer exists.
    public var orphans: [Annotation]
    /// Endorsements and withdrawals whose target is not among the annotations.
    public var dangling: [Annotation]
    /// Endorsements of each comment (by the id of its latest version), orphans included.
    public var endorsementCounts: [AnnotationID: Int]

    /// Article fingerprints of the current texts: text id → article number → the
    /// fingerprints of that article in each language version.
    public typealias Catalogue = [String: [String: Set<String>]]

    public static func catalogue(of library: TextLibrary) -> Catalogue { catalogue(of: library.texts) }

    public static func catalogue(of texts: [TextLibrary.LegalText]) -> Catalogue {
        var c: Catalogue = [:]
        for text in texts {
            var articles: [String: Set<String>] = [:]
            for version in text.versions {
                for a in version.file?.split.articles ?? [] { articles[a.number, default: []].insert(a.fingerprint) }
            }
            c[text.id] = articles
        }
        return c
    }

    public init(_ annotations: [Annotation], catalogue: Catalogue) {
        var byID: [AnnotationID: Annotation] = [:]
        for a in annotations { byID[a.id] = a }
        comments = [:]
        withdrawn = []
        orphans = []
        dangling = []
        endorsementCounts = [:]

        // Withdrawals first: a withdrawn endorsement no longer counts.
        var withdrawnIDs = Set<AnnotationID>()
        for a in annotations where a.kind == .withdrawal {
            if let t = a.target, byID[t] != nil { withdrawnIDs.insert(t) } else { dangling.append(a) }
        }
        // Edit chains: the head of a chain is a comment nobody (valid) supersedes.
        var successors: [AnnotationID: [AnnotationID]] = [:]
        for a in annotations where a.kind == .comment {
            if let old = a.supersedes, let previous = byID[old], previous.kind == .comment,
               previous.text == a.text, previous.article == a.article {
                successors[old, default: []].append(a.id)
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
        for a in annotations where a.kind == .endorsement && !withdrawnIDs.contains(a.id) {
            guard let t = a.target, let target = byID[t], target.kind == .comment else { dangling.append(a); continue }
            endorsements[head(target.id), default: 0] += a.count ?? 1
        }
        endorsementCounts = endorsements
        var replacedBy: [AnnotationID: [AnnotationID]] = [:]
        var heads: [AnnotationID] = []
        for a in annotations where a.kind == .comment {
            let h = head(a.id)
            if h == a.id { heads.append(a.id) } else { replacedBy[h, default: []].append(a.id) }
        }
        for id in heads.sorted() {
            let a = byID[id]!
            let chain = (replacedBy[id] ?? []).sorted()
            if withdrawnIDs.contains(id) || chain.contains(where: withdrawnIDs.contains) {
                withdrawn.append(a)
                continue
            }
            guard let fingerprints = catalogue[a.text]?[a.article] else { orphans.append(a); continue }
            let comment = Comment(annotation: a, replaced: chain, endorsements: endorsements[id] ?? 0,
                                  earlierVersion: !fingerprints.contains(a.fingerprint))
            comments[a.text, default: [:]][a.article, default: []].append(comment)
        }
        for a in annotations where a.kind != .comment && catalogue[a.text]?[a.article] == nil { orphans.append(a) }
        orphans.sort { $0.id < $1.id }
        dangling.sort { $0.id < $1.id }
    }
}
