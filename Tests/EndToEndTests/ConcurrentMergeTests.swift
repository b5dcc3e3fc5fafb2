import Foundation
import Testing

/// Two `taskforce merge` runs of one bundle into one folder at the same time (issue 12):
/// a file the other run has just written with the same bytes is already present, never
/// a conflict. No false conflict, nothing lost, nothing twice. (scripts/bench-concurrent-merge
/// does the same with 100,000 annotations.)
struct ConcurrentMergeTests {
    static func start(_ arguments: [String], in folder: URL) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = try Binary.locate()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        return (process, output)
    }

    @Test func twoMergesAtOnceGiveNoFalseConflict() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        try Repository.makeAnnotations(3000, into: folder.url.appendingPathComponent("Source"))
        let bundle = try runTaskforce(["bundle", "--out", "x.tfbundle", "--annotations", "Source"], in: folder.url)
        #expect(bundle.status == 0, "\(bundle.stderr)")

        let runs = try [Self.start(["merge", "x.tfbundle", "--annotations", "Dest"], in: folder.url),
                        Self.start(["merge", "x.tfbundle", "--annotations", "Dest"], in: folder.url)]
        var outputs: [String] = []
        for (process, pipe) in runs {
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(text)")
            outputs.append(text)
        }
        for text in outputs { #expect(text.contains("conflicts 0, invalid 0."), "\(text)") }
        let added = outputs.compactMap { $0.components(separatedBy: "added ").dropFirst().first?.split(separator: ",").first }
            .compactMap { Int($0) }
        // 3,000 annotations and the 12 session records that sign their shows of hands.
        #expect(added.reduce(0, +) == 3012, "\(outputs)")
        let dest = folder.url.appendingPathComponent("Dest")
        let merged = try FileManager.default.contentsOfDirectory(atPath: dest.appendingPathComponent(Repository.demoID).path)
        #expect(merged.count == 3000)
        #expect(!FileManager.default.fileExists(atPath: dest.appendingPathComponent("conflicts").path))
        let check = try runTaskforce(["check", "--annotations", "Dest"], in: folder.url)
        #expect(check.status == 0, "\(check.stdout)")
    }
}
