import Foundation
import AnnotationFixtures
import TaskForceCore
import Testing
@testable import TaskForceUI

/// Grid snapshots of the review screen, as text rows (Ratatui's way of testing widgets).
struct ReviewViewTests {
    static func model(_ source: String, counts: [ArticleNumber: Int] = [:], ui: UILanguage = .fr) -> ReviewModel {
        let split = TextSplitter.split(source, file: "t.fr.txt")
        return ReviewModel(texts: [.init(id: "t", versions: [("fr", split)], commentCounts: counts)], uiLanguage: ui)
    }

    static let accented = """
        ---
        title: Loi de démonstration — Liège, Gent, București
        ---
        CHAPITRE 2. - Sécurité

        Art. 5bis
        Bouton d'alarme
        § 1er. Chaque chambre est équipée d'un bouton d'alarme relié à la personne de confiance. Ghent: één, twee. Românește: țară, școală. 会議の部屋にも警報ボタンを設置する。
        """

    @Test func readerAt80x24() {
        let grid = ReviewView.view(Self.model(Self.accented, counts: ["5bis": 4]), columns: 80, rows: 24)
        let rows = grid.rows(trimmingTrailingSpaces: true)
        #expect(rows[0] == " taskforce · Loi de démonstration — Liège, Gent, București · FR")
        #expect(rows[1] == "┌ Articles ────────────────┐┏ CHAPITRE 2. - Sécurité › Art. 5bis ━━━━━━━━━━━━━━┓")
        #expect(rows[2] == "│▸ 5bis  Bouton d'alarme  4│┃ Bouton d'alarme                                  ┃")
        #expect(rows[3] == "│                          │┃ § 1er. Chaque chambre est équipée d'un bouton    ┃")
        // Latin words stay whole; Japanese may break between any two characters.
        #expect(rows[5] == "│                          │┃ Ghent: één, twee. Românește: țară, școală. 会議  ┃")
        #expect(rows[6] == "│                          │┃ の部屋にも警報ボタンを設置する。                 ┃")
        #expect(rows[23] == " F1 Aide  F2 Écrire  F3 Chercher  F4 Avis  F5 Langue  F10 Quitter  F12 Masquer")
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 80 })
        // The selected article and the current language are marked by attributes, not colour.
        let styles = grid.snapshot().styles
        #expect(styles[2].dropFirst(1).prefix(26).allSatisfy { $0 == "+" })
    }

    @Test func wideTerminalUsesTheWidth() {
        let rows = ReviewView.view(Self.model(Self.accented), columns: 140, rows: 30).rows(trimmingTrailingSpaces: true)
        #expect(rows[3].contains("§ 1er. Chaque chambre est équipée d'un bouton d'alarme relié à la personne de confiance. Ghent:"))
        #expect(rows[29].hasPrefix(" F1 Aide"))
    }

    @Test func tooSmallSaysSoInsteadOfDrawing() {
        let rows = ReviewView.view(Self.model(Self.accented, ui: .en), columns: 39, rows: 24).rows(trimmingTrailingSpaces: true)
        #expect(rows.prefix(2).joined(separator: " ") == "The window is too small: it needs at least 40×12, now 39×24.")
        #expect(rows.dropFirst(2).allSatisfy { $0.isEmpty })
    }

    @Test func quickHideShowsNothingOfTheText() {
        var m = Self.model(Self.accented)
        ReviewUpdate.update(&m, .key(.function(12)))
        let screen = ReviewView.view(m, columns: 80, rows: 24).rows().joined()
        #expect(!screen.contains("taskforce") && !screen.contains("alarme") && !screen.contains("Art."))
        #expect(screen.contains(text(.hideTitle, .fr)))
    }

    /// Escape sequences and bidi overrides in a text are drawn as markers, never sent.
    @Test func hostileArticleTextIsSanitized() {
        let hostile = "Art. 1\nTitre\u{1B}]52;c;ZXZpbA==\u{07}\nVoir \u{202E}exe.txt\u{202C} et \u{1B}[31mrouge\u{1B}[0m.\n"
        let screen = ReviewView.view(Self.model(hostile), columns: 80, rows: 24).rows().joined()
        #expect(!screen.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(screen.contains("␛[31mrouge␛[0m"))
    }
}
