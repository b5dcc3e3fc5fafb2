/// A file name as it may be shown on a terminal. Names come from whoever filled the folder:
/// control characters (C0, DEL, C1), line separators and bidirectional overrides are
/// written as `\u{1B}`, so that a name can neither move the cursor, recolour the screen,
/// start a fake line of output nor show its letters in a misleading order.
public enum PrintableName {
    public static func of(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: needsEscape) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            if needsEscape(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func needsEscape(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }
}
