/// The value rules of Annotations/README.md, checked before a save and after every load.
public enum AnnotationRules {
    public static let maximumBodyLength = 20_000
    public static let maximumProposalLength = 100_000
    public static let maximumShowOfHands = 10_000
    public static let maximumTextIDLength = 100

    // What a file with a wrong text id, article number or day is told, in the order checked.
    static let textIDProblem = "\"text\" is not a text id"
    static let articleProblem = "\"article\" is not an article number"
    static let dayProblem = "\"day\" is not a date written YYYY-MM-DD"

    /// The first broken rule, in one sentence, or nil.
    public static func problem(_ a: Annotation) -> String? { problem(a, badKey: nil) }

    /// - Parameter badKey: a key as a file spelled it when it is not one (a `RecordKey`
    ///   holds only valid keys), named where the key was always checked.
    static func problem(_ a: Annotation, badKey: String?) -> String? {
        // The text id, the article number and the day are checked when built (`TextID`,
        // `ArticleNumber`, `Day`); a file adds the text id's length.
        guard a.text.rawValue.utf8.count <= maximumTextIDLength else { return textIDProblem }
        if let problem = fingerprintProblem(a.fingerprint) { return problem }
        if let s = a.session {
            guard isSessionCode(s) else { return "\"session\" is not a session code such as BXL-2026-07" }
            // Written by hand or brought by a bundle: the screens refuse such a code, and the
            // digest would show it to policymakers (issue 13).
            if let what = identifyingDetail(inSessionCode: s) { return "\"session\" seems to hold \(what), which no export may show" }
        }
        if a.recordKey != nil || badKey != nil {
            guard a.kind == .comment || a.kind == .endorsement else { return "only a comment or an endorsement carries a key" }
            guard badKey == nil else { return "\"key\" is not 64 lowercase hex characters" }
        }
        if let s = a.signature {
            guard a.kind != .endorsement || a.count != nil, a.kind != .comment || a.supersedes != nil else {
                return "only an edit, a withdrawal, a moderation or a show of hands carries a signature"
            }
            guard isHex(s, length: 128) else { return "\"signature\" is not 128 lowercase hex characters" }
        }
        // Which fields each kind has is the payload's type; what is left are their values.
        switch a.payload {
        case .comment(let c):
            guard Set(c.tags).count == c.tags.count else { return "a theme is listed twice" }
            guard !c.body.allSatisfy(\.isWhitespace) else { return "the comment is empty" }
            guard c.body.count <= maximumBodyLength else { return "the comment is longer than \(maximumBodyLength) characters" }
            guard !c.body.unicodeScalars.contains("\0") else { return "the comment contains a NUL character" }
            if let p = c.proposal, p.count > maximumProposalLength { return "the proposed wording is too long" }
            guard isLanguage(c.language) else { return "\"language\" is not a language code such as fr" }
            if c.supersedes == a.id { return "a comment cannot replace itself" }
        case .endorsement(let target, let count):
            guard target != a.id else { return "an annotation cannot refer to itself" }
            if let count, !(1...maximumShowOfHands).contains(count) {
                return "\"count\" must be between 1 and \(maximumShowOfHands)"
            }
        case .withdrawal(let target):
            guard target != a.id else { return "an annotation cannot refer to itself" }
        case .moderation(let target, let action):
            guard target != a.id else { return "an annotation cannot refer to itself" }
            if case .duplicate(let original) = action, original == target || original == a.id {
                return "a comment cannot duplicate itself"
            }
        }
        return nil
    }

    static func fingerprintProblem(_ fingerprint: String) -> String? {
        guard fingerprint.utf8.count == 16, fingerprint.utf8.allSatisfy(isLowerHex) else {
            return "\"fingerprint\" is not 16 lowercase hex characters"
        }
        return nil
    }

    static func isHex(_ s: String, length: Int) -> Bool { s.utf8.count == length && s.utf8.allSatisfy(isLowerHex) }

    static func isLowerHex(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) }

    /// A language code as annotations record it: two or three lowercase letters (fr, nl, ast).
    public static func isLanguage(_ s: String) -> Bool {
        (2...3).contains(s.utf8.count) && s.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// Why a session code typed on the command line is refused, or nil: the code goes into
    /// every annotation and into the digest, so it must not hold an identifying detail
    /// (issue 13: `--session 0470123456`).
    public static func sessionCodeProblem(_ s: String, option: String = "--session") -> String? {
        guard isSessionCode(s) else { return "\(option) must use letters, digits and '-' (e.g. BXL-2026-07)" }
        guard let what = identifyingDetail(inSessionCode: s) else { return nil }
        return "\(option) seems to hold \(what): a session code is written into every comment and shown in the digest, so it must identify nobody (e.g. BXL-2026-07)"
    }

    /// What identifying detail a session code seems to hold ("a phone number"), or nil. A
    /// code is letters, digits and '-': no e-mail, name or address fits, and every number
    /// the detector knows has more than five digits, so codes with fewer are not searched
    /// (the loader asks this of every annotation).
    static func identifyingDetail(inSessionCode s: String) -> String? {
        guard s.utf8.lazy.filter({ $0 >= 0x30 && $0 <= 0x39 }).count > 5,
              let kind = IdentifyingDetails.find(in: s).first?.kind else { return nil }
        return [IdentifyingDetails.Kind.email: "an e-mail address", .phone: "a phone number", .iban: "a bank account",
                .nationalNumber: "a national number", .name: "a name", .address: "a street address"][kind]!
    }

    public static func isSessionCode(_ s: String) -> Bool {
        (1...40).contains(s.utf8.count) && s.utf8.allSatisfy {
            ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D
        } && s.first != "-"
    }
}
