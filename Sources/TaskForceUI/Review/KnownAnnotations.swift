import TaskForceCore

/// The annotations the screen's counts and notes were computed from, by id: those loaded
/// at start-up, the comments saved from this screen, and those that arrived since (this
/// screen's own endorsements and withdrawals come back that way). An arrival whose id is
/// here already (a comment of this process reported back by the folder watch, a file
/// listed twice) changes nothing.
public struct KnownAnnotations: Sendable {
    public private(set) var byID: [AnnotationID: Annotation] = [:]
    /// The ids on each article: an arrival folds again only the articles it touches.
    private var byArticle: [ArticleKey: [AnnotationID]] = [:]

    public init(_ annotations: [Annotation] = []) {
        insert(annotations)
    }

    public func contains(_ id: AnnotationID) -> Bool { byID[id] != nil }

    public var count: Int { byID.count }

    /// Adds the annotations not known yet; returns the articles they are on (empty when
    /// none was new).
    @discardableResult
    public mutating func insert(_ annotations: [Annotation]) -> Set<ArticleKey> {
        var touched: Set<ArticleKey> = []
        for a in annotations where byID[a.id] == nil {
            byID[a.id] = a
            let key = ArticleKey(text: a.text, article: a.article)
            byArticle[key, default: []].append(a.id)
            touched.insert(key)
        }
        return touched
    }

    /// Every known annotation on one article: comments and what refers to them (edits,
    /// endorsements, withdrawals and moderations carry their target's text and article).
    public func annotations(on key: ArticleKey) -> [Annotation] {
        (byArticle[key] ?? []).compactMap { byID[$0] }
    }
}

/// One article of one text.
public struct ArticleKey: Hashable, Sendable {
    public var text: String
    public var article: String

    public init(text: String, article: String) {
        self.text = text
        self.article = article
    }
}
