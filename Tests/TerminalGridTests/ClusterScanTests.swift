import Testing
@testable import TerminalGrid

/// `DisplayWidth.forEachCluster` takes its short cut only where the standard library's
/// segmentation and `DisplayWidth.of` would say the same: checked here against both, on
/// every scalar of the short cut next to the scalars that join, extend or widen others.
@Suite struct ClusterScanTests {
    /// What the scan gives: each cluster's text, width and end offset.
    static func scanned(_ text: String) -> [(String, Int, Int)] {
        var found: [(String, Int, Int)] = []
        DisplayWidth.forEachCluster(in: text) { grapheme, width, end in
            found.append((grapheme.string, width, end))
            return true
        }
        return found
    }

    /// What the standard library and `of(_:)` give.
    static func expected(_ text: String) -> [(String, Int, Int)] {
        var end = 0
        return text.map { character in
            end += character.utf8.count
            return (Grapheme(character).string, DisplayWidth.of(character), end)
        }
    }

    static func same(_ a: [(String, Int, Int)], _ b: [(String, Int, Int)]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0 == $1 }
    }

    /// Every scalar the short cut takes.
    static let simpleScalars: [Unicode.Scalar] = (0...0x2FFF).compactMap { value -> Unicode.Scalar? in
        guard let scalar = Unicode.Scalar(value) else { return nil }
        var bytes = Array(String(scalar).utf8)
        return bytes.withUnsafeMutableBufferPointer { DisplayWidth.simpleScalar(UnsafeBufferPointer($0), at: 0) } != nil
            ? scalar : nil
    }

    /// Scalars that join, extend, prepend or widen their neighbours, and ordinary others.
    static let neighbours: [Unicode.Scalar] = [
        "a", "é", "\r", "\n", "\u{0}", "\u{1B}", "\u{9B}", "\u{AD}", "\u{300}", "\u{301}", "\u{326}", "\u{483}",
        "\u{489}", "\u{600}", "\u{903}", "\u{1100}", "\u{1161}", "\u{11A8}", "\u{200B}", "\u{200C}", "\u{200D}",
        "\u{2028}", "\u{202E}", "\u{2060}", "\u{20DD}", "\u{20E3}", "\u{2764}", "\u{FE0E}", "\u{FE0F}", "\u{AC00}",
        "\u{1F1E7}", "\u{1F1EA}", "\u{1F3FD}", "\u{1F468}", "\u{1F44D}", "\u{E0067}", "会",
    ]

    @Test func theShortCutCoversWhatLawsAndFramesUse() {
        let covered = Set(Self.simpleScalars.map(\.value))
        for scalar in "aZ0 ,.;:'\"éèàçëïüöœæÉßșțăâîñãõ«»·°§€’‘“”—–…  ─│┌┐└┘├┤↑↓←→абвгдеёжзийклмнопрстуфхцчшщъыьэюяАЯ".unicodeScalars {
            let isCovered = covered.contains(scalar.value)
            #expect(isCovered, "U+\(String(scalar.value, radix: 16)) goes the long way")
        }
        for scalar in "\r\u{300}\u{483}\u{200B}\u{200D}\u{2028}\u{202E}\u{2060}\u{20DD}\u{FE0F}会한".unicodeScalars {
            let isCovered = covered.contains(scalar.value)
            #expect(!isCovered, "U+\(String(scalar.value, radix: 16)) must not take the short cut")
        }
    }

    @Test func everyShortCutScalarAloneAndBesideEveryNeighbour() {
        var failures: [String] = []
        for scalar in Self.simpleScalars {
            var texts = [String(scalar), String(scalar) + String(scalar)]
            for other in Self.neighbours {
                texts += [String(scalar) + String(other), String(other) + String(scalar),
                          String(scalar) + String(other) + String(scalar)]
            }
            for text in texts where !Self.same(Self.scanned(text), Self.expected(text)) {
                failures.append(text.unicodeScalars.map { "U+" + String($0.value, radix: 16) }.joined(separator: " "))
            }
        }
        #expect(failures.isEmpty, "\(failures.count) texts scanned otherwise, first: \(failures.prefix(5))")
    }

    @Test(arguments: [
        "", "Art. 5bis. — L’article 3 est abrogé…", "e\u{301}te\u{301}", "\r\n\r\n", "a\r\nb", "👨‍👩‍👧‍👦 et 🇧🇪🇫🇷",
        "1\u{FE0F}\u{20E3} ❤️ ❤", "한국어 会議", "\u{1112}\u{1161}\u{11AB}x", "Закон № 5", "ш\u{483}а",
        "┌──┐\n│ab│", "a\u{200D}b", "x\u{AD}y", "\u{301}", "Z\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}\u{308}",
    ])
    func mixedTexts(_ text: String) {
        #expect(Self.same(Self.scanned(text), Self.expected(text)))
    }

    @Test func randomTextsOfEveryKindOfScalar() {
        var generator = SystemRandomNumberGenerator()
        let pool = Self.neighbours + ["a", "b", " ", "’", "—", "ж", "─", "€", "→"]
        for _ in 0..<3_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &generator) { text.append(pool.randomElement(using: &generator)!) }
            let string = String(text)
            #expect(Self.same(Self.scanned(string), Self.expected(string)),
                    "\(string.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func stopsWhenAsked() {
        var seen = 0
        DisplayWidth.forEachCluster(in: "abcdef") { _, _, _ in
            seen += 1
            return seen < 3
        }
        #expect(seen == 3)
    }

    /// The ellipsis cut made in one pass gives what cutting cluster by cluster gave.
    @Test func truncatedAsCutClusterByCluster() {
        func reference(_ text: String, _ width: Int) -> String {
            guard width > 0 else { return "" }
            guard DisplayWidth.of(text) > width else { return text }
            var kept = ""
            var used = 0
            for character in text {
                let w = DisplayWidth.of(character)
                if used + w > width - 1 { break }
                kept.append(character)
                used += w
            }
            while kept.last == " " || kept.last == "·" { kept.removeLast() }
            return kept + "…"
        }
        let texts = ["relatif aux contrats", "Art. 5bis · Titre", "会議会議会議", "a\u{301}b\u{301}c\u{301}d", "   ",
                     "👨‍👩‍👧‍👦👨‍👩‍👧‍👦", "x\u{200B}\u{200B}y", "Закон о труде", ""]
        for text in texts {
            for width in -1...14 {
                #expect(DisplayWidth.truncated(text, to: width) == reference(text, width), "\(text) to \(width)")
            }
        }
    }
}
