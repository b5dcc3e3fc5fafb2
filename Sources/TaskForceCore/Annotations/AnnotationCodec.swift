/// Annotation files: one canonical way to write (sorted keys, two-space indent, one
/// field per line, so files diff well in git and equal annotations are equal bytes),
/// and a strict reader that accepts exactly the allow-listed fields of each kind.
public enum AnnotationCodec {
    /// Larger files are refused before reading (the longest article prefilled as a
    /// proposal stays far below it).
    public static let sizeLimit = 256 * 1024

    /// Which fields each kind must have and may have.
    static let required: [AnnotationKind: Set<String>] = [
        .comment: ["format", "id", "kind", "text", "article", "fingerprint", "day", "stance", "tags", "body", "language"],
        .endorsement: ["format", "id", "kind", "text", "article", "fingerprint", "day", "target"],
        .withdrawal: ["format", "id", "kind", "text", "article", "fingerprint", "day", "target"],
        .moderation: ["format", "id", "kind", "text", "article", "fingerprint", "day", "target", "action"],
    ]
    static let optional: [AnnotationKind: Set<String>] = [
        .comment: ["session", "proposal", "supersedes", "transcribed", "key", "signature"],
        .endorsement: ["session", "count", "key", "signature"],
        .withdrawal: ["session", "signature"],
        .moderation: ["session", "original", "signature"],
    ]

    /// Every field of `required` and `optional`, in sorted order (a test checks both): a
    /// member's key is matched to its field once, and the field's member is then found
    /// without comparing keys again.
    enum Field: Int, CaseIterable {
        case action, article, body, count, day, fingerprint, format, id, key, kind, language, original, proposal,
             session, signature, stance, supersedes, tags, target, text, transcribed

        static let names = ["action", "article", "body", "count", "day", "fingerprint", "format", "id", "key", "kind",
                            "language", "original", "proposal", "session", "signature", "stance", "supersedes", "tags",
                            "target", "text", "transcribed"]
        private static let utf8 = names.map { Array($0.utf8) }

        var name: String { Self.names[rawValue] }

        /// The field `key` is, if any, as `key == name` says. Equal bytes are equal Strings,
        /// and an ASCII key equals an (ASCII) name only if their bytes are equal; any other key
        /// could still be canonically equivalent to a name, so it is compared as a String.
        init?(key: String) {
            var key = key
            let (index, isASCII) = key.withUTF8 { bytes -> (Int?, Bool) in
                for (n, name) in Self.utf8.enumerated()
                where name.count == bytes.count && name.first == bytes.first && name.elementsEqual(bytes) {
                    return (n, true)
                }
                return (nil, !bytes.contains { $0 >= 0x80 })
            }
            guard let index = index ?? (isASCII ? nil : Self.names.firstIndex(of: key)) else { return nil }
            self.init(rawValue: index)
        }
    }

    /// What each kind must and may have, as fields; required ones in sorted order, so that
    /// the first missing one named is the first in sorted order.
    private static let requiredFields = required.mapValues { $0.map { Field(key: $0)! }.sorted { $0.rawValue < $1.rawValue } }
    private static let allowedFields: [AnnotationKind: [Bool]] = required.merging(optional) { $0.union($1) }.mapValues { names in
        Field.allCases.map { names.contains($0.name) }
    }

