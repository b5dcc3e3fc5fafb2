import Foundation
import Testing

/// Facilitator mode through the real binary: its usage errors, a session record that
/// cannot be used, and a live session on one `Annotations/` folder in two terminals.
struct FacilitatorUsageTests {
    @Test(arguments: [["--facilitator"], ["--facilitator", "--session", "TST-1", "--kiosk"],
                      ["render", "--facilitator"], ["render", "--facilitator", "--session", "TST-1", "--kiosk"]])
    func badUsage(_ arguments: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let result = try runTaskforce(arguments, in: folder.url)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let sentence = try #require(result.stderrLines.first)
        #expect(sentence.contains(arguments.contains("--kiosk") ? "--kiosk" : "--session"), "\(sentence)")
    }

    /// A position left behind by a facilitator's screen that was killed: on restart the
    /// room keeps the tallies as they were (here shown), rather than hiding them again.
    @Test func aPositionLeftBehindKeepsTheTalliesAsTheyWere() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("Annotations/sessions"),
                                                withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("Annotations/live"),
                                                withIntermediateDirectories: true)
        try folder.write(Array("{\n  \"code\": \"TST-1\",\n  \"day\": \"2026-12-03\",\n  \"format\": \"taskforce.session.v1\",\n  \"headcount\": 9,\n  \"place\": \"Gent\"\n}\n".utf8),
                         to: "Annotations/sessions/TST-1.json")
        let arguments = ["render", "--lang", "en", "--facilitator", "--session", "TST-1", "--text", Repository.demoID]
        var result = try runTaskforce(arguments, in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("question"), "no position left: the tallies start hidden\n\(result.stdout)")
        try folder.write(Array("{\n  \"article\": \"3\",\n  \"format\": \"taskforce.live.v1\",\n  \"session\": \"TST-1\",\n  \"tallies\": \"shown\",\n  \"text\": \"\(Repository.demoID)\"\n}\n".utf8),
                         to: "Annotations/live/TST-1.json")
        result = try runTaskforce(arguments, in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("question"), "the stances are shown, as they were\n\(result.stdout)")
    }

    /// Stopped before the screen, one sentence naming the file, the file left as it was.
    @Test(arguments: [["--facilitator", "--session", "TST-1"], ["render", "--facilitator", "--session", "TST-1"]])
    func anUnusableSessionRecord(_ arguments: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let bad = Array("{\n  \"code\": \"TST-1\",\n  \"headcount\": \"many\"\n}\n".utf8)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("Annotations/sessions"),
                                                withIntermediateDirectories: true)
        let file = try folder.write(bad, to: "Annotations/sessions/TST-1.json")
        let result = try runTaskforce(arguments, in: folder.url)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("Annotations/sessions/TST-1.json"), "\(result.stderr)")
        #expect(try Data(contentsOf: file) == Data(bad))
    }
}

@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux is not installed (scripts/setup installs it)"))
struct FacilitatorSessionTests {
    static let limit: TimeInterval = 2

