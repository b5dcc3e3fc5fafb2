import AnnotationFixtures
import Testing
@testable import TaskForceCore

/// `FoldedText` reads printable ASCII byte by byte and lower-cases ASCII words byte by
/// byte, for speed: the detectors must see exactly what the general path gives them, on the
/// whole identifying-details catalogue and on many generated texts.
@Suite struct FoldedTextTests {
    static var catalogue: [String] {
        let c = IdentifyingDetailsCatalogue.self
        return (c.phones + c.emails + c.ibans + c.nationalNumbers + c.disguised + c.names + c.addresses).flatMap { [$0.0, $0.1] }
            + c.ordinary + c.ordinaryComments
    }

    /// Printable ASCII texts of up to 24 pieces: digits, percent escapes (whole, cut, in
    /// both cases), brackets, `@` and its words, number words, mixed-case letters, spaces,
    /// line feeds and every other printable character.
    static func generated() -> [String] {
        let ascii = (0x20...0x7E).map { String(Unicode.Scalar(UInt8($0))) }
        let pieces = ascii + ["%20", "%2B", "%2b", "%40", "%4", "%2", "%%20", "\n", "  ", "[at]", "{dot}", " at ", "AT",
                              "arobase", "Zero", "quatre", "vierendertig", "TWINTIG", "0470", "12", "BE71", "gmail", ".com"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        return pieces + (0..<5_000).map { _ in (0..<next(25)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    static func same(_ a: FoldedText, _ b: FoldedText, _ text: String) -> Bool {
        guard a.chars == b.chars else { return false }
        for i in 0..<a.count {
            guard a.isLetter(i) == b.isLetter(i), a.isDigit(i) == b.isDigit(i), a.isASCIILetter(i) == b.isASCIILetter(i),
                  a.range(i, i + 1) == b.range(i, i + 1), text[a.range(i, i + 1)] == text[b.range(i, i + 1)] else { return false }
        }
        return a.count == 0 || a.range(0, a.count) == b.range(0, b.count)
    }

    @Test func printableASCIIIsReadAsTheGeneralPathReadsIt() {
        // HTML entities (`&#48;`) always take the general path, which decodes them.
        let texts = (Self.catalogue + Self.generated())
            .filter { $0.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F || $0 == 0x0A } && !$0.contains("&#") }
        #expect(texts.count > 5_000)
        for text in texts {
            #expect(Self.same(FoldedText(printableASCII: text), FoldedText(folding: text), text), "\(text.debugDescription)")
        }
    }

    /// Every range of up to 20 characters, in every text (any script in the catalogue).
    @Test func lowercasedIsStringLowercased() {
        var different: [String] = []
        for text in Self.catalogue + Self.generated().prefix(1_000) {
            let folded = FoldedText(text)
            for start in 0..<folded.count {
                for end in start...min(folded.count, start + 20)
                where folded.lowercased(start, end) != String(folded[start..<end]).lowercased() {
                    different.append("\(text.debugDescription) \(start)..<\(end)")
                }
            }
        }
        #expect(different == [])
    }
}
