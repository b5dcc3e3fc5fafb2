/// Details that can identify a person in a free-text comment (DESIGN 5 and 6): e-mail
/// addresses, phone numbers (Belgian and international forms), IBANs (mod-97 checked) and
/// Belgian national register numbers (checksum checked). Used twice: the composer warns
/// before saving, and every export replaces them with a typed placeholder.
///
/// Recognition errs on the side of finding: a missed phone number can expose someone,
/// a false alarm only costs a second look. Checksums keep ordinary numbers (article
/// numbers, amounts, dates) from being taken for IBANs or national numbers.
public enum IdentifyingDetails {
    public enum Kind: String, Sendable, CaseIterable {
        case email, phone, iban, nationalNumber
    }

    public struct Finding: Sendable, Equatable {
        public var kind: Kind
        public var range: Range<String.Index>
    }

    /// Everything found in `text`, in order, without overlaps.
    public static func find(in text: String) -> [Finding] {
        let chars = FoldedText(text)
        var found: [(kind: Kind, start: Int, end: Int)] = []
        var taken = [Bool](repeating: false, count: chars.count)
        func add(_ kind: Kind, _ start: Int, _ end: Int) {
            guard start < end, !(start..<end).contains(where: { taken[$0] }) else { return }
            for k in start..<end { taken[k] = true }
            found.append((kind, start, end))
        }
        // Most specific first: an e-mail may contain digits, an IBAN contains a number
        // that could pass for a phone, a national number could pass for a phone.
        for (s, e) in EmailPattern.matches(chars) { add(.email, s, e) }
        for (s, e) in IBAN.candidates(chars, taken: taken) { add(.iban, s, e) }
        let groups = DigitGroups(chars, taken: taken).groups
        var used = [Bool](repeating: false, count: groups.count)
        for (s, e) in BelgianNationalNumber.find(groups, used: &used) { add(.nationalNumber, s, e) }
        for (s, e) in IBAN.belgianAccounts(groups, used: &used) { add(.iban, s, e) }
        for (s, e) in PhoneNumber.find(chars, groups, used: &used) { add(.phone, s, e) }
        for (s, e) in SpelledNumber.matches(chars, taken: taken) { add(.phone, s, e) }
        return found.sorted { $0.start < $1.start }.map { Finding(kind: $0.kind, range: chars.range($0.start, $0.end)) }
    }

    /// `text` with every finding replaced by `placeholder(kind)`, and how many were replaced.
    public static func redact(_ text: String, placeholder: (Kind) -> String) -> (text: String, count: Int) {
        let findings = find(in: text)
        guard !findings.isEmpty else { return (text, 0) }
        var out = ""
        var cursor = text.startIndex
        for f in findings {
            out += text[cursor..<f.range.lowerBound]
            out += placeholder(f.kind)
            cursor = f.range.upperBound
        }
        out += text[cursor...]
        return (out, findings.count)
    }
}
