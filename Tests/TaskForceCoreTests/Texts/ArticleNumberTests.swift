import Testing
@testable import TaskForceCore

struct ArticleNumberTests {
    @Test(arguments: [
        ("1er", "1"), ("1re", "1"), ("136Quinquies", "136quinquies"), ("371/1", "371/1"),
        ("344-1", "344-1"), ("5 bis", "5bis"), ("premier", "1"), ("4a", "4a"), ("12.", "12"),
        ("10er", "10"), ("II", "ii"),
    ])
    func normalises(_ written: String, _ expected: String) {
        #expect(ArticleNumber.normalise(written) == expected)
    }

    @Test func ordersAsLawsNumber() {
        let ordered = ["1", "2", "4a", "5", "5bis", "5ter", "5quater", "5/1", "5/2", "6", "10", "52bis", "100"]
        let keys = ordered.map(ArticleNumber.Key.init)
        for (a, b) in zip(keys, keys.dropFirst()) { #expect(a < b) }
        #expect(ArticleNumber.Key("7") == ArticleNumber.Key("7") || !(ArticleNumber.Key("7") < ArticleNumber.Key("7")))
    }

    /// Digits with one letter or a Latin suffix take a short cut in `normalise`: the same
    /// answers as the long way, which upper case, blanks and ordinals still take.
    @Test func suffixShortCutGivesTheSameNumbers() {
        for suffix in ArticleNumber.latinSuffixes.map({ "\($0)" }) {
            #expect(ArticleNumber.normalise("5" + suffix) == "5" + suffix)
            #expect(ArticleNumber.normalise("136" + suffix.capitalized) == "136" + suffix)
            #expect(ArticleNumber.normalise("5 " + suffix) == "5" + suffix)
            #expect(ArticleNumber.normalise("1er" + suffix) == "1" + suffix)
        }
        for letter in "abcdefghijklmnopqrstuvwxyz" {
            #expect(ArticleNumber.normalise("4\(letter)") == "4\(letter)")
            #expect(ArticleNumber.normalise("18\(letter)\(letter)") == "18\(letter)\(letter)")
        }
        #expect(ArticleNumber.normalise("1er") == "1")
        #expect(ArticleNumber.normalise("1re") == "1")
        #expect(ArticleNumber.normalise("1erA") == "1a")
    }
}
