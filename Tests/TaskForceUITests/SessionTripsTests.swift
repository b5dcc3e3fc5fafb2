import TaskForceCore
import Testing
@testable import TaskForceUI

/// What a first real session tripped over on the participants' screens (issue 14, item 7).
struct SessionTripsTests {
    /// The facilitator quits (their position file goes): a follower stops following, and is told.
    @Test func theFacilitatorLeavingEndsFollowing() throws {
        var m = try FollowUpdateTests.model("f")
        ReviewUpdate.update(&m, .positionRead(FollowUpdateTests.position()))
        #expect(m.following)
        ReviewUpdate.update(&m, .positionRead(nil))
        #expect(!m.following && m.status?.string == .followFacilitatorLeft)
        // Without ever having seen a facilitator, following waits for one (not stopped).
        var waiting = try FollowUpdateTests.model("f")
        ReviewUpdate.update(&waiting, .positionRead(nil))
        #expect(waiting.following)
    }

    /// F5 on a text in one language says so instead of doing nothing.
    @Test func anotherLanguageThatDoesNotExistIsSaid() throws {
        let fr = TextSplitter.split(ReviewUpdateTests.bill, file: "b.fr.txt")
        var m = ReviewModel(texts: [ReviewModel.TextEntry(id: "b", versions: [("fr", fr)])], uiLanguage: .fr)
        ReviewUpdate.update(&m, .key(.function(5)))
        #expect(m.status?.string == .readerNoOtherVersion && m.versionIndex == 0)
    }

    /// While the window is too small, the screen shows only how big it must be: keys do
    /// nothing unseen, but F10 still quits.
    @Test func keysWaitWhileTheWindowIsTooSmall() throws {
        var m = ReviewUpdateTests.model()
        ReviewUpdate.update(&m, .resized(ScreenSize(columns: 39, rows: 11)))
        for key in try KeyScript.parse("jjaxyz<C-s>") { ReviewUpdate.update(&m, .key(key)) }
        #expect(m.articleIndex == 0 && m.composer == nil)
        ReviewUpdate.update(&m, .resized(ScreenSize(columns: 80, rows: 24)))
        ReviewUpdate.update(&m, .key(.character("j")))
        #expect(m.articleIndex == 1)
        ReviewUpdate.update(&m, .resized(ScreenSize(columns: 39, rows: 11)))
        ReviewUpdate.update(&m, .key(.function(10)))
        #expect(m.quitRequested)
    }

    /// An article without a heading is named in the list by its first words, not a bare number.
    @Test func articlesWithoutAHeadingShowTheirFirstWords() throws {
        let split = TextSplitter.split("Loi\n\nArt. 1. Le travail du sexe est un travail comme un autre.\n\nArt. 2. Rien.\n",
                                       file: "l.fr.txt")
        #expect(split.articles.first?.heading == nil)
        let m = ReviewModel(texts: [ReviewModel.TextEntry(id: "l", versions: [("fr", split)])], uiLanguage: .fr)
        let rows = ReviewView.view(m, columns: 80, rows: 24).rows()
        #expect(rows.contains { $0.contains("▸ 1     Le travail du se…") }, "\(rows.joined(separator: "\n"))")
    }
}

/// Issue 14, item 6: the language a comment is recorded in is the one of the version read,
/// said in the composer's title, and F5 changes it.
struct CommentLanguageTests {
    @Test func theLanguageReadIsRecordedAndF5ChangesIt() throws {
        var m = ReviewUpdateTests.model(ui: .en)  // an English interface on a text in fr and nl
        #expect(m.currentLanguage == "fr")
        for key in try KeyScript.parse("a") { ReviewUpdate.update(&m, .key(key)) }
        #expect(m.composer?.language == "fr")
        let title = ReviewView.view(m, columns: 80, rows: 24).rows().first { $0.contains("Your comment") } ?? ""
        #expect(title.contains("in FR (F5)"), "\(title)")
        var choices: [String] = []
        for _ in 0..<8 {
            ReviewUpdate.update(&m, .key(.function(5)))
            choices.append(m.composer?.language ?? "-")
        }
        // The text's languages first, then the interface's, then the room's; round again.
        #expect(choices == ["nl", "en", "es", "pt", "ro", "bg", "fr", "nl"])
        var effects: [ReviewEffect] = []
        for key in try KeyScript.parse("1<Tab><Tab>Mijn mening.<C-s>") { effects += ReviewUpdate.update(&m, .key(key)) }
        #expect(ComposerUpdateTests.comment(effects)?.language == "nl")
    }

    /// On the Dutch version the composer starts in Dutch, whatever the interface.
    @Test func theDutchVersionStartsInDutch() throws {
        var m = ReviewUpdateTests.model(ui: .fr)
        for key in try KeyScript.parse("<F5>a") { ReviewUpdate.update(&m, .key(key)) }
        #expect(m.currentLanguage == "nl" && m.composer?.language == "nl")
    }
}

/// Issue 15, item 5 (first part): the screen's language changes at any moment with `i`,
/// the list of texts shows each title in it, and cut titles end with "…".
struct InterfaceLanguageTests {
    @Test func iCyclesTheScreensLanguage() throws {
        var m = ReviewUpdateTests.model(texts: 2, ui: .en)
        var seen: [UILanguage] = []
        for _ in UILanguage.allCases {
            ReviewUpdate.update(&m, .key(.character("i")))
            seen.append(m.uiLanguage)
        }
        // Every language once, in the list's order, and back to English.
        #expect(seen == Array(UILanguage.allCases.dropFirst()) + [.en])
        #expect(m.status?.text(.en) == text(.interfaceLanguageNow, .en))
        // In the reader too, and the bar follows.
        ReviewUpdate.update(&m, .key(.enter))
        ReviewUpdate.update(&m, .key(.character("i")))
        #expect(m.uiLanguage == .fr)
        ReviewUpdate.update(&m, .key(.down))
        #expect(ReviewView.view(m, columns: 80, rows: 24).rows()[23].contains("F1 Aide"))
    }

    @Test func theChooserShowsTitlesInTheScreensLanguageCutWithAnEllipsis() throws {
        let fr = TextSplitter.split("Projet de loi relatif aux conditions de travail des travailleurs et travailleuses du sexe indépendants\n\nArt. 1er. Objet.\n", file: "p.fr.txt")
        let nl = TextSplitter.split("Wetsontwerp betreffende sekswerk\n\nArtikel 1. Doel.\n", file: "p.nl.txt")
        let entries = [ReviewModel.TextEntry(id: "p", versions: [("fr", fr), ("nl", nl)]),
                       ReviewModel.TextEntry(id: "q", versions: [("fr", fr)])]
        var m = ReviewModel(texts: entries, uiLanguage: .nl)
        var rows = ReviewView.view(m, columns: 80, rows: 24).rows()
        #expect(rows[2].contains("▸ Wetsontwerp betreffende sekswerk"), "\(rows[2])")
        #expect(rows[3].contains("Projet de loi relatif aux conditions de travail des travaill…"), "\(rows[3])")
        ReviewUpdate.update(&m, .key(.character("i")))  // nl → en: no English version, the first
        rows = ReviewView.view(m, columns: 80, rows: 24).rows()
        #expect(rows[2].contains("Projet de loi relatif"))
        #expect(DisplayWidth.truncated("relatif aux conditions", to: 12) == "relatif aux…")
        #expect(DisplayWidth.truncated("court", to: 12) == "court")
        #expect(DisplayWidth.truncated("会議会議", to: 4) == "会…")
    }
}
