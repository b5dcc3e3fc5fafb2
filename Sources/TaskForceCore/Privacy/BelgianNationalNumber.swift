/// The Belgian national register number (rijksregisternummer / numéro de registre national):
/// 11 digits, YYMMDD (birth date, month 0 or day 0 allowed for unknown dates, +20/+40 on the
/// month for bis numbers), a 3-digit serial, and 2 check digits: 97 minus the first nine
/// digits modulo 97 — for people born from 2000, the nine digits are prefixed with 2.
/// Written in any grouping (`85.07.30-033.28`, `850730 033 28`, `85073003328`), glued to a
/// label (`NN85073003328`) or not. A wrong check keeps ordinary 11-digit numbers alone.
enum BelgianNationalNumber {
    static func find(_ groups: [DigitGroups.Group], used: inout [Bool]) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        var k = 0
        while k < groups.count {
            guard !used[k], groups[k].plus == nil else { k += 1; continue }
            var digits: [UInt8] = []
            var m = k
            var end: Int?
            while m < groups.count, m == k || groups[m].linked && !used[m] {
                digits += groups[m].digits
                if digits.count == 11 { if isValid(digits) { end = m }; break }
                if digits.count > 11 { break }
                m += 1
            }
            guard let end else { k += 1; continue }
            for g in k...end { used[g] = true }
            found.append((groups[k].start, groups[end].end))
            k = end + 1
        }
        return found
    }

    /// A plausible birth date in the first six digits (month and day may be 0; bis numbers
    /// add 20 or 40 to the month).
    static func hasDate(_ d: [UInt8]) -> Bool {
        guard d.count >= 6 else { return false }
        let month = Int(d[2]) * 10 + Int(d[3])
        let day = Int(d[4]) * 10 + Int(d[5])
        return month <= 52 && month % 20 <= 12 && day <= 31
    }

    static func isValid(_ d: [UInt8]) -> Bool {
        guard d.count == 11 else { return false }
        guard hasDate(d) else { return false }
        let n = d.map(Int.init)
        let base = n[0..<9].reduce(0) { $0 * 10 + $1 }
        let check = n[9] * 10 + n[10]
        return 97 - base % 97 == check || 97 - (2_000_000_000 + base) % 97 == check
    }
}
