import TaskForceCore
import Testing
@testable import TaskForceUI

/// The memo of sanitized and wrapped articles (`ArticleTextMemo`): its answers are those
/// computed afresh, whatever was asked before, and the view drawn through it is the same
/// grid as a model that never drew anything.
struct ArticleTextMemoTests {
    static func fresh(_ version: (language: String, split: SplitText), article: Int, width: Int) -> [String] {
        ArticlePane.lines(version.split.articles[article], width: width)
    }

    @Test func eachWidthAndArticleGetsItsOwnLines() throws {
        let entry = try DemoBill.model().currentText!
        let memo = entry.articleText
        let french = entry.versions[0], dutch = entry.versions[1]
        let article = 5  // Art. 5bis, long enough to wrap differently at each width
        let wide = memo.lines(version: 0, article: article, width: 70)
        let narrow = memo.lines(version: 0, article: article, width: 40)
        #expect(wide == Self.fresh(french, article: article, width: 70))
        #expect(narrow == Self.fresh(french, article: article, width: 40))
        #expect(wide != narrow)
        // Asked again, the first width still gives its own lines, not the last ones made.
        #expect(memo.lines(version: 0, article: article, width: 70) == wide)
        // Another article, another version: not the lines kept for the first.
        #expect(memo.lines(version: 0, article: 0, width: 70) == Self.fresh(french, article: 0, width: 70))
        #expect(memo.lines(version: 1, article: article, width: 70) == Self.fresh(dutch, article: article, width: 70))
    }

    @Test func listEntriesAreTheSanitizedNumbersAndHeadings() {
        let source = "Art. 1\nObjet \u{1B}[31m\nTexte.\n\nArt. 2\nTexte sans titre.\n"
        let entry = ReviewModel.TextEntry(id: "t", versions: [("fr", TextSplitter.split(source, file: "t.fr.txt"))])
        let entries = entry.articleText.listEntries(version: 0)
        let articles = entry.versions[0].split.articles
        #expect(entries.map(\.number) == articles.map { Sanitizer.sanitize($0.number) })
        // Without a heading, the first words of the text name the article.
        #expect(entries.map(\.heading) == [Sanitizer.sanitize(articles[0].heading ?? ""), "Texte sans titre."])
        #expect(!entries.contains { $0.heading.contains("\u{1B}") })
    }

    @Test func titlesAreSanitizedPerVersion() {
        let source = "---\ntitle: Loi \u{1B}[2J sur le travail\n---\nArt. 1\nTexte.\n"
        let entry = ReviewModel.TextEntry(id: "t", versions: [("fr", TextSplitter.split(source, file: "t.fr.txt"))])
        #expect(entry.articleText.title(version: 0) == Sanitizer.sanitize(entry.versions[0].split.title))
        #expect(entry.articleText.title(version: 0)?.contains("\u{1B}") == false)
        #expect(entry.articleText.title(version: 1) == nil)
    }

    /// A resize re-wraps: the frame after it is the one a model that never drew at the
    /// first size gives, in both panes side by side.
    @Test func aResizeRewrapsTheArticle() throws {
        var model = try DemoBill.model()
        for key in try KeyScript.parse("jjjjj") { ReviewUpdate.update(&model, .key(key)) }
        let untouched = model
        _ = ReviewView.view(model, columns: 170, rows: 40)
        let afterResize = ReviewView.view(model, columns: 200, rows: 50)
        #expect(afterResize == ReviewView.view(Self.uncached(untouched), columns: 200, rows: 50))
        #expect(ReviewView.view(model, columns: 170, rows: 40) == ReviewView.view(Self.uncached(untouched), columns: 170, rows: 40))
    }

    /// Changing the versions of a text makes a new memo: the lines of the old text are not
    /// drawn for the new one, although the copy of the model shared the old memo.
    @Test func newVersionsAreNotDrawnFromTheOldMemo() throws {
        var model = try DemoBill.model(["fr"])
        let before = ReviewView.view(model, columns: 120, rows: 30)
        let replacement = "Art. 1\nAutre chose\nUn tout autre texte.\n"
        model.texts[0].versions = [("fr", TextSplitter.split(replacement, file: "t.fr.txt"))]
        let after = ReviewView.view(model, columns: 120, rows: 30)
        #expect(after != before)
        #expect(after == ReviewView.view(Self.uncached(model), columns: 120, rows: 30))
        #expect(after.rows().contains { $0.contains("Un tout autre texte.") })
    }

    /// The same model with memos that have never been asked anything.
    static func uncached(_ model: ReviewModel) -> ReviewModel {
        var copy = model
        copy.texts = model.texts.map { entry in
            var entry = entry
            entry.versions = entry.versions
            return entry
        }
        return copy
    }
}
