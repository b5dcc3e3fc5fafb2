/// The Belgian national register number (rijksregisternummer / numéro de registre national):
/// 11 digits, YYMMDD (birth date, month 0 or day 0 allowed for unknown dates, +20/+40 on the
/// month for bis numbers), a 3-digit serial, and 2 check digits: 97 minus the first nine
/// digits modulo 97 — for people born from 2000, the nine digits are prefixed with 2.
enum BelgianNationalNumber {
    static func isValid(_ compact: String) -> Bool {
        guard compact.count == 11, compact.allSatisfy(\.isNumber), let base = Int(compact.prefix(9)),
              let check = Int(compact.suffix(2)) else { return false }
        let month = Int(compact.dropFirst(2).prefix(2))! % 20
        let day = Int(compact.dropFirst(4).prefix(2))!
        guard month <= 12, day <= 31 else { return false }
        return 97 - base % 97 == check || 97 - (2_000_000_000 + base) % 97 == check
    }
}
