import TaskForceCore

/// The annotations the screen's counts and notes were computed from: those loaded at
/// start-up, the comments saved from this screen, and those that arrived since (this
/// screen's own endorsements and withdrawals come back that way). An arrival whose id is
/// here already (a comment of this process reported back by the folder watch, a file
/// listed twice) changes nothing.
///
/// Held once, compactly: the annotations in one array in the order they became known,
/// and only positions in that array (4 bytes each) in the index by id and in the lists
/// per article. A dictionary of whole annotations by id held every annotation in a table
/// of twice as many slots (BENCHMARKS.md, "The review screen's memory"). A value: the
/// digest preview is built from a copy of it on a worker (`ReviewEffect.buildDigest`),
/// which costs nothing until the screen changes its own.
public struct KnownAnnotations: Sendable, Equatable {
    /// Every known annotation, in the order it became known.
    public private(set) var all: [Annotation] = []
    /// Position in `all` of each id.
    private var positions: [AnnotationID: Int32] = [:]
    /// The positions of the annotations on each article: an arrival folds again only the
    /// articles it touches.
    private var byArticle: [ArticleKey: [Int32]] = [:]

    public init(_ annotations: [Annotation] = []) {
        insert(annotations)
    }

    /// Two snapshots are equal when they hold the same annotations in the same order
    /// (the index and the lists per article follow from that).
    public static func == (a: KnownAnnotations, b: KnownAnnotations) -> Bool { a.all == b.all }

    public func contains(_ id: AnnotationID) -> Bool { positions[id] != nil }

    public var count: Int { all.count }

    public subscript(id: AnnotationID) -> Annotation? { positions[id].map { all[Int($0)] } }

    /// Lookup by id, as `known.byID[id]` (for the screen; prefer the subscript).
    public var byID: ByID { ByID(known: self) }

    public struct ByID: Sendable {
        let known: KnownAnnotations
        public subscript(id: AnnotationID) -> Annotation? { known[id] }
    }

    /// Room for `more` annotations, so that a load of a folder whose number of files is
    /// known grows the storage once instead of doubling it. Many small text folders in a
    /// row still grow it by half at least each time: an exact reserve per folder would copy
    /// everything already held once per folder.
    public mutating func reserve(_ more: Int) {
        let needed = all.count + more
        guard needed > all.capacity else { return }
        let room = max(needed, all.capacity + all.capacity / 2)
        all.reserveCapacity(room)
        positions.reserveCapacity(room)
    }

    /// Adds one annotation if its id is not known yet; returns its article, or nil.
    @discardableResult
    public mutating func insert(_ a: Annotation) -> ArticleKey? {
        guard positions[a.id] == nil else { return nil }
        let position = Int32(all.count)
        all.append(a)
        positions[a.id] = position
        let key = ArticleKey(text: a.text, article: a.article)
        byArticle[key, default: []].append(position)
        return key
    }

    /// Adds the annotations not known yet; returns the articles they are on (empty when
    /// none was new).
    @discardableResult
    public mutating func insert(_ annotations: [Annotation]) -> Set<ArticleKey> {
        var touched: Set<ArticleKey> = []
        for a in annotations { if let key = insert(a) { touched.insert(key) } }
        return touched
    }

    /// Every article that holds a known annotation.
    public var articles: Dictionary<ArticleKey, [Int32]>.Keys { byArticle.keys }

    /// Every known annotation on one article: comments and what refers to them (edits,
    /// endorsements, withdrawals and moderations carry their target's text and article).
    public func annotations(on key: ArticleKey) -> [Annotation] {
        (byArticle[key] ?? []).map { all[Int($0)] }
    }

    /// The current comments of one article, folded from its annotations alone, as
    /// `CurrentView` folds a folder. The start-up load and every arrival fold the same way,
    /// so the screen says the same before and after a restart, even for a record that
    /// names a comment of another article (which refers to nothing on its own article).
    public func currentComments(on key: ArticleKey, catalogue: CurrentView.Catalogue,
                                sessions: Authority.SessionKeys) -> [CurrentView.Comment] {
        let view = CurrentView(annotations(on: key), catalogue: catalogue, sessions: sessions)
        return view.comments[key.text]?[key.article] ?? []
    }

    /// The current comments of every article of the texts in `catalogue`, by text id, then
    /// article number: what the screen opens with.
    public func currentComments(catalogue: CurrentView.Catalogue,
                                sessions: Authority.SessionKeys) -> [TextID: [ArticleNumber: [CurrentView.Comment]]] {
        var comments: [TextID: [ArticleNumber: [CurrentView.Comment]]] = [:]
        for key in byArticle.keys where catalogue[key.text]?[key.article] != nil {
            let list = currentComments(on: key, catalogue: catalogue, sessions: sessions)
            // Kept for as long as the screen is open: without the room the fold grew it by.
            if !list.isEmpty { comments[key.text, default: [:]][key.article] = Array(unsafeUninitializedCapacity: list.count) { buffer, count in
                count = buffer.initialize(fromContentsOf: list)
            } }
        }
        return comments
    }
}

/// One article of one text.
public struct ArticleKey: Hashable, Sendable {
    public var text: TextID
    public var article: ArticleNumber

    public init(text: TextID, article: ArticleNumber) {
        self.text = text
        self.article = article
    }
}
