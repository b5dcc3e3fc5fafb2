extension DisplayWidth {
    /// `text` cut to at most `width` columns, ending with "…" when something was cut off,
    /// so that a reader knows there is more (a title cut mid-word read as a wrong word).
    /// Never splits a grapheme; a double-width one that does not fit is left out.
    public static func truncated(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard of(text) > width else { return text }
        var kept = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > width - 1 { break }
            kept.append(character)
            used += w
        }
        // No space before the ellipsis: "relatif aux…", not "relatif aux …".
        // Nor a separator left hanging: "Art. 5bis…", not "Art. 5bis ·…".
        while kept.last == " " || kept.last == "·" { kept.removeLast() }
        return kept + "…"
    }
}
