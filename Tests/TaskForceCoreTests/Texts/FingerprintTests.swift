import Testing
@testable import TaskForceCore

struct FingerprintTests {
    @Test func isSixteenHexCharacters() {
        let f = Fingerprint.of("Le travailleur du sexe peut refuser.")
        #expect(f.count == 16)
        #expect(f.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test func ignoresWrappingAndComposition() {
        let composed = "L'employeur veille à ce que\nchaque chambre soit équipée."
        let rewrapped = "  L'employeur veille  a\u{300} ce que chaque\r\nchambre soit e\u{301}quipée.\u{00A0}"
        #expect(Fingerprint.of(composed) == Fingerprint.of(rewrapped))
    }

    @Test func changesWithTheWording() {
        #expect(Fingerprint.of("trente jours") != Fingerprint.of("trente et un jours"))
    }

    /// A fixed value: a fingerprint written into annotations must never change meaning.
    @Test func isStable() {
        // SHA-256("a b") = c8687a08aa5d6ed2044328fa6a697ab8e96dc34291e8c2034ae8c38e6fcc6d65
        #expect(Fingerprint.of(" a \n b ") == "c8687a08aa5d6ed2")
    }
}
