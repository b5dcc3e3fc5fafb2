/// Recognises where the closing matter begins, once articles have been seen: the
/// promulgation formula, the place and date of signature, annexes (ARCHITECTURE: Texts).
enum ClosingMatter {
    /// Openings of the formulas that follow the last article, in the languages of the
    /// texts we read. Compared case-insensitively at the start of the line.
    static let formulas = WordList([
        "promulguons", "mandons et ordonnons", "donné à", "donne a", "fait à ", "kondigen deze",
        "gegeven te", "lasten en bevelen", "gedaan te", "done at", "given at", "given under",
        "for the european parliament", "promulgate this", "ausgefertigt", "wir verkünden",
    ])
    /// Headings that open annexes.
    static let annexWords = WordList(["annexes", "annexe", "annex", "bijlagen", "bijlage", "anlage"])

    static func starts(_ line: LineBytes) -> Bool {
        var i = line.start
        while i < line.end, line.bytes[i] == UInt8(ascii: "#") || line.bytes[i] == UInt8(ascii: "*") { i += 1 }
        i = line.skipBlanks(from: i)
        guard i < line.end, LineBytes.isUpper(line.bytes[i]) else { return false }
        if line.matchAny(formulas, at: i) != nil { return true }
        guard let e = line.matchAny(annexWords, at: i)?.end else { return false }
        // `ANNEXE`, `Bijlage 1`, `ANNEX I - …`; not `Annexe au présent arrêté …` in a sentence.
        let j = line.skipBlanks(from: e)
        if j >= line.end { return true }
        if line.isLetter(at: e) { return false }
        let c = line.bytes[j]
        return LineBytes.isDigit(c) || "IVX".utf8.contains(c) || line.dashWidth(at: j) > 0
            || c == UInt8(ascii: ".") || c == UInt8(ascii: ":")
    }
}
