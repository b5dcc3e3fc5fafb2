import Foundation
import Testing
@testable import TaskForceCore

/// `close-session` never writes a session's files again in an order close to the first one,
/// however the shuffles fall (a plain shuffle of 40 files is that close about once in 500).
@Suite struct ClosingOrderTests {
    /// A generator that gives the same numbers every time, so that a draw can be replayed.
    struct Replay: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    /// 40 files written one after the other, as round a table.
    static func files(in folder: URL, count: Int = 40) throws -> [URL] {
        try (0..<count).map { i in
            let url = folder.appendingPathComponent(String(format: "%02d.json", i))
            try Data("{}".utf8).write(to: url)
            usleep(12_000)  // distinct change times even on clocks of a few milliseconds
            return url
        }
    }

    @Test func theFirstOrderIsTheOrderOfWriting() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("closing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.files(in: folder, count: 12)
        let ranks = ClosingOrder.firstRanks(files.shuffled())
        #expect(files.map { ranks[$0]! } == Array(0..<12))
    }

    @Test func everyOrderIsUnlikeTheFirst() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("closing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.files(in: folder)
        let ranks = ClosingOrder.firstRanks(files)
        var plainTooClose = 0
        for seed in 0..<2_000 as Range<UInt64> {
            var random = Replay(state: seed)
            let order = ClosingOrder.order(files, using: &random)
            #expect(Set(order) == Set(files) && order.count == files.count)
            let rho = ClosingOrder.rho(order.map { ranks[$0]! })
            #expect(abs(rho) <= ClosingOrder.largestCorrelation, "seed \(seed): rho \(rho)")
            var plain = Replay(state: seed)
            if abs(ClosingOrder.rho(files.shuffled(using: &plain).map { ranks[$0]! })) > ClosingOrder.largestCorrelation {
                plainTooClose += 1
            }
        }
        // What the redrawing is for: plain shuffles are often further from zero.
        #expect(plainTooClose > 100)
    }

    @Test func rhoIsSpearmans() {
        #expect(ClosingOrder.rho([0, 1, 2, 3, 4]) == 1)
        #expect(ClosingOrder.rho([4, 3, 2, 1, 0]) == -1)
        #expect(abs(ClosingOrder.rho([1, 4, 2, 0, 3])) < 1e-9)  // the squared differences sum to 20
        #expect(abs(ClosingOrder.rho([1, 3, 0, 4, 2]) - 0.3) < 1e-9)
    }

    @Test func twoFilesOrFewerAreShuffledAsTheyAre() {
        var random = Replay(state: 1)
        let one = [URL(fileURLWithPath: "/x/a.json")]
        #expect(ClosingOrder.order(one, using: &random) == one)
        #expect(ClosingOrder.order([], using: &random) == [])
    }
}