    /// - Parameter stanceChosen: false for a draft whose writer has not chosen a stance yet:
    ///   its stance is written empty, so that reopening it chooses none (a saved comment
    ///   always has one).
    public static func encode(_ a: Annotation, stanceChosen: Bool = true) -> [UInt8] {
        var fields: [(String, String)] = [
            ("format", quoted(Annotation.format)), ("id", quoted(a.id.value)), ("kind", quoted(a.kind.rawValue)),
            ("text", quoted(a.text.rawValue)), ("article", quoted(a.article.rawValue)),
            ("fingerprint", quoted(a.fingerprint)), ("day", quoted(a.day.rawValue)),
        ]
        if let s = a.session { fields.append(("session", quoted(s))) }
        if let k = a.key { fields.append(("key", quoted(k))) }
        if let s = a.signature { fields.append(("signature", quoted(s))) }
        switch a.payload {
        case .comment(let c):
            fields.append(("stance", quoted(stanceChosen ? c.stance.rawValue : "")))
            let tags = c.tags.map { "    " + quoted($0.rawValue) }
            fields.append(("tags", tags.isEmpty ? "[]" : "[\n" + tags.joined(separator: ",\n") + "\n  ]"))
            fields.append(("body", quoted(c.body)))
            if let p = c.proposal { fields.append(("proposal", quoted(p))) }
            fields.append(("language", quoted(c.language)))
            if let s = c.supersedes { fields.append(("supersedes", quoted(s.value))) }
            if c.transcribed { fields.append(("transcribed", "true")) }
        case .moderation(let target, let action):
            fields.append(("target", quoted(target.value)))
            switch action {
            case .hide: fields.append(("action", quoted(ModerationAction.hide.rawValue)))
            case .duplicate(let original):
                fields.append(("action", quoted(ModerationAction.duplicate.rawValue)))
                fields.append(("original", quoted(original.value)))
            }
        case .endorsement(let target, let count):
            fields.append(("target", quoted(target.value)))
            if let count { fields.append(("count", String(count))) }
        case .withdrawal(let target):
            fields.append(("target", quoted(target.value)))
        }
        let body = fields.sorted { $0.0 < $1.0 }.map { "  \(quoted($0.0)): \($0.1)" }.joined(separator: ",\n")
        return Array(("{\n" + body + "\n}\n").utf8)
    }

    /// JSON string literal: `"` `\` and control characters escaped, the rest as UTF-8.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `NFC.isNormalised`, without its work for a string that has no byte from 0xCC (no
    /// scalar from U+0300, where the first characters NFC changes are): `NFC.normalise`
    /// returns such a string as it is, so it is normalised. Most fields are ASCII.
    static func isNFC(_ s: String) -> Bool {
        var s = s
        let simple = s.withUTF8 { bytes in !bytes.contains { $0 >= 0xCC } }
        return simple || NFC.isNormalised(s)
    }

