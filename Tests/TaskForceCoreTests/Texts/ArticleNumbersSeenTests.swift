import Testing
@testable import TaskForceCore

/// `ArticleNumbersSeen` reports a repeated number with its first line whether the numbers
/// went up until then (nothing noted) or not (the dictionary built from the articles read),
/// and never a new one.
struct ArticleNumbersSeenTests {
    /// Notes `numbers` in order (line = position + 1) with `aboveAll` worked out from their
    /// keys and the articles read so far, as the splitter does; returns what each note answered.
    static func noted(_ numbers: [String]) -> [Int?] {
        var seen = ArticleNumbersSeen()
        var highest: ArticleNumber.Key?
        var articles: [Article] = []
        return numbers.enumerated().map { index, number in
            let key = ArticleNumber.Key(number)
            let aboveAll = highest.map { key > $0 } ?? true
            if aboveAll { highest = key }
            defer { articles.append(Article(number: number, label: "Art. \(number).", text: "", lines: [index + 1])) }
            return seen.note(number, line: index + 1, aboveAll: aboveAll, earlier: articles)
        }
    }

    @Test func numbersInOrderAreNeverRepeats() {
        #expect(Self.noted(["1", "2", "2bis", "3", "3/1", "10"]) == [nil, nil, nil, nil, nil, nil])
    }

    @Test func aRepeatRightAfterItsFirstIsFound() {
        #expect(Self.noted(["1", "2", "2"]) == [nil, nil, 2])
    }

    @Test func aRepeatAfterTheSwitchToTheDictionaryIsFound() {
        // `1` goes back (the dictionary is built then), `3` repeats an earlier number,
        // `4` is new and goes into the dictionary, and its repeat is found there.
        #expect(Self.noted(["1", "2", "3", "1", "3", "4", "5", "4"]) == [nil, nil, nil, 1, 3, nil, nil, 6])
    }

    @Test func theFirstLineStaysTheFirstAfterSeveralRepeats() {
        #expect(Self.noted(["7", "7", "7"]) == [nil, 1, 1])
    }

    @Test func differentNumbersWithTheSameKeyAreNotRepeats() {
        // Unknown letter runs share a key (they sort together) but are different numbers.
        #expect(Self.noted(["5xyz", "5abc", "5xyz"]) == [nil, nil, 1])
    }
}
