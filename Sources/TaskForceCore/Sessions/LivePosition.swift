/// Where a running session is, as its facilitator publishes it (`live/<code>.json`): the
/// text and article on the facilitator's screen, and whether the room may see the stance
/// tallies yet. Participant screens of the same session read it to follow along. It says
/// nothing about anyone, and only the latest position is kept (the file is replaced).
public struct LivePosition: Sendable, Hashable {
    public static let format = "taskforce.live.v1"

    public var session: String
    public var text: TextID
    public var article: ArticleNumber
    /// False until the facilitator reveals them, so that early votes do not sway the room.
    public var talliesShown: Bool

    public init(session: String, text: TextID, article: ArticleNumber, talliesShown: Bool) {
        self.session = session
        self.text = text
        self.article = article
        self.talliesShown = talliesShown
    }
}

/// The live position file: written like the other records (sorted keys, two-space indent),
/// read strictly (exactly these fields, valid values).
public enum LivePositionCodec {
    static let fields: Set<String> = ["format", "session", "text", "article", "tallies"]
    public static let sizeLimit = 1024

    public static func encode(_ p: LivePosition) -> [UInt8] {
        let q = AnnotationCodec.quoted
        let body = [
            "  \"article\": \(q(p.article.rawValue))", "  \"format\": \(q(LivePosition.format))",
            "  \"session\": \(q(p.session))", "  \"tallies\": \(q(p.talliesShown ? "shown" : "hidden"))",
            "  \"text\": \(q(p.text.rawValue))",
        ].joined(separator: ",\n")
        return Array(("{\n" + body + "\n}\n").utf8)
    }

    public static func decode(_ bytes: [UInt8]) throws(AnnotationDefect) -> LivePosition {
        let members = try StrictJSON.record(bytes, limit: sizeLimit)
        var strings: [String: String] = [:]
        for (key, value) in members {
            guard fields.contains(key) else { throw AnnotationDefect("the field \"\(key)\" is not allowed in a live position") }
            guard case .string(let s) = value else { throw AnnotationDefect("the field \"\(key)\" has the wrong type") }
            strings[key] = s
        }
        if let missing = fields.subtracting(strings.keys).sorted().first {
            throw AnnotationDefect("the field \"\(missing)\" is missing")
        }
        guard strings["format"] == LivePosition.format else { throw AnnotationDefect("the format is not \(LivePosition.format)") }
        let session = strings["session"]!, text = strings["text"]!, article = strings["article"]!
        guard AnnotationRules.isSessionCode(session) else { throw AnnotationDefect("\"session\" is not a session code") }
        guard let text = TextID(text) else { throw AnnotationDefect("\"text\" is not a text id") }
        guard let article = ArticleNumber(article) else { throw AnnotationDefect("\"article\" is not an article number") }
        guard let tallies = ["shown": true, "hidden": false][strings["tallies"]!] else {
            throw AnnotationDefect("\"tallies\" is shown or hidden")
        }
        return LivePosition(session: session, text: text, article: article, talliesShown: tallies)
    }
}
