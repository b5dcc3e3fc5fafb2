import CursesTerminal
import Testing
import TaskForceUI

/// Bytes per frame of the real review screen (ARCHITECTURE: Screens and 9.3): `paint` hands curses every
/// cell of every frame and relies on curses to send only the difference. These tests would
/// fail if it did not: a typed character would cost a whole repaint.
///
/// An extension of the serialized suite, so these never run beside the other curses tests.
extension CursesScreenTests {
    @Test func framesOfTheReviewScreenSendOnlyWhatChanged() throws {
        let terminal = try PseudoTerminal(rows: 24, columns: 80)
        let screen = try terminal.openScreen()
        defer { screen.close() }
        let meter = try FrameMeter(terminal)
        var model = try DemoBill.model()

        /// Paints the model's view and returns the bytes that frame cost; checks that the
        /// terminal, as curses knows it, now shows exactly the grid.
        func frame(_ change: () -> Void = {}) throws -> Int {
            change()
            let grid = ReviewView.view(model, columns: 80, rows: 24)
            let bytes = try meter.bytes { screen.paint(grid) }
            #expect((0..<24).map { screen.readBack(row: $0) } == grid.rows())
            return bytes.count
        }

        let first = try frame()
        let articleMove = try frame { ReviewUpdate.update(&model, .key(.down)) }
        let sameAgain = try frame()
        let fullRepaint = try frame { screen.invalidate() }

        // The composer, with the comment field focused (stance, themes, comment).
        _ = try frame {
            for key: Key in [.character("a"), .tab, .tab] { ReviewUpdate.update(&model, .key(key)) }
        }
        let typed = try frame { ReviewUpdate.update(&model, .key(.character("é"))) }
        let typedAgain = try frame { ReviewUpdate.update(&model, .key(.character("x"))) }
        print("bytes per frame at 80x24: first \(first), one-article move \(articleMove), unchanged \(sameAgain), full repaint \(fullRepaint), typed character \(typed) and \(typedAgain)")

        // A full screen of text costs at least one byte per cell.
        #expect(first >= 80 * 24)
        #expect(fullRepaint >= 80 * 24)
        #expect(sameAgain == 0, "an unchanged frame sends nothing")
        #expect(typed < 64)
        #expect(typedAgain < 64)
        // The article list moves by one line and the text pane changes: well under a repaint.
        #expect(articleMove * 2 < fullRepaint)
    }
}
