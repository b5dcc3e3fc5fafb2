import TaskForceCore

/// The annotations the screen's counts and notes were computed from, by id: those loaded
/// at start-up, the comments saved from this screen, and those that arrived since (this
/// screen's own endorsements and withdrawals come back that way). An arrival whose id is
/// here already (a comment of this process reported back by the folder watch, a file
/// listed twice) changes nothing.
public struct KnownAnnotations: Sendable {
    public private(set) var byID: [AnnotationID: Annotation] = [:]

    public init(_ annotations: [Annotation] = []) {
        for a in annotations { byID[a.id] = a }
    }

    public func contains(_ id: AnnotationID) -> Bool { byID[id] != nil }

    public var count: Int { byID.count }

    /// Adds the annotations not known yet; returns how many were new.
    @discardableResult
    public mutating func insert(_ annotations: [Annotation]) -> Int {
        var added = 0
        for a in annotations where byID[a.id] == nil {
            byID[a.id] = a
            added += 1
        }
        return added
    }
}
