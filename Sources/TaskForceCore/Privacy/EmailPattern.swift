/// E-mail addresses: a local part of letters, digits and `._%+-`, an `@`, and a domain of
/// labels separated by dots with at least one dot and a final label of 2+ letters.
/// Written by hand rather than with a regex so that it is linear and allocation-free.
enum EmailPattern {
    static func matches(_ chars: [Character]) -> [(Int, Int)] {
        var results: [(Int, Int)] = []
        for (at, c) in chars.enumerated() where c == "@" {
            var s = at
            while s > 0, isLocal(chars[s - 1]) { s -= 1 }
            while s < at, chars[s] == "." { s += 1 }
            guard s < at else { continue }
            var e = at + 1
            var lastDot = -1
            while e < chars.count, isDomain(chars[e]) {
                if chars[e] == "." { lastDot = e }
                e += 1
            }
            // A trailing dot ends the sentence, not the address.
            while e > at + 1, chars[e - 1] == "." || chars[e - 1] == "-" { e -= 1; if lastDot >= e { lastDot = chars[at + 1..<e].lastIndex(of: ".") ?? -1 } }
            guard lastDot > at + 1, e - lastDot - 1 >= 2, chars[(lastDot + 1)..<e].allSatisfy(\.isLetter) else { continue }
            if let previous = results.last, previous.1 > s { continue }
            results.append((s, e))
        }
        return results
    }

    private static func isLocal(_ c: Character) -> Bool {
        (c.isLetter || c.isNumber) || "._%+-".contains(c)
    }

    private static func isDomain(_ c: Character) -> Bool {
        (c.isLetter || c.isNumber) || c == "." || c == "-"
    }
}
