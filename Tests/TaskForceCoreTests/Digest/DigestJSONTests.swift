import Testing
@testable import TaskForceCore

/// The JSON digest is encoded with its articles apart, on every core, then put in place:
/// the bytes must be those of the whole document encoded in one go.
@Suite struct DigestJSONTests {
    static func whole(_ d: Digest) -> String {
        String(decoding: DigestJSON.encode(DigestJSON.document(d)), as: UTF8.self) + "\n"
    }

    static let bodies = [
        "Un commentaire", "line one\nline two\n\n  indented\r\nand \"quoted\" \\ back", "{\n  \"articles\" : [\n\n  ]\n}",
        "", "   ", "é\u{301} 👩‍👩‍👧 \u{2028} </script>", "[]", "{}",
    ]

    @Test func articlesApartGiveTheWholeDocument() {
        let articles: [ArticleNumber] = ["1", "5bis", "12", "99"]
        var annotations: [Annotation] = []
        for (i, body) in Self.bodies.enumerated() {
            let article = articles[i % articles.count]
            annotations.append(DigestFixtures.comment(
                body, article: article, tags: i % 3 == 0 ? [] : [.safety, .health], proposal: i % 2 == 0 ? body + " x" : nil,
                session: i % 4 == 0 ? "BXL-1" : nil, fingerprint: article == "99" ? "0123456789abcdef" : nil))
            let d = DigestFixtures.build(annotations)
            #expect(DigestJSON.render(d) == Self.whole(d), "after \(i + 1) comments")
        }
    }

    @Test func noArticleAtAll() {
        let d = DigestFixtures.build([])
        #expect(d.articles.isEmpty)
        #expect(DigestJSON.render(d) == Self.whole(d))
        let orphanOnly = DigestFixtures.build([DigestFixtures.comment("seul", article: "99", fingerprint: "0123456789abcdef")])
        #expect(orphanOnly.articles.isEmpty)
        #expect(DigestJSON.render(orphanOnly) == Self.whole(orphanOnly))
    }

    @Test func indentedLeavesEmptyLinesEmpty() {
        #expect(DigestJSON.ArticlesApart.indented(Array("{\n  \"a\" : [\n\n  ]\n}".utf8))
                == Array("    {\n      \"a\" : [\n\n      ]\n    }".utf8))
    }
}
