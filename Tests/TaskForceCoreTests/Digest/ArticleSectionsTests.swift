import Mustache
import Testing
@testable import TaskForceCore

/// The digest's Markdown and HTML are rendered one article at a time on every core: that
/// may not change one byte of the output (the goldens check the demonstration digest;
/// these check other shapes of digest).
@Suite struct ArticleSectionsTests {
    /// Comments on many articles, with headings, proposals, hidden ones, orphans, a
    /// breakdown by session, and text full of markup.
    static func digests() -> [Digest] {
        let articles = DigestFixtures.demo.version("fr")!.file!.split.articles.map { $0.annotationNumber! }
        var all: [Annotation] = []
        for (i, article) in articles.enumerated() {
            for j in 0..<(i % 4 + 1) {
                all.append(DigestFixtures.comment(
                    "1. *Art.* \(article) <b>\"x\"</b> & 'y' — n°\(j)\n- # | ~ ` [a](b) \r\n  \u{301}<", article: article,
                    stance: Stance.allCases[(i + j) % Stance.allCases.count],
                    proposal: j == 1 ? "Une <proposition> & *nouvelle*" : nil, session: j % 2 == 0 ? "BXL-1" : "GNT-1"))
            }
        }
        let orphan = DigestFixtures.comment("Orphelin <i>", article: "99", session: "GNT-1", fingerprint: "0123456789abcdef")
        let sessions = [SessionRecord(code: "BXL-1", place: "Bruxelles", day: DigestFixtures.day, headcount: 9),
                        SessionRecord(code: "GNT-1", place: "Gent", day: DigestFixtures.day, headcount: 9)]
        return [
            DigestFixtures.build([]),
            DigestFixtures.build([DigestFixtures.comment("Un seul")]),
            DigestFixtures.build(all + [orphan], sessions: sessions, language: .fr, minGroup: 5),
            DigestFixtures.build(all, language: .nl),
            DigestFixtures.build(all + [orphan], language: .en, minGroup: 20),
        ]
    }

    @Test func markdownByArticleIsTheWholeTemplate() {
        for digest in Self.digests() {
            let whole = DigestMarkdown.library.render(DigestPage(digest), withTemplate: "digest")!
            #expect(DigestMarkdown.render(digest) == whole)
            #expect(Array(DigestMarkdown.render(digest).utf8) == Array(whole.utf8))
        }
    }

    @Test func htmlByArticleIsTheWholeTemplate() {
        for digest in Self.digests() {
            let css = DigestHTML.library.render(DigestHTML.Page.Empty(), withTemplate: "style")!
            let page = DigestHTML.Page(policy: ContentSecurityPolicy.digestPage(style: css), digest: DigestPage(digest))
            let whole = DigestHTML.library.render(page, withTemplate: "page")!
            #expect(Array(DigestHTML.render(digest).utf8) == Array(whole.utf8))
        }
    }
}
