import AnnotationFixtures
import TaskForceCore
import Testing
@testable import TaskForceUI

/// Following the facilitator (f / F11) and the tallies they keep hidden: key scripts and
/// published positions → model, and the screen at 80×24.
struct FollowUpdateTests {
    static let session = "TST-1"

    /// Two texts (`bill-0`, `bill-1`: articles 1, 2, 5bis in fr and nl; 5bis has 3
    /// comments), within session TST-1 unless `session` is nil.
    static func model(texts: Int = 2, session: String? = Self.session, _ keys: String = "") throws -> ReviewModel {
        var m = ReviewUpdateTests.model(texts: texts)
        m.session = session
        try press(keys, &m)
        return m
    }

    static func press(_ keys: String, _ m: inout ReviewModel) throws {
        for key in try KeyScript.parse(keys) { ReviewUpdate.update(&m, .key(key)) }
    }

    static func position(_ text: TextID = "bill-1", _ article: ArticleNumber = "5bis", shown: Bool = true) -> LivePosition {
        LivePosition(session: session, text: text, article: article, talliesShown: shown)
    }

    static func place(_ m: ReviewModel) -> String {
        "\(m.shown) \(m.currentText?.id ?? "-") \(m.currentArticle?.number ?? "-") \(m.currentLanguage ?? "-")"
    }

    // MARK: following moves

    @Test(arguments: ["f", "<F11>"])
    func followingOpensTheFacilitatorsArticle(_ key: String) throws {
        var m = try Self.model(key)  // from the list of texts
        #expect(m.following)
        #expect(m.status?.string == .followStarted)
        ReviewUpdate.update(&m, .positionRead(Self.position()))
        #expect(Self.place(m) == "reader bill-1 5bis fr")
        #expect(m.textScroll == 0)
        ReviewUpdate.update(&m, .positionRead(Self.position("bill-0", "2")))
        #expect(Self.place(m) == "reader bill-0 2 fr")
    }

    @Test func followingGoesToAPositionAlreadyPublished() throws {
        var m = try Self.model()
        ReviewUpdate.update(&m, .positionRead(Self.position()))
        #expect(Self.place(m) == "chooser bill-0 1 fr")  // not following: nothing moves
        try Self.press("f", &m)
        #expect(Self.place(m) == "reader bill-1 5bis fr")
        #expect(m.following)  // the move it made is not taken for the participant's own
    }

    @Test func theLanguageReadStaysWhenItHasTheArticle() throws {
        var m = try Self.model("<Enter><F5>f")
        ReviewUpdate.update(&m, .positionRead(Self.position("bill-0", "5bis")))
        #expect(Self.place(m) == "reader bill-0 5bis nl")
        // A version without the article: the first one that has it.
        var fr = m.texts[0].versions[0].split
        fr.articles.removeAll { $0.number == "2" }
        m.texts[0].versions[1].split = fr
        ReviewUpdate.update(&m, .positionRead(Self.position("bill-0", "2")))
        #expect(Self.place(m) == "reader bill-0 2 fr")
    }

    @Test func theTextStartsAtTheTop() throws {
        var m = try Self.model("<Enter>f<PgDn>")
        #expect(m.textScroll == 10 && m.following)  // scrolling the text is not moving away
        ReviewUpdate.update(&m, .positionRead(Self.position("bill-0", "2")))
        #expect(m.textScroll == 0)
    }

    @Test func anUnknownTextOrArticleIsIgnored() throws {
        var m = try Self.model("<Enter>jf")
        ReviewUpdate.update(&m, .positionRead(Self.position("not-here", "1")))
        #expect(Self.place(m) == "reader bill-0 2 fr")
        ReviewUpdate.update(&m, .positionRead(Self.position("bill-1", "99")))
        #expect(Self.place(m) == "reader bill-0 2 fr")
        #expect(m.following)
        ReviewUpdate.update(&m, .positionRead(Self.position("bill-1", "1")))
        #expect(Self.place(m) == "reader bill-1 1 fr")
    }

    @Test func anotherSessionsPositionIsIgnored() throws {
        var m = try Self.model("f")
        ReviewUpdate.update(&m, .positionRead(LivePosition(session: "OTHER", text: "bill-1", article: "2", talliesShown: false)))
        #expect(m.facilitatorPosition == nil)
        #expect(Self.place(m) == "chooser bill-0 1 fr")
        #expect(!m.talliesHidden)
    }

    // MARK: never while someone types or reads something open

    struct Deferred: Sendable, CustomTestStringConvertible {
        var open: String
        var close: String
        var testDescription: String { open + " … " + close }
    }

