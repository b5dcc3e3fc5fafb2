/// Details that can identify a person in a free-text comment (ARCHITECTURE: The digest, Screens). Used twice:
/// the composer warns before saving (on the raw text), and every export replaces them with
/// a typed placeholder (on text already sanitized). Recognition errs on the side of
/// finding: a missed phone number can expose someone, a false alarm only costs a
/// placeholder. It only knows patterns: names without an introduction, places and
/// descriptions need a human reader.
/// The same list, with examples, is in docs/privacy-detection.md.
///
/// Found:
/// - phone numbers, any country, any grouping: with `+` or `00` and a country code; starting
///   with `0` (9 to 12 digits: Belgian fixed lines and mobiles, other national forms); after
///   a label even glued to it (`tel`, `gsm`, `whatsapp`, `wa.me/`, `sms`, …); without any of
///   these only in shapes amounts and references do not have (`470 12 34 56`,
///   `32 470 12 34 56`, `555 123 4567`); spelled out in the interface languages (digit
///   by digit or in pairs: French, Dutch, English, Spanish, Portuguese, Romanian,
///   Bulgarian), digit by digit in German;
/// - e-mail addresses, plain or disguised (`[at]`, `(at)`, ` at `, `arobase`, `apenstaartje`,
///   `%40`, `&#64;`, `[dot]`, ` dot `, ` point `, ` punt `), accented or non-Latin, and
///   without a top-level domain when the `@` is unmistakable (`name@gmail`, `name [at] gmail`)
///   or the domain is a mail provider (`name at gmail`);
/// - IBANs with a valid mod-97 check, any case, any grouping, O for 0, and old Belgian account
///   numbers (`096-1234567-69`) with a valid check;
/// - Belgian national register numbers with a valid check (births before and from 2000,
///   bis numbers), any grouping;
/// - names after an introduction (`je m'appelle`, `ik heet`, `my name is`; with a capital
///   after `je suis`, `ik ben`, `I am`): `PersonName`;
/// - street addresses with a house number, in French, Dutch and English orders: `StreetAddress`;
/// - whatever the writing: digits of any Unicode script, keycaps, circled, superscript,
///   Chinese numerals, `O` for 0 and `l`/`I` for 1, any space, dash, dot, slash, `...` or
///   `±` between groups, invisible characters inside, full-width or styled letters, `%20`
///   in links, HTML numeric entities, letters spaced out around an `@`.
///
/// Not found:
/// - names without an introduction, nicknames, addresses without a number or in lower case,
///   places, descriptions, dates of birth alone, licence plates, social-media handles and
///   links, foreign identity numbers;
/// - IBANs and national numbers whose check fails: one digit away from any ordinary
///   reference, they cannot be told apart, and blanking references would gut the digest;
/// - phone numbers without `0`, `+` or label grouped in threes (`612 345 678`) or next to
///   `€` or `%` (read as amounts), or split by words or across comments;
/// - e-mail addresses with the bare word `at` and neither a dot nor a mail provider
///   (`name at myshop`), a rare top-level domain after ` at ` (`… dot xyz`), letter by
///   letter with the `@` spelled;
/// - spelled numbers with tens in German, Spanish, Romanian; look-alikes other than O, l, I.
///
/// Not taken for a detail: article numbers (`Art. 371/1`, `5bis`, `344-1`), law references
/// (`L 1999-05-04/60`), dates, amounts, percentages, years, times and opening hours, postal
/// codes, session codes, lists of numbers, "at" and "point" in prose. Accepted false
/// alarms: any 0-led number of 9 to 12 digits (enterprise and service numbers too), a
/// 12-digit number passing the old account check, "works at google.com", "at outlook".
public enum IdentifyingDetails {
    public enum Kind: String, Sendable, CaseIterable {
        case email, phone, iban, nationalNumber, name, address
    }

    public struct Finding: Sendable, Equatable {
        public var kind: Kind
        public var range: Range<String.Index>
    }

    /// Everything found in `text`, in order, without overlaps.
    public static func find(in text: String) -> [Finding] {
        // Most comments: no digit, no `@`, no spelled number; known without folding.
        guard DetailPrefilter.mayHoldDetail(text) else { return [] }
        return detect(in: text)
    }

    /// `find` without the prefilter: every detector on the folded text.
    static func detect(in text: String) -> [Finding] {
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
        // Letter by letter first: `m a r i e @ gmail.com` is one address, not `e @ gmail.com`.
        if chars.chars.contains("@"), let squeezed = chars.squeezingSpacedLetters() {
            for (s, e) in EmailPattern.matches(squeezed.text) { add(.email, squeezed.offsets[s], squeezed.offsets[e - 1] + 1) }
        }
        for (s, e) in EmailPattern.matches(chars) { add(.email, s, e) }
        // Every detector but the spelled numbers needs a digit (after folding).
        if chars.hasDigit {
            for (s, e) in IBAN.candidates(chars, taken: taken) { add(.iban, s, e) }
            let groups = DigitGroups(chars, taken: taken).groups
            var used = [Bool](repeating: false, count: groups.count)
            for (s, e) in BelgianNationalNumber.find(groups, used: &used) { add(.nationalNumber, s, e) }
            for (s, e) in IBAN.belgianAccounts(groups, used: &used) { add(.iban, s, e) }
            for (s, e) in PhoneNumber.find(chars, groups, used: &used) { add(.phone, s, e) }
        }
        for (s, e) in SpelledNumber.matches(chars, taken: taken) { add(.phone, s, e) }
        // Last: a street's number must not take a phone number's digits.
        if chars.hasDigit {
            for (s, e) in StreetAddress.find(chars, taken: taken) { add(.address, s, e) }
        }
        for (s, e) in PersonName.find(chars, taken: taken) { add(.name, s, e) }
        return found.sorted { $0.start < $1.start }.map { Finding(kind: $0.kind, range: chars.range($0.start, $0.end)) }
    }

    /// `text` with every finding replaced by `placeholder(kind)`, and how many were replaced.
    /// - Parameter source: the article a proposed wording rewrites: a finding written in it
    ///   word for word (`rue de la Loi 16`, a service's number) is the law's, not a
    ///   person's, and stays.
    public static func redact(_ text: String, keepingWhatIsIn source: String? = nil,
                              placeholder: (Kind) -> String) -> (text: String, count: Int) {
        var findings = find(in: text)
        if let source, !findings.isEmpty { findings.removeAll { source.contains(text[$0.range]) } }
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
