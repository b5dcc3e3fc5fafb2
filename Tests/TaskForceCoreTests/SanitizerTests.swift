import Testing
@testable import TaskForceCore

@Suite struct SanitizerTests {
    static let cases: [(String, String, String)] = [
        ("SGR colour sequence", "\u{1B}[31mrouge\u{1B}[0m", "␛[31mrouge␛[0m"),
        ("clear screen and home", "\u{1B}[2J\u{1B}[H", "␛[2J␛[H"),
        ("OSC 52 clipboard with BEL", "\u{1B}]52;c;aGFjaw==\u{07}", "␛]52;c;aGFjaw==␇"),
        ("OSC 52 clipboard with ST", "\u{1B}]52;c;aGFjaw==\u{1B}\\", "␛]52;c;aGFjaw==␛\\"),
        ("bidi override", "invoice\u{202E}txt.exe", "invoice\u{FFFD}txt.exe"),
        ("bidi isolates", "\u{2066}a\u{2067}b\u{2068}c\u{2069}", "\u{FFFD}a\u{FFFD}b\u{FFFD}c\u{FFFD}"),
        ("marks LRM RLM ALM", "\u{200E}\u{200F}\u{61C}", "\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("C1 CSI", "\u{9B}31mrouge", "\u{FFFD}31mrouge"),
        ("C1 NEL and OSC", "a\u{85}b\u{9D}c", "a\u{FFFD}b\u{FFFD}c"),
        ("DEL", "a\u{7F}b", "a␡b"),
        ("NUL", "a\u{0}b", "a␀b"),
        ("backspace", "a\u{8}b", "a␈b"),
        ("tab", "a\tb", "a    b"),
        ("newline kept", "a\nb", "a\nb"),
        ("CR LF", "a\r\nb", "a\nb"),
        ("lone CR", "a\rb", "a\nb"),
        ("line separator", "a\u{2028}b", "a\nb"),
        ("BOM", "\u{FEFF}Art. 1", "\u{FFFD}Art. 1"),
        ("zero-width space", "a\u{200B}b", "a\u{FFFD}b"),
        ("ZWJ outside emoji", "a\u{200D}b", "a\u{FFFD}b"),
        ("soft hyphen dropped", "para\u{AD}graphe", "paragraphe"),
        ("plain text untouched", "Art. 5bis — geëvalueerd, înțelegere, 会議 👍🏽 🇧🇪", "Art. 5bis — geëvalueerd, înțelegere, 会議 👍🏽 🇧🇪"),
    ]

    /// Plain text (printable ASCII, line feeds, Latin-1's `À`–`ÿ`) is returned as it is:
    /// exactly what the full path gives, for each of those characters alone, in both
    /// cases' neighbourhood, and after a letter.
    @Test(arguments: [Sanitizer.Purpose.screen, .export])
    func plainTextIsWhatTheFullPathGives(_ purpose: Sanitizer.Purpose) {
        let plain = ((0x20...0x7E).map { Unicode.Scalar(UInt8($0)) } + ["\n"] + (0xC0...0xFF).map { Unicode.Scalar(UInt8($0)) })
            .map { String($0) }
        #expect(plain.allSatisfy(Sanitizer.isPlain))
        for piece in plain {
            for text in [piece, "e" + piece, piece + "e", "É" + piece + "\n" + piece] {
                #expect(Array(Sanitizer.rewritten(text, for: purpose).unicodeScalars) == Array(text.unicodeScalars),
                        "\(text.debugDescription)")
            }
        }
        for notPlain in ["\t", "\r", "\u{AD}", "\u{A0}", "e\u{301}", "\u{85}", "\u{7F}", "\u{100}", "\u{202E}"] {
            #expect(!Sanitizer.isPlain("a" + notPlain), "\(notPlain.debugDescription)")
        }
    }

    @Test(arguments: cases)
    func sanitizes(_ name: String, _ input: String, _ expected: String) {
        let output = Sanitizer.sanitize(input)
        // Compare scalars: String equality would hide a change of normalisation.
        #expect(Array(output.unicodeScalars) == Array(expected.unicodeScalars), "\(name): \(output)")
    }

    static let emoji = [
        "👨\u{200D}👩\u{200D}👧\u{200D}👦",
        "👩🏽\u{200D}💻",
        "\u{2764}\u{FE0F}\u{200D}\u{1F525}",
        "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
    ]

    @Test(arguments: emoji)
    func emojiSequencesAreKept(_ sequence: String) {
        #expect(Array(Sanitizer.sanitize(sequence).unicodeScalars) == Array(sequence.unicodeScalars))
    }

    @Test func outputIsNFC() {
        #expect(Array(Sanitizer.sanitize("e\u{301}te\u{301} s\u{326}").unicodeScalars) == ["\u{E9}", "t", "\u{E9}", " ", "\u{219}"])
    }

    @Test func spoofedFileNameReadsInStoredOrder() {
        let output = Sanitizer.sanitize("rapport\u{202E}txt.exe")
        #expect(output.hasSuffix("txt.exe"))
        #expect(!output.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) })
    }

    /// Nothing the terminal could obey survives, whatever the scalar.
    @Test func noControlOrFormatCharacterSurvives() {
        var scalars = String.UnicodeScalarView()
        for v in UInt32(0)...0x3100 {
            if let scalar = Unicode.Scalar(v) { scalars.append(scalar) }
        }
        for v in UInt32(0xFE00)...0xFFFF {
            if let scalar = Unicode.Scalar(v) { scalars.append(scalar) }
        }
        let output = Sanitizer.sanitize(String(scalars))
        for scalar in output.unicodeScalars {
            let v = scalar.value
            #expect(v == 0x0A || v >= 0x20, "C0 \(v)")
            #expect(!(0x7F...0x9F).contains(v), "DEL/C1 \(v)")
            #expect(scalar.properties.generalCategory != .format, "Cf \(String(v, radix: 16))")
        }
    }
}
