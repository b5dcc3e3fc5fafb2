import Testing
@testable import TaskForceCore

/// `DigestPage.lines` cuts comments into lines on UTF-8 bytes: the same lines as the split
/// by Characters it replaced, whatever the text holds around its line feeds.
@Suite struct DigestPageLinesTests {
    static func byCharacters(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test(arguments: ["", "\n", "\n\n", "a", "a\n", "\na", "a\r\nb", "a\rb\n", "\r", "\r\n\r\n\n", "é\n\u{301}x", "👩‍👩‍👧\n🇧🇪", "a\n\r\n\n\rb"])
    func sameLines(_ text: String) {
        #expect(DigestPage.lines(text) == Self.byCharacters(text))
    }

    @Test func randomTexts() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "é", "e\u{301}", "\n", "\r", "\r\n", " ", "\u{85}", "\u{2028}", "👍🏽", "\u{301}", "ß", "\u{200D}"]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...20, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(DigestPage.lines(text) == Self.byCharacters(text), "\(Array(text.unicodeScalars))")
        }
    }
}
