extension DisplayWidth {
    /// `text` cut to at most `width` columns, ending with "…" when something was cut off,
    /// so that a reader knows there is more (a title cut mid-word read as a wrong word).
    /// Never splits a grapheme; a double-width one that does not fit is left out.
    public static func truncated(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        // No cluster takes more columns than it has bytes: a short text fits as it is.
        if text.utf8.count <= width { return text }
        // One pass: the clusters that fit before the "…", and whether the whole is too wide.
        var total = 0
        var used = 0
        var keptEnd = 0
        var cutting = false
        forEachCluster(in: text) { _, w, end in
            total += w
            if !cutting {
                if used + w > width - 1 { cutting = true } else { used += w; keptEnd = end }
            }
            return total <= width
        }
        guard total > width else { return text }
        var kept = String(Substring(text.utf8.prefix(keptEnd)))
        // No space before the ellipsis: "relatif aux…", not "relatif aux …".
        // Nor a separator left hanging: "Art. 5bis…", not "Art. 5bis ·…".
        while kept.last == " " || kept.last == "·" { kept.removeLast() }
        return kept + "…"
    }
}
