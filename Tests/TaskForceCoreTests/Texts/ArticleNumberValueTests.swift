import Foundation
import Testing
@testable import TaskForceCore

/// `ArticleNumber` as a value: what an annotation's "article" may hold.
struct ArticleNumberValueTests {
    @Test(arguments: ["1", "5bis", "136quinquies", "371/1", "344-1", "7:2", "ii", String(repeating: "9", count: 40)])
    func acceptsNormalisedNumbers(_ value: String) throws {
        #expect(try #require(ArticleNumber(value)).rawValue == value)
    }

    @Test(arguments: ["", "5 bis", "5Bis", "1er.", "5а" /* Cyrillic а */, "5bis\n", "../1", String(repeating: "9", count: 41)])
    func refusesOthers(_ value: String) {
        #expect(ArticleNumber(value) == nil)
    }

    @Test func isABareJSONString() throws {
        let number = try #require(ArticleNumber("5bis"))
        let bytes = try JSONEncoder().encode(["article": number])
        #expect(String(decoding: bytes, as: UTF8.self) == "{\"article\":\"5bis\"}")
        #expect(try JSONDecoder().decode([String: ArticleNumber].self, from: bytes) == ["article": number])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([String: ArticleNumber].self, from: Data("{\"article\":\"5 bis\"}".utf8))
        }
    }

    /// Not `Comparable`: the law's order is `ArticleNumber.Key` (5 < 5bis < 5/1 < 10), the
    /// digest's list of orphans the characters' ("10" before "5bis"); both are unchanged.
    @Test func theTwoOrdersStayApart() throws {
        let numbers = ["10", "5/1", "5bis", "5"].compactMap(ArticleNumber.init)
        #expect(numbers.sorted { ArticleNumber.Key($0.rawValue) < ArticleNumber.Key($1.rawValue) }.map(\.rawValue)
            == ["5", "5bis", "5/1", "10"])
        #expect(numbers.map(\.rawValue).sorted() == ["10", "5", "5/1", "5bis"])
    }

    @Test func aSplitArticleSaysItsAnnotationNumber() {
        let split = TextSplitter.split("Article 1er\nUn.\n\nArticle 5 bis\nDeux.\n", file: "t.fr.txt")
        #expect(split.articles.map { $0.annotationNumber?.rawValue } == ["1", "5bis"])
    }
}
