import Foundation
import Testing

/// Issue 13, item 3: after `close-session`, neither inode numbers, nor change times, nor the
/// order a folder lists its files tell the order in which 40 comments were written.
struct CloseSessionTests {
    /// Spearman's rank correlation of two lists of distinct values, as Doubles.
    static func spearman(_ a: [Double], _ b: [Double]) -> Double {
        func ranks(_ x: [Double]) -> [Double] {
            var r = [Double](repeating: 0, count: x.count)
            for (rank, i) in x.indices.sorted(by: { x[$0] < x[$1] }).enumerated() { r[i] = Double(rank) }
            return r
        }
        let (ra, rb) = (ranks(a), ranks(b))
        let n = Double(a.count)
        let d2 = zip(ra, rb).map { ($0 - $1) * ($0 - $1) }.reduce(0, +)
        return 1 - 6 * d2 / (n * (n * n - 1))
    }

    struct Seen {
        var inodes: [Double] = []
        var ctimes: [Double] = []
        var listing: [Double] = []
    }

    /// Inode, change time and listing position of each file, in the order of `ids`.
    static func look(_ ids: [String], in folder: URL) throws -> Seen {
        let listed = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        var seen = Seen()
        for id in ids {
            var info = stat()
            #expect(lstat(folder.appendingPathComponent("\(id).json").path, &info) == 0)
            seen.inodes.append(Double(info.st_ino))
            seen.ctimes.append(Double(info.st_ctim.tv_sec) + Double(info.st_ctim.tv_nsec) / 1e9)
            seen.listing.append(Double(listed.firstIndex(of: "\(id).json") ?? -1))
        }
        return seen
    }

    @Test func theOrderOfWritingIsGone() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let texts = try Repository.copyDemoTexts(into: work.url)
        var ids: [String] = []
        for i in 0..<40 {
            let run = try runTaskforce(["annotate", "--text", Repository.demoID, "--article", "\(i % 5 + 1)", "--stance", "support",
                                        "--language", "fr", "--session", "RND-1", "--texts", texts.path],
                                       in: work.url, input: Data("Commentaire numéro \(i).\n".utf8))
            #expect(run.status == 0, "\(run.stderr)")
            ids.append(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let folder = work.url.appendingPathComponent("Annotations/\(Repository.demoID)")
        let order = ids.indices.map(Double.init)
        let before = try Self.look(ids, in: folder)
        // The leak the command closes: written one after the other, the change times follow
        // the order of writing exactly (so this test would see it).
        #expect(Self.spearman(order, before.ctimes) > 0.9)
        let contents = try ids.map { try Data(contentsOf: folder.appendingPathComponent("\($0).json")) }

        let run = try runTaskforce(["close-session", "RND-1"], in: work.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("40 annotation files in 1 folder"), "\(run.stdout)")
        let after = try Self.look(ids, in: folder)
        for (name, values) in [("inode numbers", after.inodes), ("change times", after.ctimes), ("listing order", after.listing)] {
            let rho = Self.spearman(order, values)
            print("close-session: Spearman rho between the order of writing and \(name): \(rho)")
            #expect(abs(rho) < 0.5, "\(name) still follow the order of writing (rho \(rho))")
        }
        // Nothing changed inside, nothing lost or doubled; again is harmless.
        #expect(try ids.map { try Data(contentsOf: folder.appendingPathComponent("\($0).json")) } == contents)
        let again = try runTaskforce(["close-session", "RND-1"], in: work.url)
        #expect(again.status == 0 && again.stdout.contains("40 annotation files"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.count == 40)
        // Files and their folder say midnight, not the time of day.
        var info = stat()
        #expect(lstat(folder.path, &info) == 0 && info.st_mtim.tv_sec % 86_400 == 0, "folder time \(info.st_mtim.tv_sec)")
        #expect(lstat(folder.appendingPathComponent("\(ids[7]).json").path, &info) == 0 && info.st_mtim.tv_sec % 86_400 == 0)
    }

    @Test func aWrongCodeIsAUsageError() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let run = try runTaskforce(["close-session", "../etc"], in: work.url)
        #expect(run.status == 2 && run.stderr.contains("not a session code"), "\(run.stderr)")
    }
}

