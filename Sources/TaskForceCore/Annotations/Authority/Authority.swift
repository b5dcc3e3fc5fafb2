/// Who may change what (Annotations/README.md, "Authority"). Anyone may add a comment or
/// an endorsement; only the holder of a record's key may withdraw or edit it, and only the
/// session's facilitator may moderate the session's comments or undo a moderation:
///
/// - an edit (`supersedes`) must be signed by the key of the comment it replaces;
/// - a withdrawal of a comment or an endorsement, by the key of that record; of a
///   moderation, by the facilitator key of the moderation's session;
/// - a moderation, by the facilitator key of its session (the `key` of
///   `sessions/<code>.json`), and only on a comment of that same session.
///
/// A record that claims such an authority without showing it is refused: it changes
/// nothing anywhere, and so does anything that acts on a refused record. A record whose
/// target is not here yet cannot be judged and is not refused (it acts on nothing). Records
/// without `key` (made before keys existed) can be neither withdrawn nor edited. Decided
/// by the set of records alone, never by the order they were read in.
public enum Authority {
    /// The facilitator keys of the sessions, and the sessions whose records disagree on it.
    public struct SessionKeys: Sendable, Equatable, ExpressibleByDictionaryLiteral {
        /// Session code → the public half of its facilitator key (hex), from its record.
        public var keys: [String: String]
        /// Sessions with two records holding different keys: code → the dispute.
        public private(set) var disputes: [String: Dispute] = [:]

        public init(_ keys: [String: String] = [:]) { self.keys = keys }

        public init(dictionaryLiteral elements: (String, String)...) {
            self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
        }

        public subscript(code: String) -> String? {
            get { keys[code] }
            set { keys[code] = newValue }
        }

        /// Another record of session `code`, in `file`, holds `key`: when the session's own
        /// record (in `recordFile`) holds a different one, the session is disputed.
        public mutating func add(rival key: String?, of code: String, in file: String, recordFile: String) {
            guard let key, let own = keys[code], own != key else { return }
            var dispute = disputes[code] ?? Dispute(keys: [own], files: [recordFile])
            dispute.keys.insert(key)
            if !dispute.files.contains(file) { dispute.files.append(file) }
            disputes[code] = dispute
        }
    }

    /// Two or more records of one session with different facilitator keys: nothing tells
    /// the real one from a forgery, so until a person keeps one, the session's hides signed
    /// by any of them stand and none of its duplicate marks or undoings counts.
    public struct Dispute: Sendable, Equatable {
        public var keys: Set<String>
        /// The record files, the session's own first.
        public var files: [String]

        public func sentence(_ code: String) -> String {
            "two records of session \(code) with different facilitator keys (\(files.joined(separator: " and ")))"
        }
    }

    public static func keys(of records: some Sequence<SessionRecord>) -> SessionKeys {
        var keys = SessionKeys()
        for r in records { if let k = r.key { keys[r.code] = k } }
        return keys
    }

    /// One refused record and why, in one sentence.
    public struct Refusal: Sendable, Equatable {
        public var annotation: Annotation
        public var reason: String
    }

    /// The records of `annotations` that are refused, sorted by id.
    public static func refusals(_ annotations: [Annotation], sessions: SessionKeys) -> [Refusal] {
        let byID = AnnotationIndex(annotations)
        var refused: [AnnotationID: Refusal] = [:]
        // What each record acts on, for refusing what acts on a refused record.
        var actors: [AnnotationID: [AnnotationID]] = [:]
        // (No array per record: 100,000 small arrays were a visible part of a digest.)
        func acts(_ a: Annotation, on t: AnnotationID?) { if let t { actors[t, default: []].append(a.id) } }
        for a in annotations {
            acts(a, on: a.target)
            acts(a, on: a.supersedes)
            acts(a, on: a.original)
        }
        // Checking signatures is most of the work (about 60 µs each): on every core.
        let found = byID
        let reasons = InOrderMap.map(annotations, chunkSize: 2_048) { reason($0, byID: found, sessions: sessions) }
        for (a, reason) in zip(annotations, reasons) {
            if let reason { refused[a.id] = Refusal(annotation: a, reason: reason) }
        }
        var work = Array(refused.keys)
        while let id = work.popLast() {
            for actor in actors[id] ?? [] where refused[actor] == nil {
                refused[actor] = Refusal(annotation: byID[actor]!, reason: "it acts on \(id.value), which is itself refused")
                work.append(actor)
            }
        }
        return refused.values.sorted { $0.annotation.id < $1.annotation.id }
    }

