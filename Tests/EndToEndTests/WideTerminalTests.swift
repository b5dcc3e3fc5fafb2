import Foundation
import Testing

/// The real binary in tmux on a wide window: two language versions side by side.
@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux is not installed (scripts/setup installs it)"))
struct WideTerminalTests {
    @Test func widensToSideBySideAndVTurnsItOff() throws {
        let (tmux, folder) = try startOnTheDemoBill()
        defer { tmux.kill(); folder.remove() }
        try tmux.type("jjjjj")
        try tmux.wait { $0.contains("▸ 5bis  Bouton d'alarme") }
        try tmux.resize(columns: 170, rows: 40)
        // Each wait names what is read from the frame: tmux may show one half painted.
        let wide = try tmux.wait { $0.contains("┌ NL · HOOFDSTUK 2.") && $0.contains("§ 1. Elke kamer") }
        #expect(wide.contains("┏ FR · CHAPITRE 2.") && wide.contains("§ 1. Elke kamer"))
        try tmux.type("v")
        let single = try tmux.wait {
            !$0.contains("Elke kamer") && $0.contains("┏ CHAPITRE 2.") && $0.contains("§ 1er. Chaque chambre")
        }
        #expect(single.contains("§ 1er. Chaque chambre"))
        try tmux.type("v")
        try tmux.send("F5")
        // The current version is now Dutch, and English sits next to it.
        let dutch = try tmux.wait { $0.contains("┏ NL · HOOFDSTUK 2.") && $0.contains("┌ EN · ") }
        #expect(dutch.contains("┌ EN · "))
    }
}
