/// Phone numbers as people type them in Belgium and elsewhere: `0470 12 34 56`,
/// `0470/12.34.56`, `02 123 45 67`, `+32 470 12 34 56`, `0032 470123456`,
/// `+32 (0)470 12 34 56`, `+33 6 12 34 56 78`, `+40 721 234 567`.
enum PhoneNumber {
    static func looksLikePhone(_ chars: [Character], _ s: Int, _ e: Int) -> Bool {
        let text = chars[s..<e]
        let digits = String(text.filter(\.isNumber))
        if text.first == "+" {
            // International: + country code and 7 to 14 more digits.
            return (8...15).contains(digits.count)
        }
        if digits.hasPrefix("00") {
            return (10...17).contains(digits.count)
        }
        guard digits.first == "0" else { return false }
        // Belgian: 9 digits for fixed lines (02 …, 0x …), 10 for mobiles (04xx …).
        if digits.hasPrefix("04") { return digits.count == 10 }
        return digits.count == 9 || digits.count == 10
    }
}
