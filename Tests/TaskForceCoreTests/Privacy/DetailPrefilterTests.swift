import AnnotationFixtures
import Testing
@testable import TaskForceCore

/// `DetailPrefilter` lets `find` skip folding and detecting when nothing can be found: it
/// must never say "nothing" where the detectors find something, on the whole catalogue of
/// identifying details and on many generated texts built from the pieces details are made
/// of (number words of the interface languages with accents, `at` and its providers and dot words,
/// brackets, separators, Latin-1 letters in both cases, introductions before a name).
@Suite struct DetailPrefilterTests {
    static var catalogue: [String] {
        let c = IdentifyingDetailsCatalogue.self
        return (c.phones + c.emails + c.ibans + c.nationalNumbers + c.disguised + c.names + c.addresses).flatMap { [$0.0, $0.1] }
            + c.ordinary + c.ordinaryComments
    }

    static func generated(count: Int) -> [String] {
        let pieces = [
            " ", " ", " ", "  ", ", ", "-", ".", "/", "\n", " - ", "'", "(", ")", "[", "]", "<", ">", "_", "!",
            "at", "AT", "At", "arobase", "apenstaartje", "aapje", "gmail", "Hotmail", "skynet", "dot", "point", "punt",
            "Punkt", "com", "be", "www", "the", "risk", "name", "jean",
            "zero", "Zéro", "zéro", "ZÉRO", "un", "une", "deux", "quatre", "vingt", "soixante", "dix", "cent", "septante",
            "een", "één", "Één", "eén", "twee", "vier", "dertig", "vierendertig", "tweeëntwintig", "honderd", "en", "et",
            "and", "four", "seven", "twelve", "hundred", "fünf", "FÜNF", "null", "drei", "cuatro", "patru", "noua",
            "oh", "é", "ç", "ß", "à", "nous", "wij", "veiligheid", "sécurité", "déjà", "ÇA",
            "y", "e", "si", "treinta", "veintidós", "VEINTIDÓS", "doscientos", "três", "trinta", "meia", "dezesseis",
            "douazeci", "unsprezece", "sapte", "setenta", "mil",
            // Introductions and names (`PersonName`), and dashes around `at` and `dot`.
            "je", "Je", "m'", "m", "'", "appelle", "suis", "ik", "Ik", "ben", "heet", "I", "am", "I'm", "moi", "c'", "est",
            "mon", "nom", "prénom", "mijn", "naam", "my", "name", "is", "called", "Marie", "marie", "Élodie", "ÉLODIE",
            "inquiète", "Belge", ":", "-at-", "-dot-", " -at- ", " -punt- ", "--", "shop",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        // Mostly separators between words, so that stretches of number words are frequent.
        return (0..<count).map { _ in
            (0..<(1 + next(30))).map { k in k % 2 == 1 && next(3) > 0 ? [" ", "-", ", ", " "][next(4)] : pieces[next(pieces.count)] }
                .joined()
        }
    }

    /// Stretches of number words only (hundreds, tens, teens, units, joiners): where a
    /// spelled number is found with the fewest words, at the prefilter's very limit.
    static func spelled(count: Int) -> [String] {
        let words = ["hundred", "cent", "honderd", "Cent", "twenty", "soixante", "dix", "vingt", "quatre", "twelve", "zéro",
                     "één", "vierendertig", "et", "and", "en", "oh", "fünf", "doscientos", "novecientas", "veintidós",
                     "y", "e", "si", "trinta", "cem", "três", "meia", "douazeci", "sute", "unsprezece"]
        var state: UInt64 = 0x1234_5678_9ABC_DEF1
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        return (0..<count).map { _ in
            (0..<(2 + next(4))).map { _ in words[next(words.count)] }.joined(separator: [" ", "-", ", ", " - "][next(4)])
        }
    }

    @Test func sayingNothingIsAlwaysRight() {
        var cleared = 0, found = 0
        for text in Self.catalogue + Self.generated(count: 20_000) + Self.spelled(count: 5_000) {
            let detected = IdentifyingDetails.detect(in: text)
            if !detected.isEmpty { found += 1 }
            guard !DetailPrefilter.mayHoldDetail(text) else { continue }
            cleared += 1
            #expect(detected.isEmpty, "the prefilter missed \(detected.map(\.kind)) in \(text.debugDescription)")
        }
        // Not vacuous: the texts hold details, and the prefilter clears many others.
        #expect(found > 500, "\(found) texts with a detail")
        #expect(cleared > 2_000, "\(cleared) texts cleared")
    }

    @Test func everyDetailOfTheCatalogueGetsTheFullLook() {
        let c = IdentifyingDetailsCatalogue.self
        for (typed, _) in c.phones + c.emails + c.ibans + c.nationalNumbers + c.disguised + c.names + c.addresses {
            #expect(DetailPrefilter.mayHoldDetail(typed), "\(typed.debugDescription)")
        }
    }

    @Test(arguments: [
        // Plain prose in the three languages, with `at` and number words that cannot be a detail.
        ("We want a written contract, safety comes first: the register puts us at risk.", false),
        ("Nous voulons un contrat écrit, la sécurité passe avant tout. Déjà deux ans.", false),
        ("Wij willen één geschreven contract: een register brengt ons in gevaar.", false),
        // What each detector needs.
        ("Call me, 0470.", true), ("name at gmail", true), ("jean at example.be", true), ("jean (at) example", true),
        ("écris-moi arobase", true), ("zéro quatre sept", true), ("vier en dertig twee", true), ("a%40b", true),
        ("a&#64;b", true), ("tab\there", true), ("zero\u{200B}four", true), ("ｔｅｌ", true),
        ("je m'appelle marie", true), ("Je suis Marie", true), ("I'm Ana", true), ("name -at- shop -dot- com", true),
        ("name-at-shop-dot-com", true),
        // Feelings after a weak introduction: no capital, no name.
        ("je suis inquiète, ik ben bang, I am worried", false),
    ])
    func plainTextsAreClearedOnlyWithoutATrigger(_ text: String, _ mayHold: Bool) {
        #expect(DetailPrefilter.mayHoldDetail(text) == mayHold, "\(text.debugDescription)")
    }
}
