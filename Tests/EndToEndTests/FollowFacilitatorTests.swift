import Foundation
import TaskForceCore
import Testing

/// A participant's screen following the facilitator of a session, through the real binary:
/// the test publishes positions (`live/TST-1.json`) as the facilitator's screen does, and
/// the participant's screen moves by itself, hides and shows the tallies, and stops
/// following when the participant moves.
@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux is not installed (scripts/setup installs it)"))
struct FollowFacilitatorTests {
    /// The longest a published position may take to show on a participant's screen.
    static let limit: TimeInterval = 2

    /// The rows of the article list that show a comment count.
    static func countedRows(_ screen: String) -> [String] {
        screen.split(separator: "\n").map(String.init).filter { line in
            let list = Array(line.prefix(28))
            return list.count == 28 && list[0] == "│" && list[27] == "│" && list[26].isNumber
        }
    }

    /// A temporary folder with the demonstration bill and its annotations, and its store.
    static func demoFolder() throws -> (TemporaryFolder, AnnotationStore) {
        let folder = try TemporaryFolder()
        do {
            try Repository.copyDemoTexts(into: folder.url)
            try Repository.copyDemoAnnotations(into: folder.url)
        } catch {
            folder.remove()
            throw error
        }
        return (folder, AnnotationStore(root: folder.url.appendingPathComponent("Annotations")))
    }

    @Test func theParticipantsScreenFollowsThenStopsWhenTheyMove() throws {
        let (folder, store) = try Self.demoFolder()
        defer { folder.remove() }
        func publish(_ article: ArticleNumber, tallies: Bool) throws {
            try LivePositions.publish(LivePosition(session: "TST-1", text: TextID(Repository.demoID)!, article: article,
                                                   talliesShown: tallies), in: store)
        }

        let p = try TmuxSession(["--lang", "fr", "--session", "TST-1", "--text", Repository.demoID], in: folder.url)
        defer { p.kill() }
        var screen = try p.wait { $0.contains("F1 Aide") }
        #expect(screen.contains("│▸ 1     Objet"), "\(screen)")
        #expect(!Self.countedRows(screen).isEmpty)  // no position yet: the counts show
        try p.type("f")
        // The title and the status line: both ends of the frame (tmux may show one half painted).
        screen = try p.wait { $0.contains("Séance TST-1 · suit l'animation") && $0.contains("Vous suivez l'animation") }
        #expect(screen.contains("Vous suivez l'animation"), "\(screen)")

        // The facilitator goes to 5bis: the participant's screen follows with no key pressed.
        var published = Date()
        try publish("5bis", tallies: true)
        screen = try p.wait(timeout: Self.limit + 3) { $0.contains("▸ 5bis  Bouton d'alarme  1│") }
        var latency = Date().timeIntervalSince(published)
        print("following: the participant's screen moved \(latency) s after the position was published")
        #expect(screen.contains("▸ 5bis  Bouton d'alarme  1│"), "\(screen)")
        #expect(screen.contains("Art. 5bis ━"), "\(screen)")
        #expect(latency <= Self.limit, "moved \(latency) s after the position was published")

        // The tallies hidden: no count left in the list, and the notes are refused.
        published = Date()
        try publish("5bis", tallies: false)
        screen = try p.wait(timeout: Self.limit + 3) { Self.countedRows($0).isEmpty }
        latency = Date().timeIntervalSince(published)
        #expect(Self.countedRows(screen).isEmpty, "\(screen)")
        #expect(screen.contains("▸ 5bis  Bouton d'alarme   │"), "\(screen)")
        #expect(latency <= Self.limit, "counts hidden \(latency) s after the position was published")
        try p.type("c")
        screen = try p.wait { $0.contains("montrera les avis après la discussion") }
        #expect(!screen.contains("Les avis sur l'art. 5bis"), "\(screen)")

        // The participant moves on by themself: following stops, and says how to resume.
        try p.send("Down")
        screen = try p.wait { $0.contains("Vous ne suivez plus l'animation") }
        #expect(screen.contains("│▸ 6 "), "\(screen)")
        #expect(!screen.contains("suit l'animation"), "\(screen)")
        try publish("2", tallies: false)
        // As long again as a move took above, the screen stays where the participant went.
        screen = try p.watch(for: Self.limit) { $0.contains("│▸ 2 ") }
        #expect(screen.contains("│▸ 6 "), "\(screen)")
        #expect(!screen.contains("│▸ 2 "), "\(screen)")
    }
}

/// `taskforce render` reads the session's position once at start (and never writes it), so
/// that the following and hidden-tallies screens can be drawn without a terminal.
struct FollowRenderTests {
    @Test func renderShowsTheFollowingScreenFromThePublishedPosition() throws {
        let (folder, store) = try FollowFacilitatorTests.demoFolder()
        defer { folder.remove() }
        try LivePositions.publish(LivePosition(session: "TST-1", text: TextID(Repository.demoID)!, article: "8", talliesShown: false),
                                  in: store)
        let file = LivePositions.url(store, session: "TST-1")
        let before = try Data(contentsOf: file)
        let arguments = ["render", "--lang", "en", "--text", Repository.demoID, "--session", "TST-1", "--keys", "f"]
        let run = try runTaskforce(arguments, in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let rows = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows.first?.hasSuffix("Session TST-1 · following") == true, "\(run.stdout)")
        #expect(rows.contains { $0.hasPrefix("│▸ 8 ") }, "\(run.stdout)")
        #expect(FollowFacilitatorTests.countedRows(run.stdout).isEmpty, "\(run.stdout)")
        #expect(try Data(contentsOf: file) == before)

        // Another session's screen is not concerned: its counts show, and it stays put.
        let other = try runTaskforce(["render", "--lang", "en", "--text", Repository.demoID, "--session", "TST-2", "--keys", "f"],
                                     in: folder.url)
        #expect(other.stdout.contains("│▸ 1 "), "\(other.stdout)")
        #expect(!FollowFacilitatorTests.countedRows(other.stdout).isEmpty, "\(other.stdout)")
    }
}
