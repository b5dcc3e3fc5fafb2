/// BCP 47 primary language tags (`en`, `fr`, `nl`, `de`) from what sources give.
enum LanguageTag {
    /// ISO 639-2 codes used by Akoma Ntoso's `FRBRlanguage` (bibliographic and
    /// terminology forms both occur: `fre`/`fra`, `dut`/`nld`, `ger`/`deu`).
    static let fromISO639_2: [String: String] = [
        "eng": "en", "fra": "fr", "fre": "fr", "nld": "nl", "dut": "nl", "deu": "de", "ger": "de",
        "spa": "es", "por": "pt", "ron": "ro", "rum": "ro", "ita": "it", "pol": "pl", "bul": "bg",
    ]

    /// `eng` → `en`; a code already in two letters is kept; anything else is nil.
    static func normalised(_ code: String) -> String? {
        let lower = code.lowercased()
        let primary = String(lower.split(separator: "-").first ?? "")
        if primary.count == 2, primary.allSatisfy(\.isLetter) { return primary }
        return fromISO639_2[primary]
    }

    /// The language part of a `Texts/`-style name: `eu-2013-com-0619.en.akn.xml` → `en`,
    /// `x.justel.fr.html` → `fr`. Only two-letter parts after the first dot count.
    static func fromFileName(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let parts = name.split(separator: ".").dropFirst()
        return parts.first { $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isLetter } }
            .map { $0.lowercased() }
    }
}
