/// International Bank Account Numbers (ISO 13616): a country code, two check digits, then up
/// to 30 letters or digits; valid when the number read with letters as 10–35 is 1 modulo 97.
/// Found in upper or lower case, grouped by spaces, dashes, dots or slashes or not at all
/// (`BE71 0961 2345 6769`, `be71-0961-2345-6769`, `BE 71 096-1234567-69`), with O for 0 or
/// l for 1 (`BE71 O961 …`).
///
/// Only a valid check counts, and only what is shaped like an account number: a country
/// that uses IBANs, at a word start (or right after `IBAN`), a space before the check digits
/// only in capitals (`BE 71`, not `le 12`), letter groups of four, more digits than letters
/// after the check digits, and the exact length for the countries in `lengths`. A random
/// string passes the check one time in 97, and ordinary prose, codes and references must
/// stay readable.
enum IBAN {
    /// Valid IBANs in `chars` not already `taken`: at each country code and check digits,
    /// the longest stretch of letter and digit groups that passes the checksum.
    static func candidates(_ chars: FoldedText, taken: [Bool]) -> [(Int, Int)] {
        func letter(_ i: Int) -> Bool { i < chars.count && !taken[i] && chars.isASCIILetter(i) }
        func digit(_ i: Int) -> Bool { i < chars.count && !taken[i] && chars.isDigit(i) }
        func alnum(_ i: Int) -> Bool { letter(i) || digit(i) }
        var found: [(Int, Int)] = []
        var i = 0
        while i + 4 <= chars.count {
            guard letter(i), letter(i + 1) else { i += 1; continue }
            var c = i + 2
            if c < chars.count, chars[c] == " " || chars[c] == "-", chars[i].isUppercase, chars[i + 1].isUppercase { c += 1 }
            guard digit(c), digit(c + 1), startsWord(chars, i),
                  countries.contains(String(chars[i...(i + 1)]).uppercased()) else { i += 1; continue }
            let head = [value(chars[i]), value(chars[i + 1]), value(chars[c]), value(chars[c + 1])]
            let expected = lengths[String(chars[i...(i + 1)]).uppercased()]
            // The remainder of the account part read so far; the head is appended to test.
            // A second reading takes O for 0 and l or I for 1 (`BE71 O961 2345 6769`).
            var remainder = 0, lookAlikeRemainder = 0
            var length = 4, letters = 0, otherLetters = 0, groupLetters = false, groupLength = 0, separated = false
            var best: Int?
            var j = c + 2
            while length < 34 {
                if !alnum(j) {
                    // One separator (or a short run like ` - `) between groups.
                    var g = j
                    while g < chars.count, g - j < 3, !taken[g], " -./\n".contains(chars[g]) { g += 1 }
                    guard g > j, alnum(g) else { break }
                    j = g
                    separated = true
                    groupLetters = false
                    groupLength = 0
                }
                if letter(j) { letters += 1; groupLetters = true }
                groupLength += 1
                remainder = append(remainder, value(chars[j]))
                if let v = lookAlike(chars[j]) { lookAlikeRemainder = append(lookAlikeRemainder, v) } else {
                    lookAlikeRemainder = append(lookAlikeRemainder, value(chars[j]))
                    if letter(j) { otherLetters += 1 }
                }
                length += 1
                j += 1
                guard !alnum(j) else { continue }
                // Written in groups, letters come in groups of four (`ABNA`, `3M02`) or end
                // the number (`01S`), never as a word of their own (`… 6769 et`, `… svp`).
                let lettersOnly = groupLetters && !chars[(j - groupLength)..<j].contains(where: \.isNumber)
                if separated, groupLetters, groupLength > 4 || lettersOnly && groupLength != 4 { break }
                if !(separated && lettersOnly), (expected.map { length == $0 } ?? (length >= 15)),
                   2 * letters < length - 4 && head.reduce(remainder, append) == 1
                    || letters > otherLetters && 2 * otherLetters < length - 4 && head.reduce(lookAlikeRemainder, append) == 1 {
                    best = j
                }
                if separated, groupLetters, groupLength != 4 { break }
            }
            if let end = best {
                found.append((i, end))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// Belgian account numbers as written before IBANs, still on old cards and letters:
    /// `096-1234567-69` (3, 7 and 2 digits, any separator) or 12 digits in one piece; the
    /// last two are the first ten modulo 97 (97 for 0). Among the groups not yet `used`.
    static func belgianAccounts(_ groups: [DigitGroups.Group], used: inout [Bool]) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        for k in groups.indices where !used[k] {
            let shapes = [[12], [3, 7, 2]]
            for shape in shapes where k + shape.count <= groups.count {
                let part = groups[k..<(k + shape.count)]
                guard zip(part, shape).allSatisfy({ $0.digits.count == $1 }),
                      part.dropFirst().allSatisfy({ $0.linked }), part.indices.allSatisfy({ !used[$0] }) else { continue }
                let d = part.flatMap(\.digits).map(Int.init)
                let remainder = d[0..<10].reduce(0) { ($0 * 10 + $1) % 97 }
                guard d[10] * 10 + d[11] == (remainder == 0 ? 97 : remainder) else { continue }
                for g in part.indices { used[g] = true }
                found.append((part.first!.start, part.last!.end))
            }
        }
        return found
    }

    /// Not inside a word, unless the word is `IBAN` (`IBAN:BE71…`, `ibanBE71…`).
    private static func startsWord(_ chars: FoldedText, _ i: Int) -> Bool {
        guard i > 0, chars.isLetter(i - 1) || chars.isDigit(i - 1) else { return true }
        return i >= 4 && String(chars[(i - 4)..<i]).lowercased() == "iban"
    }

    /// The IBAN length of the countries whose accounts are most likely to be written here
    /// (SEPA, from the SWIFT IBAN registry): an account is exactly that long, so a number
    /// written after it (`BE71 0961 2345 6769 0470 12 34 56`) is never read as its end.
    static let lengths: [String: Int] = [
        "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "ES": 24, "FI": 18,
        "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LT": 20, "LU": 20, "LV": 21,
        "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24,
    ]

    /// Countries and territories that use IBANs (SWIFT IBAN registry).
    static let countries: Set<String> = [
        "AD", "AE", "AL", "AT", "AX", "AZ", "BA", "BE", "BG", "BH", "BI", "BL", "BR", "BY", "CH", "CR", "CY", "CZ",
        "DE", "DJ", "DK", "DO", "EE", "EG", "ES", "FI", "FK", "FO", "FR", "GB", "GE", "GF", "GG", "GI", "GL", "GP",
        "GR", "GT", "HN", "HR", "HU", "IE", "IL", "IM", "IQ", "IS", "IT", "JE", "JO", "KW", "KZ", "LB", "LC", "LI",
        "LT", "LU", "LV", "LY", "MC", "MD", "ME", "MF", "MK", "MN", "MQ", "MR", "MT", "MU", "NC", "NI", "NL", "NO",
        "OM", "PF", "PK", "PL", "PM", "PS", "PT", "QA", "RE", "RO", "RS", "RU", "SA", "SC", "SD", "SE", "SI", "SK",
        "SM", "SO", "ST", "SV", "TF", "TL", "TN", "TR", "UA", "VA", "VG", "WF", "XK", "YE", "YT",
    ]

    private static func lookAlike(_ c: Character) -> Int? {
        switch c {
        case "O", "o": 0
        case "I", "l": 1
        default: nil
        }
    }

    /// A digit is itself, a letter 10 (A) to 35 (Z).
    private static func value(_ c: Character) -> Int {
        let a = Int(c.asciiValue!)
        return c.isNumber ? a - 48 : Int(Character(c.uppercased()).asciiValue!) - 55
    }

    private static func append(_ remainder: Int, _ v: Int) -> Int {
        (remainder * (v >= 10 ? 100 : 10) + v) % 97
    }
}
