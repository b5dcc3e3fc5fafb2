/// How many identifying details an export replaced, by kind: told to the person exporting,
/// and written in the digest itself (DESIGN 5).
public struct Redactions: Sendable, Equatable {
    public var counts: [IdentifyingDetails.Kind: Int] = [:]

    public init() {}

    public var total: Int { counts.values.reduce(0, +) }

    /// `text` cleaned for export (controls and invisible characters dropped, NFC) with each
    /// identifying detail replaced by its placeholder in `language`; counted here.
    mutating func clean(_ text: String, _ language: UILanguage) -> String {
        let safe = Sanitizer.sanitize(text, for: .export)
        let findings = IdentifyingDetails.find(in: safe)
        guard !findings.isEmpty else { return safe }
        for f in findings { counts[f.kind, default: 0] += 1 }
        return IdentifyingDetails.redact(safe) { DigestLabel.removed($0).text(language) }.text
    }
}
