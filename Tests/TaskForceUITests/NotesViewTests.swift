import TaskForceCore
import Testing
@testable import TaskForceUI

/// Grid snapshots of the notes pane, the proposed wording and kiosk mode at 80×24.
struct NotesViewTests {
    static func model(kiosk: Bool = false) -> ReviewModel {
        var m = NotesUpdateTests.model(kiosk: kiosk)
        if !kiosk { ReviewUpdate.update(&m, .key(.function(4))) }
        return m
    }

    @Test func notesAt80x24() {
        var m = Self.model()
        var proposed = NotesUpdateTests.theirs
        proposed.annotation.changeComment { $0.proposal = "Un bouton qui marche aussi à domicile. 会議" }
        let t = m.texts[0]
        m.texts[0] = ReviewModel.TextEntry(id: t.id, versions: t.versions, notes: ["5bis": [proposed, NotesUpdateTests.ours]])
        let rows = ReviewView.view(m, columns: 80, rows: 24).rows(trimmingTrailingSpaces: true)
        #expect(rows[1].hasPrefix("┌ Articles ────────────────┐┏ Les avis sur l'art. 5bis ━━"))
        #expect(rows[2].hasSuffix("┃ ▸ [inquiétude] sécurité                          ┃"))
        #expect(rows[3].hasSuffix("┃   2 personnes ont dit «\u{A0}moi aussi\u{A0}»              ┃"))
        #expect(rows[4].hasSuffix("┃   Le bouton doit marcher la nuit aussi.          ┃"))
        #expect(rows[5].hasSuffix("┃   Texte proposé:                                 ┃"))
        #expect(rows[6].contains("    Un bouton qui marche aussi à domicile. 会議"))
        #expect(rows[8].hasSuffix("┃   [inquiétude] sécurité                          ┃"))
        #expect(rows[9].hasSuffix("┃   (le vôtre)                                     ┃"))
        #expect(rows[10].hasSuffix("┃   Qui paie le bouton ?                           ┃"))
        #expect(rows[23] == " F7 Moi aussi  F8 Modifier  F9 Retirer  Esc Retour  F10 Quitter  F12 Masquer")
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 80 })
        // The selected comment is shown by a reversed header and ▸, not by colour.
        let grid = ReviewView.view(m, columns: 80, rows: 24)
        #expect(grid[2, 30].style.reverse && !grid[8, 30].style.reverse)
    }

    @Test func anArticleWithoutCommentsSaysSo() {
        var m = Self.model()
        ReviewUpdate.update(&m, .key(.escape))
        ReviewUpdate.update(&m, .key(.home))
        ReviewUpdate.update(&m, .key(.function(4)))
        let rows = ReviewView.view(m, columns: 80, rows: 24).rows(trimmingTrailingSpaces: true)
        #expect(rows[2].contains(text(.notesEmpty, .fr)))
    }

    @Test func kioskShowsNoCountsAndSaysWhoseScreenItIs() {
        var m = Self.model(kiosk: true)
        m.session = "BXL-2026-11"
        let rows = ReviewView.view(m, columns: 80, rows: 24).rows(trimmingTrailingSpaces: true)
        #expect(rows[0].hasSuffix("Séance BXL-2026-11 · ordinateur partagé"))
        #expect(rows.contains { $0.hasPrefix("│▸ 5bis  Alarme            │") }, "\(rows)")
        ReviewUpdate.update(&m, .key(.character("a")))
        let composer = ReviewView.view(m, columns: 80, rows: 24).rows().joined(separator: "\n")
        #expect(composer.contains("Ordinateur partagé: une fois enregistré, votre avis disparaît de"))
    }
}
