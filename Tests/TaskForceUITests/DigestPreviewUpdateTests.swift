import AnnotationFixtures
import TaskForceCore
import Testing
@testable import TaskForceUI

/// The digest preview (D): keys and the wheel → model, one row each. The `.buildDigest`
/// effect is answered as the session would answer it, with `content`.
struct DigestPreviewUpdateTests {
    static let build = ReviewEffect.buildDigest(textID: "bill-0", language: .fr, annotations: KnownAnnotations())

    /// The three articles of the test bill, and a digest of 60 lines: 66 lines in all, so
    /// that at 80×24 (20 lines inside the border) the preview scrolls up to line 46.
    static let content: DigestPreview.Content = {
        var concern = StanceCounts()
        concern.concern = 2
        concern.endorsements = 5
        return DigestPreview.Content(
            rows: [.init(number: "1", heading: "Objet"), .init(number: "2", heading: "Définitions"),
                   .init(number: "5bis", heading: "Alarme", counts: concern)],
            markdown: (1...60).map { "Ligne \($0) de la synthèse." })
    }()

    static func run(_ script: String, kiosk: Bool = false, size: ScreenSize = ScreenSize(columns: 80, rows: 24),
                    answer: DigestPreview.Content? = content) throws -> (ReviewModel, [ReviewEffect]) {
        var m = ReviewUpdateTests.model()
        m.kiosk = kiosk
        m.screenSize = size
        var effects: [ReviewEffect] = []
        for key in try KeyScript.parse(script) {
            for effect in ReviewUpdate.update(&m, .key(key)) {
                effects.append(effect)
                if case .buildDigest(let id, _, _) = effect { ReviewUpdate.update(&m, .digestBuilt(textID: id, answer)) }
            }
        }
        return (m, effects)
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var keys: String
        var kiosk = false
        var open: Bool
        var scroll = 0
        var screen = Shown.reader
        var hidden = false
        var quit = false
        var status: UIString? = nil
        var effects = [DigestPreviewUpdateTests.build]
        var testDescription: String { keys + (kiosk ? " (kiosk)" : "") }
    }

    static let rows: [Row] = [
        Row(keys: "D", open: true),
        Row(keys: "DD", open: false),
        Row(keys: "D<Esc>", open: false),
        Row(keys: "D<Esc>D", open: true, effects: [build, build]),  // built afresh each time
        // Scrolling: lines, pages of 19 (one line kept in view), the ends.
        Row(keys: "Dj", open: true, scroll: 1),
        Row(keys: "D<Down><Down><Down><Up>", open: true, scroll: 2),
        Row(keys: "Dk", open: true, scroll: 0),
        Row(keys: "D<PgDn>", open: true, scroll: 19),
        Row(keys: "D<Space><PgDn><PgUp>", open: true, scroll: 19),
        Row(keys: "D<End>", open: true, scroll: 46),
        Row(keys: "D<End><Up>", open: true, scroll: 45),  // no dead keys after the end
        Row(keys: "D<PgDn><PgDn><PgDn><PgDn>", open: true, scroll: 46),
        Row(keys: "DG<Home>", open: true, scroll: 0),
        Row(keys: "D<WheelDown 40,10>", open: true, scroll: 3),
        Row(keys: "D<WheelDown 40,10><WheelDown 40,10><WheelUp 40,10>", open: true, scroll: 3),
        Row(keys: "D<Click 5,4>", open: true),
        // Read-only: no key writes a comment, says "me too" or opens the notes.
        Row(keys: "Da", open: true),
        Row(keys: "D<F2>", open: true),
        Row(keys: "Dc", open: true),
        Row(keys: "Dm<F7>x<F9>", open: true),
        // Help, quick hide and quit work as everywhere, and come back to the same line.
        Row(keys: "Dj<F1>", open: true, scroll: 1, screen: .help),
        Row(keys: "Dj<F1><Esc>", open: true, scroll: 1),
        Row(keys: "Dj<F12>", open: true, scroll: 1, hidden: true),
        Row(keys: "Dj<F12>jj<F12>", open: true, scroll: 1),
        Row(keys: "Dq", open: true, quit: true),
        Row(keys: "D<F10>", open: true, quit: true),
        // A shared laptop: not shown, not even asked for, and the key says why.
        Row(keys: "D", kiosk: true, open: false, status: .digestPreviewKiosk, effects: []),
    ]