    /// Why `a` is refused on its own, or nil.
    static func reason(_ a: Annotation, byID: AnnotationIndex, sessions: SessionKeys) -> String? {
        switch a.kind {
        case .endorsement:
            // A "me too" needs no right; a show of hands is the facilitator's word.
            guard a.count != nil else { return nil }
            return facilitatorProblem(a, session: a.session, sessions, what: "a show of hands")
        case .comment:
            guard let old = a.supersedes, let previous = byID[old], previous.kind == .comment else { return nil }
            if RecordSignature.verifies(a, publicKey: previous.key) { return nil }
            return "an edit of \(old.value) not signed by the key of that comment's writer"
        case .withdrawal:
            guard let t = a.target, let target = byID[t] else { return nil }
            switch target.kind {
            case .endorsement where target.count != nil:
                return facilitatorProblem(a, session: target.session, sessions, what: "a withdrawal of the show of hands \(t.value)")
            case .comment, .endorsement:
                if RecordSignature.verifies(a, publicKey: target.key) { return nil }
                return "a withdrawal of \(t.value) not signed by the key of its writer"
            case .moderation:
                if let code = target.session, let dispute = sessions.disputes[code] {
                    return "an undoing of the moderation \(t.value), while there are \(dispute.sentence(code)): no undoing counts until a person keeps one"
                }
                if RecordSignature.verifies(a, publicKey: target.session.flatMap { sessions[$0] }) { return nil }
                return "an undoing of the moderation \(t.value) not signed by its session's facilitator key"
            case .withdrawal:
                return "a withdrawal of a withdrawal, which nobody may write"
            }
        case .moderation:
            guard let session = a.session else { return "a moderation without a session, which no facilitator key can sign" }
            if let dispute = sessions.disputes[session] {
                guard dispute.keys.contains(where: { RecordSignature.verifies(a, publicKey: $0) }) else {
                    return "a moderation not signed by any facilitator key of session \(session)"
                }
                // The safe side: a hide keeps words out and the comment counted.
                if a.action != .hide {
                    return "a duplicate mark, while there are \(dispute.sentence(session)): no duplicate mark counts until a person keeps one"
                }
            } else if let key = sessions[session] {
                guard RecordSignature.verifies(a, publicKey: key) else {
                    return "a moderation not signed by the facilitator key of session \(session)"
                }
            } else {
                return "a moderation of session \(session), which has no record with a facilitator key here"
            }
            if let t = a.target, let target = byID[t], target.kind == .comment, target.session != session {
                return "a moderation by session \(session) of a comment of \(target.session.map { "session " + $0 } ?? "no session")"
            }
            return nil
        }
    }

    /// Why `a`, which only the facilitator of `session` may write and which no dispute
    /// lets stand (a show of hands, its withdrawal), is refused, or nil when it is signed
    /// by that session's key.
    private static func facilitatorProblem(_ a: Annotation, session: String?, _ sessions: SessionKeys, what: String) -> String? {
        guard let session else { return "\(what) without a session, which no facilitator key can sign" }
        if let dispute = sessions.disputes[session] {
            return "\(what), while there are \(dispute.sentence(session)): none counts until a person keeps one"
        }
        guard let key = sessions[session] else {
            return "\(what) of session \(session), which has no record with a facilitator key here"
        }
        return RecordSignature.verifies(a, publicKey: key) ? nil : "\(what) not signed by the facilitator key of session \(session)"
    }
}
