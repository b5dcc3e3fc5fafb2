import Foundation

/// Session record files: written like annotation files (sorted keys, two-space indent),
/// read as strictly (exactly these fields, NFC, sensible values).
public enum SessionRecordCodec {
    static let fields: Set<String> = ["format", "code", "place", "day", "headcount"]
    static let optionalFields: Set<String> = ["key"]
    /// Larger than any real place name needs; checked before a file is read.
    public static let sizeLimit = 4 * 1024
    /// No room holds more; a typo (an extra zero) is refused rather than believed.
    public static let largestHeadcount = 10_000

    public static func encode(_ r: SessionRecord) -> [UInt8] {
        let q = AnnotationCodec.quoted
        var lines = [
            "  \"code\": \(q(r.code))", "  \"day\": \(q(r.day.rawValue))", "  \"format\": \(q(SessionRecord.format))",
            "  \"headcount\": \(r.headcount)",
        ]
        if let key = r.key { lines.append("  \"key\": \(q(key))") }
        lines.append("  \"place\": \(q(r.place))")
        let body = lines.joined(separator: ",\n")
        return Array(("{\n" + body + "\n}\n").utf8)
    }

    public static func decode(_ bytes: [UInt8]) throws(AnnotationDefect) -> SessionRecord {
        let members = try StrictJSON.record(bytes, limit: sizeLimit)
        var strings: [String: String] = [:]
        var headcount: Int?
        for (key, value) in members {
            guard fields.contains(key) || optionalFields.contains(key) else { throw AnnotationDefect("the field \"\(key)\" is not allowed in a session record") }
            switch (key, value) {
            case ("headcount", .integer(let n)): headcount = n
            case (_, .string(let s)) where key != "headcount":
                guard NFC.isNormalised(s) else { throw AnnotationDefect("the field \"\(key)\" is not in Unicode NFC") }
                strings[key] = s
            default: throw AnnotationDefect("the field \"\(key)\" has the wrong type")
            }
        }
        if let missing = fields.subtracting(members.map(\.key)).sorted().first {
            throw AnnotationDefect("the field \"\(missing)\" is missing")
        }
        guard strings["format"] == SessionRecord.format else {
            throw AnnotationDefect("the format is not \(SessionRecord.format)")
        }
        // The day is checked second, as it always was.
        guard let day = Day(strings["day"]!) else {
            throw AnnotationDefect(codeProblem(strings["code"]!) ?? dayProblem)
        }
        let record = SessionRecord(code: strings["code"]!, place: strings["place"]!, day: day,
                                   headcount: headcount!, key: strings["key"])
        if let problem = problem(record) { throw AnnotationDefect(problem) }
        return record
    }

    static let dayProblem = "the day is not YYYY-MM-DD"

    static func codeProblem(_ code: String) -> String? {
        guard AnnotationRules.isSessionCode(code) else { return "the session code uses letters, digits and '-' only" }
        return AnnotationRules.identifyingDetail(inSessionCode: code).map { "the session code seems to hold \($0), which no export may show" }
    }

    /// Why a record cannot be kept, or nil.
    public static func problem(_ r: SessionRecord) -> String? {
        if let problem = codeProblem(r.code) { return problem }
        if let key = r.key, !AnnotationRules.isHex(key, length: 64) { return "the key is not 64 lowercase hex characters" }
        guard (0...largestHeadcount).contains(r.headcount) else {
            return "the headcount must be between 0 and \(largestHeadcount)"
        }
        let place = r.place.trimmingCharacters(in: .whitespaces)
        guard !place.isEmpty, place.count <= 80, !r.place.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            return "the place must be one line of 1 to 80 characters"
        }
        return nil
    }
}
