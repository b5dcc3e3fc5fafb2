import Foundation

/// How many identifying details an export replaced, by kind: told to the person exporting,
/// and written in the digest itself (ARCHITECTURE: The digest).
public struct Redactions: Sendable, Equatable {
    public var counts: [IdentifyingDetails.Kind: Int] = [:]

    public init() {}

    public var total: Int { counts.values.reduce(0, +) }

    mutating func add(_ other: Redactions) {
        for (kind, n) in other.counts { counts[kind, default: 0] += n }
    }

    /// `text` cleaned for export (controls and invisible characters dropped, NFC) with each
    /// identifying detail replaced by its placeholder in `language`; counted here. A
    /// proposed wording keeps what its article already says (`source`, cleaned for export).
    mutating func clean(_ text: String, _ language: UILanguage, source: String? = nil) -> String {
        let safe = Sanitizer.sanitize(text, for: .export)
        var found: [IdentifyingDetails.Kind: Int] = [:]
        let redacted = IdentifyingDetails.redact(safe, keepingWhatIsIn: source) { kind in
            found[kind, default: 0] += 1
            return DigestLabel.removed(kind).text(language)
        }
        for (kind, n) in found { counts[kind, default: 0] += n }
        return redacted.text
    }
}

/// The free text of many comments cleaned, redacted and compared on every core at once: on a
/// digest of 100,000 annotations this is most of the work, and each comment is independent.
/// The result is the same as cleaning them one by one, in order.
enum ParallelCleaning {
    struct Cleaned: Sendable {
        var body: String
        var proposal: String?
        /// The proposal against the article's text, when both exist.
        var redline: [RedlinePiece]?
        var redactions: Redactions
    }

    /// - Parameter annotations: each comment with the text of the article it proposes to
    ///   change (nil without a proposal or an article).
    static func clean(_ annotations: [(Annotation, original: WordRedline.Original?)], _ language: UILanguage) -> [AnnotationID: Cleaned] {
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount, annotations.count / 64))
        let results = Results(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var part: [(AnnotationID, Cleaned)] = []
            let range = stride(from: chunk, to: annotations.count, by: chunks)
            for i in range {
                let (a, original) = annotations[i]
                var r = Redactions()
                let body = r.clean(a.body ?? "", language)
                let proposal = a.proposal.map { r.clean($0, language, source: original?.text) }
                let redline = proposal.flatMap { p in original.map { WordRedline.compare($0, proposal: p) } }
                part.append((a.id, Cleaned(body: body, proposal: proposal, redline: redline, redactions: r)))
            }
            results.set(chunk, part)
        }
        return Dictionary(results.all.joined(), uniquingKeysWith: { first, _ in first })
    }

    /// Each chunk writes its own slot once; the lock only guards the array itself.
    private final class Results: @unchecked Sendable {
        private var parts: [[(AnnotationID, Cleaned)]]
        private let lock = NSLock()
        init(count: Int) { parts = Array(repeating: [], count: count) }
        func set(_ i: Int, _ part: [(AnnotationID, Cleaned)]) { lock.withLock { parts[i] = part } }
        var all: [[(AnnotationID, Cleaned)]] { lock.withLock { parts } }
    }
}
