import AnnotationFixtures
import TaskForceCore
import Testing
@testable import TaskForceUI

/// Key sequences → model, one row each (Bubble Tea's table-driven style).
struct ReviewUpdateTests {
    static let bill = """
        CHAPITRE 1er. - Général

        Article 1er
        Objet
        La loi règle.

        Art. 2
        Définitions
        Au sens de la loi.

        Art. 5bis
        Alarme
        Un bouton.
        """
    static let wet = bill.replacingOccurrences(of: "Article 1er", with: "Artikel 1")
        .replacingOccurrences(of: "CHAPITRE 1er. - Général", with: "HOOFDSTUK 1. - Algemeen")

    static func model(texts: Int = 1, ui: UILanguage = .fr) -> ReviewModel {
        let fr = TextSplitter.split(bill, file: "b.fr.txt")
        let nl = TextSplitter.split(wet, file: "b.nl.txt")
        let entries = (0..<texts).map {
            ReviewModel.TextEntry(id: TextID("bill-\($0)")!, versions: [("fr", fr), ("nl", nl)], commentCounts: ["5bis": 3])
        }
        return ReviewModel(texts: entries, uiLanguage: ui)
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var keys: String
        var texts = 1
        var screen: Shown
        var text = 0
        var article = 0
        var version = 0
        var hidden = false
        var quit = false
        var testDescription: String { keys.isEmpty ? "(no keys)" : keys }
    }

    static let rows: [Row] = [
        Row(keys: "", screen: .reader),
        Row(keys: "", texts: 2, screen: .chooser),
        Row(keys: "<Down><Enter>", texts: 2, screen: .reader, text: 1),
        Row(keys: "<Down><Down><Down><Down>", screen: .reader, article: 2),
        Row(keys: "jjk", screen: .reader, article: 1),
        Row(keys: "<End><Up><Home>", screen: .reader, article: 0),
        Row(keys: "<End><F5>", screen: .reader, article: 2, version: 1),
        Row(keys: "<End><F5><F5>", screen: .reader, article: 2, version: 0),
        Row(keys: "<F1>", screen: .help),
        Row(keys: "<F1><Esc>", screen: .reader),
        Row(keys: "?x", screen: .reader),
        Row(keys: "<F12>", screen: .reader, hidden: true),
        Row(keys: "<F12><Down><F12>", screen: .reader, hidden: false),  // keys while hidden do nothing
        Row(keys: "j<F1><F12><F12>", screen: .help, article: 1),         // F12 returns to exactly where it was
        Row(keys: "q", screen: .reader, quit: true),
        Row(keys: "<F10>", texts: 2, screen: .chooser, quit: true),
        Row(keys: "<Enter><Esc>", texts: 2, screen: .chooser),
        Row(keys: "<Esc>", screen: .reader),  // one text: nowhere to go back to
    ]

    @Test(arguments: rows)
    func keys(_ row: Row) throws {
        var m = Self.model(texts: row.texts)
        for key in try KeyScript.parse(row.keys) { ReviewUpdate.update(&m, .key(key)) }
        #expect(m.shown == row.screen)
        #expect(m.textIndex == row.text)
        #expect(m.articleIndex == row.article)
        #expect(m.versionIndex == row.version)
        #expect(m.hidden == row.hidden)
        #expect(m.quitRequested == row.quit)
    }

    @Test func scrollingResetsWhenTheArticleChanges() {
        var m = Self.model()
        ReviewUpdate.update(&m, .key(.pageDown))
        #expect(m.textScroll == 10)
        ReviewUpdate.update(&m, .key(.down))
        #expect(m.textScroll == 0)
    }

    @Test func startsInTheInterfaceLanguageWhenTheTextHasIt() {
        #expect(Self.model(ui: .nl).versionIndex == 1)
        #expect(Self.model(ui: .en).versionIndex == 0)
    }
}