/// Issue 13, item 3: a save leaves its folder (and the folder it went through) at midnight.
struct FolderTimesTests {
    @Test func aSavedCommentLeavesItsFoldersAtMidnight() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let texts = try Repository.copyDemoTexts(into: work.url)
        let run = try runTaskforce(["annotate", "--text", Repository.demoID, "--article", "2", "--stance", "concern",
                                    "--language", "fr", "--texts", texts.path],
                                   in: work.url, input: Data("Un avis.\n".utf8))
        #expect(run.status == 0, "\(run.stderr)")
        // drafts/ too: the comment's words went through it and were removed from it.
        for folder in ["Annotations/\(Repository.demoID)", "Annotations/tmp", "Annotations/drafts", "Annotations"] {
            Self.expectMidnight(work.url.appendingPathComponent(folder), folder)
        }
    }

    /// After `close-session`, every folder under Annotations/ says midnight, whatever
    /// touched it during the session (here: folders made at the time of now).
    @Test func closingASessionLeavesEveryFolderAtMidnight() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let texts = try Repository.copyDemoTexts(into: work.url)
        let run = try runTaskforce(["annotate", "--text", Repository.demoID, "--article", "2", "--stance", "concern",
                                    "--language", "fr", "--session", "TST-1", "--texts", texts.path],
                                   in: work.url, input: Data("Un avis.\n".utf8))
        #expect(run.status == 0, "\(run.stderr)")
        let annotations = work.url.appendingPathComponent("Annotations")
        for folder in ["live", "sessions", "quarantine/\(Repository.demoID)", "conflicts/sessions"] {
            try FileManager.default.createDirectory(at: annotations.appendingPathComponent(folder),
                                                    withIntermediateDirectories: true)
        }
        let closed = try runTaskforce(["close-session", "TST-1"], in: work.url)
        #expect(closed.status == 0, "\(closed.stderr)")
        let every = try FileManager.default.subpathsOfDirectory(atPath: annotations.path).filter {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: annotations.appendingPathComponent($0).path, isDirectory: &isFolder)
                && isFolder.boolValue
        }
        #expect(every.count >= 9, "\(every)")
        for folder in every + [""] {
            Self.expectMidnight(annotations.appendingPathComponent(folder), "Annotations/\(folder)")
        }
    }

    static func expectMidnight(_ url: URL, _ shown: String) {
        var info = stat()
        #expect(lstat(url.path, &info) == 0, "\(shown) is missing")
        #expect(info.st_mtim.tv_sec % 86_400 == 0 && info.st_mtim.tv_nsec == 0, "\(shown): \(info.st_mtim.tv_sec)")
    }
}

/// Issue 13, item 3: the facilitator's screen offers to close the session when it quits.
@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux is not installed (scripts/setup installs it)"))
struct ClosingOnQuitTests {
    @Test func theFacilitatorClosesTheSessionOnTheWayOut() throws {
        let (screen, folder) = try FacilitatorTripTests.facilitatorOnANewSession()
        defer { screen.kill(); folder.remove() }
        for (article, body) in [("1", "Un."), ("2", "Deux."), ("3", "Trois.")] {
            try FacilitatorTripTests.annotate(folder.url, article: article, body)
        }
        let texts = folder.url.appendingPathComponent("Annotations/\(Repository.demoID)")
        let before = try FileManager.default.contentsOfDirectory(atPath: texts.path).sorted()
        let inodes = { try before.map { name -> UInt64 in
            try ((FileManager.default.attributesOfItem(atPath: texts.appendingPathComponent(name).path)[.systemFileNumber]) as? UInt64) ?? 0
        } }
        let inodesBefore = try inodes()
        #expect(before.count == 3, "\(before)")
        try screen.send("F10")
        try screen.wait { $0.contains("Close session TST-1 as you leave? Enter: yes · n: no, just quit · Esc: stay") }
        try screen.type("x")  // a slip decides nothing
        try screen.send("Escape")
        try screen.wait { $0.contains("Counted: this session") && !$0.contains("Close session") }
        try screen.send("F10")
        try screen.wait { $0.contains("Close session TST-1 as you leave?") }
        try screen.send("Enter")
        let after = try screen.wait { $0.contains("EXITED 0") }
        #expect(after.contains("Session TST-1 closed: 3 annotation files written again in a random order."), "\(after)")
        // The same files, each written again (a new inode), nothing lost or added.
        #expect(try FileManager.default.contentsOfDirectory(atPath: texts.path).sorted() == before)
        #expect(zip(inodesBefore, try inodes()).allSatisfy { $0 != $1 }, "the files were not written again")
    }
}