    /// Polls a file until `predicate` holds on its text or `timeout` passes.
    static func waitForFile(_ url: URL, timeout: TimeInterval = 5, until predicate: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            if predicate(last) { return last }
            usleep(50_000)
        }
        return last
    }

    /// The dashboard row of an article, as words ("▸", "2", "Définitions", "1", …).
    static func row(_ screen: String, _ heading: String) -> [Substring] {
        let line = screen.split(separator: "\n").first { $0.contains(" " + heading + " ") } ?? ""
        return line.split(whereSeparator: { $0 == " " || $0 == "┃" })
    }

    @Test func aParticipantsCommentShowsOnTheDashboardWithoutAKey() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let annotations = folder.url.appendingPathComponent("Annotations")
        let live = annotations.appendingPathComponent("live/TST-1.json")
        let record = annotations.appendingPathComponent("sessions/TST-1.json")

        // The facilitator opens a new session: the form asks the place, then the headcount.
        let f = try TmuxSession(["--facilitator", "--session", "TST-1", "--lang", "fr", "--text", Repository.demoID],
                                in: folder.url)
        defer { f.kill() }
        try f.wait { $0.contains("Nouvelle séance TST-1") }
        #expect(!FileManager.default.fileExists(atPath: record.path))
        try f.type("Liège")
        try f.send("Enter")
        try f.type("12")
        try f.send("Enter")
        // Both ends of the frame: tmux may show one half painted.
        var screen = try f.wait { $0.contains("TST-1 · Liège · 12 personnes présentes") && $0.contains("t les affiche.") }
        #expect(screen.contains("Les positions sont cachées à la salle. t les affiche."), "\(screen)")
        #expect(!screen.contains("d'accord"))
        let saved = Self.waitForFile(record) { $0.contains("\"headcount\": 12") }
        #expect(saved.contains("\"place\": \"Liège\""), "\(saved)")
        #expect(saved.contains("\"code\": \"TST-1\""))
        // Its position is published at once, then follows its moves.
        var position = Self.waitForFile(live) { $0.contains("\"article\": \"1\"") }
        #expect(position.contains("\"tallies\": \"hidden\""), "\(position)")
        try f.send("Down")
        position = Self.waitForFile(live) { $0.contains("\"article\": \"2\"") }
        #expect(position.contains("\"article\": \"2\""), "\(position)")
        try f.type("+")
        screen = try f.wait { $0.contains("TST-1 · Liège · 13 personnes présentes") }
        #expect(Self.waitForFile(record) { $0.contains("\"headcount\": 13") }.contains("\"headcount\": 13"))
        // `n` then a number replaces the headcount (issue 14: it was appended, 13 then 9 gave 139).
        try f.type("n9")
        try f.send("Enter")
        screen = try f.wait { $0.contains("TST-1 · Liège · 9 personnes présentes") }
        #expect(Self.waitForFile(record) { $0.contains("\"headcount\": 9") }.contains("\"headcount\": 9"))

        // A participant of the same session comments on article 2 in another terminal.
        let p = try TmuxSession(["--session", "TST-1", "--lang", "fr", "--text", Repository.demoID], in: folder.url)
        defer { p.kill() }
        try p.wait { $0.contains("F1 Aide") }
        try p.type(":2")
        try p.send("Enter")
        try p.compose("Dit par une participante.", under: "Votre avis sur l'art. 2")
        #expect(Self.row(try f.screen(), "Définitions").count == 3)  // ▸ 2 Définitions: nothing yet
        let pressed = Date()
        try p.send("C-s")

        // No key goes to the facilitator: the dashboard counts it by itself.
        screen = try f.wait(timeout: Self.limit + 3) { Self.row($0, "Définitions").last == "1" }
        let latency = Date().timeIntervalSince(pressed)
        print("live update, participant to facilitator dashboard: shown \(latency) s after the save key")
        #expect(Self.row(screen, "Définitions") == ["▸", "2", "Définitions", "1"], "\(screen)")
        #expect(latency <= Self.limit, "shown \(latency) s after the save key")

        // Tallies hidden: the participant's own screen shows no count either.
        let hidden = try p.wait { $0.contains("Enregistré") }
        #expect(Self.listCount(hidden, "Définitions") == "", "\(hidden)")
        // Revealed, the stances appear (the comment agrees), and the position says so.
        try f.type("t")
        screen = try f.wait { $0.contains("d'accord") && Self.row($0, "Définitions").count == 5 }
        #expect(Self.row(screen, "Définitions") == ["▸", "2", "Définitions", "1", "1"], "\(screen)")
        #expect(Self.waitForFile(live) { $0.contains("\"shown\"") }.contains("\"tallies\": \"shown\""))
        // The participant's list had no counts while the tallies were hidden; now it has.
        let list = try p.wait { Self.listCount($0, "Définitions") == "1" }
        #expect(Self.listCount(list, "Définitions") == "1", "\(list)")

        // The facilitator types what someone said: saved as transcribed.
        try f.send("Enter")
        try f.compose("Dit à voix haute.", under: "Art. 2 · tapé pour une personne qui a parlé")
        try f.send("C-s")
        try f.wait { $0.contains("Enregistré. Merci.") }
        let files = try FileManager.default.contentsOfDirectory(
            at: annotations.appendingPathComponent(Repository.demoID), includingPropertiesForKeys: nil)
        let texts = try files.map { try String(contentsOf: $0, encoding: .utf8) }
        #expect(texts.count == 2)
        #expect(texts.filter { $0.contains("\"transcribed\": true") }.count == 1)
        #expect(texts.first { $0.contains("Dit à voix haute.") }?.contains("\"transcribed\": true") == true)
        // Back to the dashboard with d: both comments counted.
        try f.type("d")
        screen = try f.wait { Self.row($0, "Définitions").count == 5 && Self.row($0, "Définitions")[3] == "2" }
        #expect(Self.row(screen, "Définitions") == ["▸", "2", "Définitions", "2", "2"], "\(screen)")

        // The participant follows the facilitator: each move of the facilitator moves their
        // screen, with no key pressed on it, until they move by themselves.
        try p.type("f")
        try p.wait { $0.contains("suit l'animation") }
        for (key, article) in [("Down", "3"), ("Down", "4"), ("Up", "3")] {
            try f.send(key)
            let moved = Date()
            let seen = try p.wait(timeout: Self.limit + 3) { $0.contains("Art. \(article) ━") }
            let latency = Date().timeIntervalSince(moved)
            print("follow: participant on Art. \(article) \(latency) s after the facilitator's key")
            #expect(latency <= Self.limit, "moved \(latency) s after the facilitator's key: \(seen)")
        }
        try p.send("Down")  // a move of one's own stops following
        screen = try p.wait { $0.contains("Art. 4 ━") && !$0.contains("suit l'animation") }
        try f.send("Up")
        _ = Self.waitForFile(live) { $0.contains("\"article\": \"2\"") }
        Thread.sleep(forTimeInterval: 1)  // what a follower would have needed, with margin
        #expect(try p.screen().contains("Art. 4 ━"), "the participant stopped following and stays")

        // The facilitator leaves (without closing the session): the position goes with them,
        // the record stays.
        try f.type("q")
        try f.wait { $0.contains("Clôturer la séance TST-1 en partant?") }
        try f.type("n")
        let gone = Self.waitUntil { !FileManager.default.fileExists(atPath: live.path) }
        #expect(gone, "live/TST-1.json is removed when the facilitator quits")
        #expect(FileManager.default.fileExists(atPath: record.path))
    }

    /// Polls `condition` for up to 5 s.
    static func waitUntil(_ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }

    /// The count at the end of the reader list's row of `heading` ("" when none is shown).
    static func listCount(_ screen: String, _ heading: String) -> String? {
        // The list is the first box of the row; the article beside it may hold the same word.
        let cells = screen.split(separator: "\n").compactMap { $0.split(separator: "│", omittingEmptySubsequences: false).dropFirst().first }
        guard let cell = cells.first(where: { $0.contains(" " + heading + " ") }) else { return nil }
        return cell.split(separator: " ").last.map(String.init).flatMap { Int($0) != nil ? $0 : "" }
    }
}
