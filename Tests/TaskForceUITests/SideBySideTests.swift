import TaskForceCore
import Testing
@testable import TaskForceUI

/// Two language versions next to each other on a wide screen (ARCHITECTURE: Screens), grid snapshots
/// on the demonstration bill.
struct SideBySideTests {
    static func rows(_ model: ReviewModel) -> [String] {
        ReviewView.view(model, columns: model.screenSize.columns, rows: model.screenSize.rows)
            .rows(trimmingTrailingSpaces: true)
    }

    static func go(_ model: inout ReviewModel, _ script: String) throws {
        for key in try KeyScript.parse(script) { ReviewUpdate.update(&model, .key(key)) }
    }

    @Test func frenchAndDutchAt170x40() throws {
        var m = try DemoBill.model()
        try Self.go(&m, "jjjjj")  // Art. 5bis
        let grid = ReviewView.view(m, columns: 170, rows: 40)
        let rows = grid.rows(trimmingTrailingSpaces: true)
        // Each pane says its language; the current version's border is the heavy one.
        #expect(rows[1] == "┌ Articles ────────────────┐┏ FR · CHAPITRE 2. - Sécurité, santé et hygiène › Art. 5bis ━━━━━━━━━━┓"
                + "┌ NL · HOOFDSTUK 2. - Veiligheid, gezondheid en hygiëne › Art. 5bis ──┐")
        #expect(rows[2] == "│  1     Objet             │┃ Bouton d'alarme                                                     ┃"
                + "│ Alarmknop                                                           │")
        #expect(rows[3] == "│  2     Définitions       │┃ § 1er. Chaque chambre où des services sexuels sont fournis est      ┃"
                + "│ § 1. Elke kamer waar seksuele diensten worden verleend, is          │")
        #expect(rows[7] == "│▸ 5bis  Bouton d'alarme   │┃ à sa demande et sans frais, un dispositif d'alarme portable fourni  ┃"
                + "│ § 2. De zelfstandige sekswerker die alleen werkt, ontvangt op eigen │")
        #expect(rows[39].hasPrefix(" F1 Aide"))
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 170 })
        // Both headings bold; only the current version's border bold.
        let styles = grid.snapshot().styles
        #expect(styles[2].dropFirst(30).prefix(15).allSatisfy { $0 == "b" })
        #expect(styles[2].dropFirst(101).prefix(9).allSatisfy { $0 == "b" })
        #expect(styles[3].dropFirst(98).first == "b")   // the current version's heavy border
        #expect(styles[3].dropFirst(99).first == ".")   // the companion's light border
    }

    @Test func at120ColumnsOneVersionOnly() throws {
        var m = try DemoBill.model(size: ScreenSize(columns: 120, rows: 30))
        try Self.go(&m, "jjjjj")
        let rows = Self.rows(m)
        #expect(rows[1].hasPrefix("┌ Articles ────────────────┐┏ CHAPITRE 2. - Sécurité, santé et hygiène › Art. 5bis ━━"))
        #expect(rows[1].hasSuffix("━┓"))
        #expect(!rows.joined().contains("Alarmknop"))
    }

    /// The threshold itself: 159 columns one version, 160 two.
    @Test func sideBySideFrom160Columns() throws {
        let narrow = Self.rows(try DemoBill.model(size: ScreenSize(columns: 159, rows: 30)))
        let wide = Self.rows(try DemoBill.model(size: ScreenSize(columns: 160, rows: 30)))
        #expect(!narrow[1].contains("NL ·"))
        #expect(wide[1].contains("NL ·") && wide[1].contains("FR ·"))
    }

    @Test func oneVersionStaysSingleAndVSaysWhy() throws {
        var m = try DemoBill.model(["fr"])
        #expect(!Self.rows(m)[1].contains("FR ·"))
        try Self.go(&m, "v")
        #expect(m.status?.string == .readerNoOtherVersion)
    }

    /// F5 changes the current version; the companion is the next one after it.
    @Test func languageKeyMovesBothPanes() throws {
        var m = try DemoBill.model(["fr", "nl", "en"])
        try Self.go(&m, "jjjjj<F5>")
        var rows = Self.rows(m)
        #expect(rows[1].contains("┏ NL · HOOFDSTUK 2."))
        #expect(rows[1].contains("┌ EN · "))
        #expect(rows[7].hasPrefix("│▸ 5bis  Alarmknop"))
        try Self.go(&m, "<F5>")
        rows = Self.rows(m)
        #expect(rows[1].contains("┏ EN · ") && rows[1].contains("┌ FR · CHAPITRE 2."))
    }

    /// An article longer than the pane, in French and in Dutch.
    static func longArticle() -> ReviewModel {
        let fr = TextSplitter.split("Art. 1\n" + (1...40).map { "§ \($0). Alinéa numéro \($0)." }.joined(separator: "\n"), file: "t.fr.txt")
        let nl = TextSplitter.split("Art. 1\n" + (1...40).map { "§ \($0). Lid nummer \($0)." }.joined(separator: "\n"), file: "t.nl.txt")
        var m = ReviewModel(texts: [.init(id: "t", versions: [("fr", fr), ("nl", nl)])], uiLanguage: .fr)
        m.screenSize = ScreenSize(columns: 170, rows: 24)
        return m
    }

    @Test func bothVersionsScrollTogether() throws {
        var m = Self.longArticle()
        try Self.go(&m, "<WheelDown 150,10><WheelDown 40,10>")
        #expect(m.textScroll == 6)
        let rows = Self.rows(m)
        #expect(rows[2].contains("┃ § 7. Alinéa numéro 7.") && rows[2].contains("│ § 7. Lid nummer 7."))
        // To the end, not past it: the last paragraph on the pane's last row.
        for _ in 0..<20 { try Self.go(&m, "<WheelDown 150,10>") }
        #expect(Self.rows(m)[21].contains("§ 40. Alinéa numéro 40.") && Self.rows(m)[21].contains("§ 40. Lid nummer 40."))
    }

    @Test func vTurnsItOffAndOnWhereItFits() throws {
        var m = try DemoBill.model()
        try Self.go(&m, "v")
        #expect(!Self.rows(m)[1].contains("NL ·"))
        try Self.go(&m, "v")
        #expect(Self.rows(m)[1].contains("NL ·"))
        var narrow = try DemoBill.model(size: ScreenSize(columns: 100, rows: 30))
        try Self.go(&narrow, "v")
        #expect(Self.rows(narrow)[29] == " " + text(.sideBySideNeedsWidth, .fr, ["columns": "160"]))
    }

    /// A version without the current article says so in its pane rather than going blank.
    @Test func companionWithoutTheArticle() throws {
        let fr = TextSplitter.split("Art. 1\nUn.\n\nArt. 1bis\nInséré.\n", file: "t.fr.txt")
        let nl = TextSplitter.split("Art. 1\nEen.\n", file: "t.nl.txt")
        var m = ReviewModel(texts: [.init(id: "t", versions: [("fr", fr), ("nl", nl)])], uiLanguage: .fr)
        m.screenSize = ScreenSize(columns: 170, rows: 30)
        try Self.go(&m, "j")
        let screen = Self.rows(m).joined(separator: "\n")
        #expect(screen.contains("┌ NL ─"))
        #expect(screen.contains(text(.readerNotInVersion, .fr, ["article": "1bis", "language": "NL"])))
    }

    /// The help names the `v` key and the mouse (on its next page), and says how to close it at 80×24.
    @Test(arguments: UILanguage.allCases)
    func helpMentionsTheKeyAndTheMouse(ui: UILanguage) throws {
        var m = try DemoBill.model(ui: ui, size: ScreenSize(columns: 80, rows: 24))
        try Self.go(&m, "<F1>")
        let screen = Self.rows(m).joined(separator: "\n")
        #expect(screen.contains("┃ v                   " + text(.helpKeySideBySide, ui)))
        #expect(screen.contains("Esc " + text(.keyBack, ui)))
        // The mouse is told further down the page.
        try Self.go(&m, "<PgDn>")
        let next = Self.rows(m).joined(separator: "\n").split(separator: "\n").map { $0.dropFirst(2) }.joined(separator: " ")
        #expect(next.split(separator: " ").joined(separator: " ").contains(text(.helpKeyMouse, ui).split(separator: " ").joined(separator: " ")))
    }
}