    static let deferred: [Deferred] = [
        Deferred(open: "a", close: "<Esc>"),                // composer
        Deferred(open: "a<Tab><Tab>mot", close: "<Esc>"),   // with text typed in it
        Deferred(open: "/", close: "<Esc>"),                // search question
        Deferred(open: ":", close: "<BS><Esc>"),            // go-to question
        Deferred(open: "c", close: "<Esc>"),                // notes
        Deferred(open: "<F1>", close: "<Esc>"),             // help
        Deferred(open: "D", close: "<Esc>"),                // digest preview
    ]

    @Test(arguments: deferred)
    func theMoveWaitsUntilWhatIsOpenCloses(_ row: Deferred) throws {
        var m = try Self.model("<Enter>f" + row.open)
        ReviewUpdate.update(&m, .positionRead(Self.position()))
        #expect(Self.place(m).hasSuffix("bill-0 1 fr"))
        #expect(m.following)
        try Self.press(row.close, &m)
        #expect(Self.place(m) == "reader bill-1 5bis fr")
        #expect(m.following)
    }

    @Test func aSavedCommentThenGoesToTheFacilitatorsArticle() throws {
        var m = try Self.model("<Enter>f")
        var effects: [ReviewEffect] = []
        for key in try KeyScript.parse("a1<Tab><Tab>ok") { effects += ReviewUpdate.update(&m, .key(key)) }
        ReviewUpdate.update(&m, .positionRead(Self.position("bill-0", "2")))
        ReviewUpdate.update(&m, .positionRead(Self.position("bill-0", "5bis")))  // the latest counts
        #expect(m.composer?.comment.text == "ok")
        for key in try KeyScript.parse("<C-s>") { effects += ReviewUpdate.update(&m, .key(key)) }
        let saved = try #require(ComposerUpdateTests.saved(effects))
        #expect(saved.article == "1")
        ReviewUpdate.update(&m, .commentSaved(.success(saved)))
        #expect(m.status?.string == .saved)
        #expect(Self.place(m) == "reader bill-0 5bis fr")
    }

    // MARK: one's own move stops following

    static let ownMoves = ["<Down>", "j", "<End>", "G", "<Up>", "<Home>", ":1<Enter>", "/Alarme<Enter>",
                           "<Click 5,2>", "<WheelDown 5,3>", "<Esc>"]

    @Test(arguments: ownMoves)
    func ownMovementStopsFollowing(_ keys: String) throws {
        var m = try Self.model("<Enter>f")
        ReviewUpdate.update(&m, .positionRead(Self.position("bill-0", "2")))
        try Self.press(keys, &m)
        #expect(!m.following)
        #expect(m.status?.string == .followStopped)
        let there = Self.place(m)
        ReviewUpdate.update(&m, .positionRead(Self.position("bill-1", "1")))
        #expect(Self.place(m) == there)
        try Self.press("f", &m)  // following again goes where the facilitator is now
        #expect(Self.place(m) == "reader bill-1 1 fr")
    }

    @Test func keysThatStayOnTheArticleKeepFollowing() throws {
        var m = try Self.model("<Enter>f")
        ReviewUpdate.update(&m, .positionRead(Self.position("bill-0", "2")))
        try Self.press("<PgDn><PgUp><F5><F5>v<F12><F12>", &m)
        #expect(m.following)
        #expect(Self.place(m) == "reader bill-0 2 fr")
    }

    @Test func fAgainStopsFollowing() throws {
        var m = try Self.model("<Enter>ff")
        #expect(!m.following)
        #expect(m.status?.string == .followStopped)
        ReviewUpdate.update(&m, .positionRead(Self.position()))
        #expect(Self.place(m) == "reader bill-0 1 fr")
    }

    @Test func withoutASessionFollowingIsRefused() throws {
        var m = try Self.model(session: nil, "<Enter>f")
        #expect(!m.following)
        #expect(m.status?.string == .followNeedsSession)
        ReviewUpdate.update(&m, .positionRead(Self.position()))
        #expect(Self.place(m) == "reader bill-0 1 fr")
        #expect(!m.talliesHidden)
        try Self.press("<F11>", &m)
        #expect(m.status?.string == .followNeedsSession)
    }