    /// Reads and validates one file's bytes. The message says what is wrong in one
    /// sentence; `line` points at it when the JSON itself is broken.
    public static func decode(_ bytes: [UInt8]) throws(AnnotationDefect) -> Annotation {
        let members = try StrictJSON.record(bytes, limit: sizeLimit)
        // Each member's field, and each field's member (keys are unique, so at most one).
        var fields: [Field?] = []
        fields.reserveCapacity(members.count)
        var slots = [Int](repeating: -1, count: Field.allCases.count)
        for (m, member) in members.enumerated() {
            let field = Field(key: member.key)
            if let field { slots[field.rawValue] = m }
            fields.append(field)
        }
        func value(_ field: Field) -> StrictJSON.Value? {
            slots[field.rawValue] < 0 ? nil : members[slots[field.rawValue]].value
        }
        func string(_ field: Field) -> String? {
            if case .string(let s)? = value(field) { return s }
            return nil
        }
        func integer(_ field: Field) -> Int? {
            if case .integer(let n)? = value(field) { return n }
            return nil
        }
        for (key, value) in members {
            if case .string(let s) = value, !isNFC(s) {
                throw AnnotationDefect("the field \"\(key)\" is not in Unicode NFC")
            }
        }
        guard string(.format) == Annotation.format else {
            throw AnnotationDefect("the format is not \(Annotation.format) (found \(string(.format).map { "\"\($0)\"" } ?? "none"))")
        }
        guard let kind = string(.kind).flatMap(AnnotationKind.init(rawValue:)) else {
            throw AnnotationDefect("the kind must be comment, endorsement, withdrawal or moderation")
        }
        let allowed = allowedFields[kind]!
        // The first in sorted order, as before.
        let unknownKeys = zip(members, fields).lazy.filter { _, field in field.map { !allowed[$0.rawValue] } ?? true }
        if let unknown = unknownKeys.map(\.0.key).min() {
            throw AnnotationDefect("the field \"\(unknown)\" is not allowed in a \(kind.rawValue)")
        }
        if let missing = requiredFields[kind]!.first(where: { slots[$0.rawValue] < 0 }) {
            throw AnnotationDefect("the field \"\(missing.name)\" is missing")
        }
        for (member, field) in zip(members, fields) {
            let isList: Bool, isInteger: Bool, isBoolean: Bool
            switch member.value {
            case .strings: (isList, isInteger, isBoolean) = (true, false, false)
            case .integer: (isList, isInteger, isBoolean) = (false, true, false)
            case .string: (isList, isInteger, isBoolean) = (false, false, false)
            case .boolean: (isList, isInteger, isBoolean) = (false, false, true)
            }
            if (field == .tags) != isList || (field == .count) != isInteger || (field == .transcribed) != isBoolean {
                throw AnnotationDefect("the field \"\(member.key)\" has the wrong type")
            }
            // Written only when true, so that one annotation has one spelling.
            if field == .transcribed, member.value != .boolean(true) {
                throw AnnotationDefect("the field \"transcribed\" is either true or left out")
            }
        }
        func id(_ field: Field) throws(AnnotationDefect) -> AnnotationID? {
            guard let s = string(field) else { return nil }
            guard let id = AnnotationID(s) else { throw AnnotationDefect("\"\(field.name)\" is not 32 lowercase hex characters") }
            return id
        }
        var tags: [Theme] = []
        var list: [String] = []
        if case .strings(let l)? = value(.tags) { list = l }
        for t in list {
            guard let theme = Theme(rawValue: t) else { throw AnnotationDefect("unknown theme \"\(t)\"") }
            tags.append(theme)
        }
        // Read in the order the fields were always checked in, so that a file with several
        // faults is still named for the same one.
        let ownID = try id(.id)!
        let stance = try string(.stance).map { s throws(AnnotationDefect) in
            guard let stance = Stance(rawValue: s) else { throw AnnotationDefect("unknown stance \"\(s)\"") }
            return stance
        }
        let supersedes = try id(.supersedes)
        let target = try id(.target)
        let action = try string(.action).map { s throws(AnnotationDefect) in
            guard let action = ModerationAction(rawValue: s) else { throw AnnotationDefect("unknown moderation action \"\(s)\"") }
            return action
        }
        let original = try id(.original)
        // The allow-list above guarantees each kind's required fields; what it cannot say
        // (an original only with a duplicate) is said after the rules common to every kind.
        var misfit: String?
        let payload: Annotation.Payload
        switch (kind, stance, target, action) {
        case (.comment, let stance?, _, _):
            payload = .comment(Annotation.Comment(
                stance: stance, tags: tags, body: string(.body)!, proposal: string(.proposal), language: string(.language)!,
                supersedes: supersedes, transcribed: value(.transcribed) == .boolean(true)))
        case (.endorsement, _, let target?, _): payload = .endorsement(target: target, count: integer(.count))
        case (.withdrawal, _, let target?, _): payload = .withdrawal(target: target)
        case (.moderation, _, let target?, .hide?):
            if original != nil { misfit = "only a duplicate names an original" }
            payload = .moderation(target: target, .hide)
        case (.moderation, _, let target?, .duplicate?):
            guard let original else {
                misfit = "a duplicate needs the original it repeats"
                payload = .moderation(target: target, .hide)
                break
            }
            payload = .moderation(target: target, .duplicate(of: original))
        default:
            throw AnnotationDefect("the fields of a \(kind.rawValue) are missing")  // unreachable: they are required
        }
        let keyWritten = string(.key)
        let key = keyWritten.flatMap(RecordKey.init(hex:))
        // In the order the rules always named them: text, article, fingerprint, day.
        guard let text = TextID(string(.text)!), text.rawValue.utf8.count <= AnnotationRules.maximumTextIDLength else {
            throw AnnotationDefect(AnnotationRules.textIDProblem)
        }
        guard let article = ArticleNumber(string(.article)!) else { throw AnnotationDefect(AnnotationRules.articleProblem) }
        let fingerprint = string(.fingerprint)!
        guard let day = Day(string(.day)!) else {
            if let problem = AnnotationRules.fingerprintProblem(fingerprint) { throw AnnotationDefect(problem) }
            throw AnnotationDefect(AnnotationRules.dayProblem)
        }
        let a = Annotation(id: ownID, text: text, article: article, fingerprint: fingerprint,
                           day: day, session: string(.session), payload: payload, key: key,
                           signature: string(.signature))
        if let problem = AnnotationRules.problem(a, badKey: key == nil ? keyWritten : nil) ?? misfit {
            throw AnnotationDefect(problem)
        }
        return a
    }
}

/// Why an annotation file cannot be used.
public struct AnnotationDefect: Error, Sendable, Equatable {
    public var message: String
    public var line: Int?

    public init(_ message: String, line: Int? = nil) {
        self.message = message
        self.line = line
    }
}