    @Test(arguments: rows)
    func keys(_ row: Row) throws {
        let (m, effects) = try Self.run(row.keys, kiosk: row.kiosk)
        #expect((m.digestPreview != nil) == row.open)
        if row.open { #expect(m.digestPreview?.scroll == row.scroll) }
        #expect(m.shown == row.screen)
        #expect(m.hidden == row.hidden)
        #expect(m.quitRequested == row.quit)
        #expect(m.status?.string == row.status)
        #expect(effects == row.effects)
        // Nothing in the reader moved or opened underneath.
        #expect(m.articleIndex == 0 && m.textScroll == 0)
        #expect(m.composer == nil && m.notes == nil)
    }

    @Test func theScrollLimitFollowsTheWindow() throws {
        let (tall, _) = try Self.run("D<End>", size: ScreenSize(columns: 80, rows: 40))
        #expect(tall.digestPreview?.scroll == 66 - 36)
        let (huge, _) = try Self.run("D<End>", size: ScreenSize(columns: 80, rows: 100))
        #expect(huge.digestPreview?.scroll == 0)
    }

    /// A long digest is wrapped once per width: keys and frames read the kept lines, and a
    /// new width (a resize) wraps again.
    @Test func theLinesAreWrappedOncePerWidth() throws {
        var (m, _) = try Self.run("D")
        let kept = try #require(m.digestPreview?.wrapped)
        #expect(kept.width == 76 && kept.lines.count == 66)
        ReviewUpdate.update(&m, .key(.down))
        #expect(m.digestPreview?.wrapped == kept)
        m.screenSize = ScreenSize(columns: 120, rows: 24)
        ReviewUpdate.update(&m, .resized(m.screenSize))
        #expect(m.digestPreview?.wrapped?.width == 116)
        // A frame at a width not kept yet (right after a resize) is still drawn right.
        let rows = ReviewView.view(m, columns: 100, rows: 24).rows(trimmingTrailingSpaces: true)
        #expect(rows[3].hasPrefix("┃ 2     Définitions") && rows[3].hasSuffix("┃") && rows[3].count == 100)
    }

    @Test func whileItIsBuiltNothingScrolls() throws {
        var m = ReviewUpdateTests.model()
        #expect(ReviewUpdate.update(&m, .key(.character("D"))) == [Self.build])
        #expect(m.digestPreview == DigestPreview(textID: "bill-0"))
        ReviewUpdate.update(&m, .key(.down))
        #expect(m.digestPreview?.scroll == 0)
    }

    @Test func aDigestThatCannotBeMadeClosesThePreviewAndSaysSo() throws {
        let (m, _) = try Self.run("D", answer: nil)
        #expect(m.digestPreview == nil)
        #expect(m.status?.string == .digestPreviewFailed)
    }

    /// A result nobody waits for any more is dropped: closed meanwhile, another text, kiosk.
    @Test func aLateOrStrayResultIsDropped() throws {
        var m = ReviewUpdateTests.model()
        ReviewUpdate.update(&m, .digestBuilt(textID: "bill-0", Self.content))
        #expect(m.digestPreview == nil)
        ReviewUpdate.update(&m, .key(.character("D")))
        ReviewUpdate.update(&m, .digestBuilt(textID: "bill-1", Self.content))
        #expect(m.digestPreview?.content == nil)
        m.kiosk = true
        ReviewUpdate.update(&m, .digestBuilt(textID: "bill-0", Self.content))
        #expect(m.digestPreview?.content == nil)
    }
}
