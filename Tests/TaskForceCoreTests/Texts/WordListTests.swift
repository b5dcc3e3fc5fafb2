import Testing
@testable import TaskForceCore

/// `WordList`'s first-bytes test only lets fewer lines reach the word-by-word comparison:
/// at every position of lines made of the lists' own words, cut, cased and followed by
/// other text, it finds what comparing every word finds.
struct WordListTests {
    static let lists: [WordList] = [
        ClosingMatter.formulas, ClosingMatter.annexWords, StructureHeadingLine.numberWords,
        ArticleNumber.latinSuffixList, WordList(StructureHeadingLine.keywords.map(\.word)),
        WordList(["…", "...", "a", "ab"]),
    ]

    static func lines(for list: WordList) -> [String] {
        var lines = SplitterPropertyTests.fragments
        for word in list.words.map({ "\($0)" }) {
            for variant in [word, word.uppercased(), word.capitalized] {
                for cut in 1...variant.count {
                    let head = String(variant.prefix(cut))
                    lines += [head, head + " 1", head + "x", "Art. 5" + head + ".", "« " + head]
                }
            }
        }
        return lines
    }

    @Test func findsWhatComparingEveryWordFinds() {
        var positions = 0
        for list in Self.lists {
            for text in Self.lines(for: list) {
                let bytes = Array(text.utf8)
                LineBytes.reading(bytes) { line in
                    for i in line.start...line.end {
                        let quick = line.matchAny(list, at: i)
                        let full = line.matchAny(list.words, at: i)
                        #expect(quick?.index == full?.index && quick?.end == full?.end, "\(text) at \(i)")
                        positions += 1
                    }
                }
            }
        }
        #expect(positions > 10_000)
    }
}
