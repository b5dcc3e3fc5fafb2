import Foundation

/// The digest as JSON, in the shape README: Commands gives (`text`, `sessions`, `headcount`,
/// `annotations`, `articles`, `redactions`), plus `orphans`, `breakdown` and `hidden` (how
/// many comments a facilitator hid: counted, never listed; duplicates are folded into
/// their original's `duplicates`, and their proposed wordings, if any, listed in its
/// `duplicate_proposals`). Written by
/// `JSONEncoder` (all escaping is its own) with sorted keys, so equal digests are equal bytes.
public enum DigestJSON {
    struct Document: Encodable {
        struct Text: Encodable { var id: String; var title: String; var versions: [String] }
        struct Counts: Encodable { var support, concern, oppose, question, endorsements: Int }
        /// A folded duplicate's proposed wording: its id, language and wording.
        struct DuplicateProposal: Encodable { var id: String, language: String, proposal: String }
        struct Comment: Encodable {
            var id: String, stance: String, tags: [String], body: String
            var proposal: String?
            var endorsements: Int
            var duplicates: Int
            var duplicate_proposals: [DuplicateProposal]
            var earlier_version: Bool
            var language: String
            var session: String?

            // `proposal` is written as null when absent: every comment has the same keys.
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode(id, forKey: .id)
                try c.encode(stance, forKey: .stance)
                try c.encode(tags, forKey: .tags)
                try c.encode(body, forKey: .body)
                try c.encode(proposal, forKey: .proposal)
                try c.encode(endorsements, forKey: .endorsements)
                try c.encode(duplicates, forKey: .duplicates)
                try c.encode(duplicate_proposals, forKey: .duplicate_proposals)
                try c.encode(earlier_version, forKey: .earlier_version)
                try c.encode(language, forKey: .language)
                try c.encodeIfPresent(session, forKey: .session)
            }
            enum Keys: String, CodingKey {
                case id, stance, tags, body, proposal, endorsements, duplicates, duplicate_proposals, earlier_version, language, session
            }
        }
        struct Article: Encodable {
            var number: String
            var heading: String?
            var counts: Counts
            var tags: [String: Int]
            var hidden: Int
            var comments: [Comment]

            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode(number, forKey: .number)
                try c.encode(heading, forKey: .heading)
                try c.encode(counts, forKey: .counts)
                try c.encode(tags, forKey: .tags)
                try c.encode(hidden, forKey: .hidden)
                try c.encode(comments, forKey: .comments)
            }
            enum Keys: String, CodingKey { case number, heading, counts, tags, hidden, comments }
        }
        struct Orphan: Encodable { var article: String; var comment: Comment }
        struct BreakdownRow: Encodable {
            var name: String, headcount: Int
            var place: String?
            var counts: Counts
        }
        struct BreakdownPart: Encodable {
            var grouping: String?
            var min_group: Int
            var withheld: String?
            var rows: [BreakdownRow]
        }

        var text: Text
        var sessions: [String]
        var headcount: Int
        var annotations: Int
        var comments: Int
        var endorsements: Int
        var withdrawn: Int
        var hidden: Int
        var days: [String]
        var articles: [Article]
        var orphans: [Orphan]
        var breakdown: BreakdownPart
        var redactions: Int
    }

    public static func render(_ d: Digest) -> String {
        ArticlesApart.encode(document(d)) + "\n"
    }

    static func document(_ d: Digest) -> Document {
        func counts(_ c: StanceCounts) -> Document.Counts {
            .init(support: c.support, concern: c.concern, oppose: c.oppose, question: c.question, endorsements: c.endorsements)
        }
        func comment(_ c: DigestComment) -> Document.Comment {
            .init(id: c.id, stance: c.stance.rawValue, tags: c.tags.map(\.rawValue), body: c.body, proposal: c.proposal,
                  endorsements: c.endorsements, duplicates: c.duplicates.count,
                  duplicate_proposals: c.duplicates.compactMap { d in d.proposal.map { .init(id: d.id, language: d.language, proposal: $0) } },
                  earlier_version: c.earlierVersion, language: c.language, session: c.session)
        }
        let h = d.header
        let withheld: String? = switch d.breakdown.withheld {
        case .oneGroup: "one group"
        case .smallGroup: "small group"
        case .unattributed: "comments outside a recorded session"
        case nil: nil
        }
        return Document(
            text: .init(id: h.textID.rawValue, title: h.title, versions: h.versions), sessions: h.sessions, headcount: h.headcount,
            annotations: h.annotations, comments: h.comments, endorsements: h.endorsements, withdrawn: h.withdrawn,
            hidden: h.hidden, days: [h.firstDay, h.lastDay].compactMap { $0?.rawValue },
            articles: d.articles.map { a in
                .init(number: a.number, heading: a.heading, counts: counts(a.counts),
                      tags: Dictionary(uniqueKeysWithValues: a.themes.map { ($0.theme.rawValue, $0.count) }),
                      hidden: a.hiddenCount, comments: a.groups.flatMap(\.comments).map(comment))
            },
            orphans: d.orphans.map { .init(article: $0.article.rawValue, comment: comment($0.comment)) },
            breakdown: .init(grouping: d.breakdown.grouping?.rawValue, min_group: d.breakdown.minGroup, withheld: withheld,
                             rows: d.breakdown.rows.map { .init(name: $0.name, headcount: $0.headcount, place: $0.place, counts: counts($0.counts)) }),
            redactions: d.redactions.total)
    }

    /// Only strings, integers and Booleans: encoding cannot fail.
    static func encode<Value: Encodable>(_ value: Value) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try! encoder.encode(value))
    }

    /// The document encoded with its articles apart, each on its own core, then put in
    /// place: `JSONEncoder` on one thread was an eighth of a JSON digest of 100,000
    /// annotations. The bytes are those of the whole document in one go (DigestJSONTests):
    /// pretty-printing indents by depth only, and a line break of the output is always
    /// structure (inside a string it is escaped), so an article encoded alone is the same
    /// lines, each non-empty one indented by the two levels of `"articles" : [`.
    enum ArticlesApart {
        static func encode(_ document: Document) -> String {
            var frame = document
            frame.articles = []
            let outer = DigestJSON.encode(frame)
            guard !document.articles.isEmpty else { return String(decoding: outer, as: UTF8.self) }
            let articles = InOrderMap.map(document.articles, chunkSize: 1) { indented(DigestJSON.encode($0)) }
            // An empty array is written `[`, an empty line, then `]` at its depth.
            let empty = Array("\n  \"articles\" : [\n\n  ]".utf8)
            guard let at = firstRange(of: empty, in: outer) else {
                preconditionFailure("the digest's JSON without its articles array")
            }
            var out = Array(outer[..<at.lowerBound])
            out.reserveCapacity(outer.count + articles.reduce(0) { $0 + $1.count + 2 })
            out += Array("\n  \"articles\" : [\n".utf8)
            for (i, a) in articles.enumerated() {
                if i > 0 { out += Array(",\n".utf8) }
                out += a
            }
            out += Array("\n  ]".utf8)
            out += outer[at.upperBound...]
            return String(decoding: out, as: UTF8.self)
        }

        /// Each line that is not empty, indented by four spaces.
        static func indented(_ bytes: [UInt8]) -> [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8)
            var lineStart = true
            for b in bytes {
                if lineStart, b != 0x0A { out += [0x20, 0x20, 0x20, 0x20] }
                out.append(b)
                lineStart = b == 0x0A
            }
            return out
        }

        static func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
            guard needle.count <= haystack.count else { return nil }
            for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
                if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start..<(start + needle.count) }
            }
            return nil
        }
    }
}
