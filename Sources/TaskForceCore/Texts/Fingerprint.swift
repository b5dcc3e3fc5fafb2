import Crypto

/// The fingerprint of an article body (ARCHITECTURE: Texts): SHA-256 of the text after Unicode
/// NFC and whitespace folding, as 16 hex characters. Two renderings of the same article
/// (re-wrapped, other line endings, composed or decomposed accents) share a fingerprint;
/// any change of wording gives another, so annotations can tell which version they saw.
public enum Fingerprint {
    public static func of(_ body: String) -> String {
        let digest = SHA256.hash(data: canonicalBytes(body))
        var hex = ""
        hex.reserveCapacity(16)
        for byte in digest.prefix(8) {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return hex
    }

    private static let hexDigits = Array("0123456789abcdef")

    /// NFC, then every run of white space (including no-break spaces) becomes one space,
    /// with none at either end.
    static func canonicalBytes(_ body: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(body.utf8.count)
        var pendingSpace = false
        let normalised = NFC.normalise(body)
        for scalar in normalised.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(contentsOf: String(scalar).utf8)
        }
        return out
    }
}