    @Test func kioskFollowsAndForgetsItAfterASave() throws {
        var m = try Self.model("<Enter>")
        m.kiosk = true
        try Self.press("f", &m)
        ReviewUpdate.update(&m, .positionRead(Self.position("bill-0", "2")))
        #expect(Self.place(m) == "reader bill-0 2 fr")
        var effects: [ReviewEffect] = []
        for key in try KeyScript.parse("a1<Tab><Tab>ok<C-s>") { effects += ReviewUpdate.update(&m, .key(key)) }
        ReviewUpdate.update(&m, .commentSaved(.success(try #require(ComposerUpdateTests.saved(effects)))))
        // The next participant starts as the program does: not following.
        #expect(!m.following)
        #expect(m.status?.string == .savedKiosk)
    }

    // MARK: tallies hidden until the facilitator reveals them

    @Test func hiddenTalliesHideTheCountsAndRefuseTheNotes() throws {
        var m = try Self.model(texts: 1, "<End>")
        let shownRow = "│▸ 5bis  Alarme           3│"
        #expect(ReviewView.view(m, columns: 80, rows: 24).rows()[4].hasPrefix(shownRow))
        ReviewUpdate.update(&m, .positionRead(Self.position("bill-0", shown: false)))
        #expect(m.talliesHidden)
        #expect(ReviewView.view(m, columns: 80, rows: 24).rows()[4].hasPrefix("│▸ 5bis  Alarme            │"))
        for key in ["c", "<F4>", "D"] {
            try Self.press(key, &m)
            #expect(m.notes == nil && m.digestPreview == nil)
            #expect(m.status?.string == .talliesHidden)
        }
        let status = ReviewView.view(m, columns: 80, rows: 24).rows(trimmingTrailingSpaces: true)[23]
        #expect(status == " " + text(.talliesHidden, .fr))
        ReviewUpdate.update(&m, .positionRead(Self.position("bill-0", shown: true)))
        #expect(ReviewView.view(m, columns: 80, rows: 24).rows()[4].hasPrefix(shownRow))
        try Self.press("c", &m)
        #expect(m.notes != nil)
    }

    @Test func openNotesCloseWhenTheTalliesAreHidden() throws {
        var m = try Self.model(texts: 1, "<End>c")
        #expect(m.notes != nil)
        ReviewUpdate.update(&m, .positionRead(Self.position("bill-0", shown: false)))
        #expect(m.notes == nil)
    }

    @Test func withoutASessionOrAPositionEverythingShows() throws {
        var m = try Self.model(texts: 1, session: nil, "<End>")
        ReviewUpdate.update(&m, .positionRead(Self.position("bill-0", shown: false)))
        #expect(!m.talliesHidden)
        var n = try Self.model(texts: 1, "<End>")
        ReviewUpdate.update(&n, .positionRead(Self.position("bill-0", shown: false)))
        ReviewUpdate.update(&n, .positionRead(nil))  // the session ended: its file is gone
        #expect(!n.talliesHidden)
        try Self.press("c", &n)
        #expect(n.notes != nil)
    }

    // MARK: the screen

    @Test(arguments: UILanguage.allCases)
    func theHelpNamesF11AndF(_ ui: UILanguage) {
        let page = HelpView.lines(ui, width: 76).map(\.text).joined(separator: " ")
        #expect(page.contains(text(.helpKeyFollow, ui)))
        #expect(text(.helpKeyFollow, ui).contains("F11") && text(.helpKeyFollow, ui).contains(" f "))
    }

    @Test(arguments: UILanguage.allCases)
    func followingIsOnTheTitleLineAt80x24(_ ui: UILanguage) throws {
        var m = try DemoBill.model(["fr", "nl", "en"], ui: ui, size: ScreenSize(columns: 80, rows: 24))
        m.session = Self.session
        try Self.press("f", &m)
        ReviewUpdate.update(&m, .positionRead(LivePosition(session: Self.session, text: "demo", article: "5bis", talliesShown: false)))
        let rows = ReviewView.view(m, columns: 80, rows: 24).rows(trimmingTrailingSpaces: true)
        let right = text(.titleSession, ui, ["session": Self.session]) + " · " + text(.titleFollowing, ui)
        #expect(rows[0].hasSuffix(right), "\(rows[0])")
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(rows[23] == " " + text(.followStarted, ui))
        if ui == .fr {
            #expect(rows[0] == " taskforce · Projet de loi de démo… · FR NL EN  Séance TST-1 · suit l'animation")
            #expect(rows[1] == "┌ Articles ────────────────┐┏ Art. 5bis ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓")
            #expect(rows[2] == "│  1     Objet             │┃ Bouton d'alarme                                  ┃")
            #expect(rows[7].hasPrefix("│▸ 5bis  Bouton d'alarme   │┃ "))
        }
    }
}
