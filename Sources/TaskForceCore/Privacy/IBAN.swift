/// International Bank Account Numbers (ISO 13616): two letters, two check digits, then up
/// to 30 letters or digits; valid when the number read with letters as 10–35 is 1 modulo 97.
enum IBAN {
    /// Valid IBANs in `chars`: at each `XX99` at a word start, the longest run of
    /// letter/digit groups (separated by single spaces) that passes the checksum.
    static func candidates(_ chars: [Character]) -> [(Int, Int)] {
        func upper(_ i: Int) -> Bool { i < chars.count && chars[i].isASCII && chars[i].isUppercase }
        func digit(_ i: Int) -> Bool { i < chars.count && chars[i].isASCII && chars[i].isNumber }
        func alnum(_ i: Int) -> Bool { i < chars.count && chars[i].isASCII && (chars[i].isNumber || chars[i].isUppercase) }
        var found: [(Int, Int)] = []
        var i = 0
        while i + 4 <= chars.count {
            guard upper(i), upper(i + 1), digit(i + 2), digit(i + 3),
                  i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber) else { i += 1; continue }
            var ends: [Int] = []
            var j = i
            while alnum(j) {
                while alnum(j) { j += 1 }
                ends.append(j)
                guard j + 1 < chars.count, chars[j] == " " || chars[j] == "\u{00A0}", alnum(j + 1) else { break }
                j += 1
            }
            if let end = ends.reversed().first(where: { isValid(IdentifyingDetails.compact(chars, i, $0)) }) {
                found.append((i, end))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    static func isValid(_ compact: String) -> Bool {
        let chars = Array(compact)
        guard (15...34).contains(chars.count), chars[0].isLetter, chars[1].isLetter,
              chars[2].isNumber, chars[3].isNumber else { return false }
        let rearranged = chars[4...] + chars[..<4]
        var remainder = 0
        for c in rearranged {
            guard let v = c.isNumber ? c.wholeNumberValue : c.asciiValue.map({ Int($0) - 55 }),
                  (0...35).contains(v) else { return false }
            remainder = (remainder * (v >= 10 ? 100 : 10) + v) % 97
        }
        return remainder == 1
    }
}
