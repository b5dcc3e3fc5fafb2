import Foundation
import Testing

/// The digest preview for staff (D), through the real binary: `render` runs the same
/// effect as the session, so the table shows the demo annotations' counts as read from
/// `Annotations/`; in tmux, the interactive session reads the folder afresh when it opens
/// the preview, which scrolls, hides and closes.
struct DigestPreviewTests {
    /// The demonstration bill and its demo annotations in a fresh folder.
    static func demoFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try Repository.copyDemoTexts(into: folder.url)
        try Repository.copyDemoAnnotations(into: folder.url, sessions: true)  // the records sign the show of hands
        return folder
    }

    @Test func theSummaryTableHasTheDemoAnnotationsCounts() throws {
        let folder = try Self.demoFolder()
        defer { folder.remove() }
        let result = try runTaskforce(["render", "--lang", "en", "--size", "80x24", "--keys", "D",
                                       "--texts", "Texts", "--annotations", "Annotations"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows[1].hasPrefix("┏ Digest preview · read-only ━━"))
        #expect(rows[2] == "┃ Art.                           agree  worried  against  question  me too     ┃")
        #expect(rows[3] == "┃ 1     Purpose                      ·        ·        ·         ·       ·     ┃")
        // 5bis, 13 and 15: a concern each; 10: two concerns, one of them hidden by a
        // facilitator (still counted); 6: against; 12: against twice (one repeats the other,
        // both counted), with a show of 14 hands; 8 and 9: in favour; 17: a question, edited
        // once (counted once).
        #expect(rows[8] == "┃ 5bis  Alarm button                 ·        1        ·         ·       ·     ┃")
        #expect(rows[9] == "┃ 6     Mandatory health check       ·        ·        1         ·       ·     ┃")
        #expect(rows[11] == "┃ 8     Right to refuse              1        ·        ·         ·       ·     ┃")
        #expect(rows[12] == "┃ 9     Written contract             1        ·        ·         ·       ·     ┃")
        #expect(rows[13] == "┃ 10    Income and fees              ·        2        ·         ·       ·     ┃")
        #expect(rows[15] == "┃ 12    Registration obligation      ·        ·        2         ·      14     ┃")
        #expect(rows[16] == "┃ 13    Workplace register           ·        1        ·         ·       ·     ┃")
        #expect(rows[18] == "┃ 15    Residence permit             ·        1        ·         ·       ·     ┃")
        #expect(rows[20] == "┃ 17    Police checks                ·        ·        ·         1       ·     ┃")
        #expect(rows[22].hasSuffix("━▾━┛"))
        #expect(rows[23] == " ↑ ↓ Scroll  Esc Back  F10 Quit  F12 Hide")
    }

    /// Further down: the total of every article, then the digest itself (its first line is
    /// the Markdown title; the rest belongs to the export's renderer and is not pinned here).
    @Test func belowTheTableTheTotalThenTheDigest() throws {
        let folder = try Self.demoFolder()
        defer { folder.remove() }
        let result = try runTaskforce(["render", "--lang", "fr", "--keys", "D<PgDn>"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let total = try #require(rows.firstIndex { $0.hasPrefix("┃ Total ") })
        #expect(rows[total] == "┃ Total                             2           5       3         1         14 ┃")
        #expect(rows[total + 1] == "┃" + String(repeating: " ", count: 78) + "┃")
        #expect(rows[total + 2].hasPrefix("┃ Synthèse des avis"))  // the digest's title, without its #
        #expect(rows[1].contains("▴"))
    }

    @Test func onASharedLaptopTheKeySaysWhyNot() throws {
        let folder = try Self.demoFolder()
        defer { folder.remove() }
        let result = try runTaskforce(["render", "--lang", "fr", "--kiosk", "--keys", "D"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows[1].hasPrefix("┌ Articles "))
        #expect(!result.stdout.contains("Aperçu de la synthèse"))
        #expect(rows[23] == " Sur cet ordinateur partagé, la synthèse de tous les avis n'est pas affichée.")
    }

    @Test(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                   "tmux is not installed (scripts/setup installs it)"))
    func inTheSessionItOpensScrollsHidesAndCloses() throws {
        let folder = try Self.demoFolder()
        defer { folder.remove() }
        let tmux = try TmuxSession(["--lang", "en"], in: folder.url)
        defer { tmux.kill() }
        try tmux.wait { $0.contains("F1 Help") }
        // A comment saved elsewhere while the screen is open (a merge, another laptop's
        // folder): the preview reads the folder when it opens (the list follows the folder
        // by itself: LiveUpdateTests).
        let saved = try runTaskforce(["annotate", "--text", Repository.demoID, "--article", "1", "--stance", "support"],
                                     in: folder.url, input: Data("Enfin un objet clair.".utf8))
        #expect(saved.status == 0, "\(saved.stderr)")
        try tmux.type("D")
        // Until the key bar is the preview's (tmux may show a frame half painted) and the
        // digest, built off the frame loop, has arrived.
        var screen = try tmux.wait {
            $0.contains("Digest preview · read-only") && $0.contains("↑ ↓ Scroll  Esc Back") && $0.contains("┃ 1     Purpose")
        }
        #expect(screen.contains("┃ 1     Purpose                      1        ·        ·         ·       ·     ┃"), "\(screen)")
        #expect(screen.contains("┃ 12    Registration obligation      ·        ·        2         ·      14     ┃"))
        #expect(screen.contains("↑ ↓ Scroll  Esc Back"))
        // Read-only: a key that would write a comment does nothing here.
        try tmux.type("a")
        // PgDn, not End: tmux sends End as ESC [ 4 ~, which the xterm-256color entry these
        // tests run under does not know (curses would read an Esc).
        try tmux.send("NPage")
        screen = try tmux.wait { $0.contains("▴") }  // scrolled: there is more above
        #expect(!screen.contains("Your comment on"))
        try tmux.send("F12")
        screen = try tmux.wait { !$0.contains("Digest preview") }
        #expect(!screen.contains("taskforce"))
        try tmux.send("F12")
        try tmux.wait { $0.contains("Digest preview · read-only") && $0.contains("┃ Feedback digest: Demonstration") }
        try tmux.send("Escape")
        screen = try tmux.wait { $0.contains("F1 Help  F2 Comment") && $0.contains("│▸ 1     Purpose          1│") }
        #expect(screen.contains("│▸ 1     Purpose          1│"), "the list counts it too, as the folder watch saw it")
        try tmux.type("q")
        try tmux.wait { $0.contains("EXITED 0") }
    }
}
