import ChildProcesses
import Foundation
import Testing

/// Files of this repository that the tests read: the shipped demonstration bill.
enum Repository {
    /// `Tests/EndToEndTests/Support/Repository.swift` is three folders below the root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let texts = root.appendingPathComponent("Texts")
    static let demoID = "demo-travail-du-sexe"
    static let demoArticleCount = 21

    static func demoFile(_ language: String) -> URL {
        texts.appendingPathComponent("\(demoID).\(language).txt")
    }

    /// Copies the demonstration bill into `folder/Texts` and returns that folder.
    @discardableResult
    static func copyDemoTexts(into folder: URL) throws -> URL {
        let target = folder.appendingPathComponent("Texts")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for language in ["fr", "nl", "en"] {
            try FileManager.default.copyItem(
                at: demoFile(language),
                to: target.appendingPathComponent(demoFile(language).lastPathComponent))
        }
        return target
    }

    /// Writes `count` generated, signed annotations of the demo bill into `folder`, with
    /// scripts/make-annotations.py (python3 and python3-cryptography come with scripts/setup).
    static func makeAnnotations(_ count: Int, into folder: URL) throws {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        python.arguments = [root.appendingPathComponent("scripts/make-annotations.py").path, folder.path, "\(count)"]
        python.standardOutput = FileHandle.nullDevice
        try python.run()
        python.waitUntilExit()
        try #require(python.terminationStatus == 0,
                     "make-annotations.py failed (python3 and python3-cryptography are installed by scripts/setup)")
    }

    /// Copies the demonstration annotations into `folder/Annotations/<demo id>`.
    /// - Parameter sessions: the demo's session records too (`Annotations/sessions/`).
    static func copyDemoAnnotations(into folder: URL, sessions: Bool = false) throws {
        try copyShipped(["Annotations/\(demoID)"] + (sessions ? ["Annotations/sessions"] : []), into: folder)
    }

    /// Copies everything the repository ships under `Annotations/` into `folder/Annotations`.
    static func copyShippedAnnotations(into folder: URL) throws {
        try copyShipped(["Annotations"], into: folder)
    }

    /// Copies the files git tracks under `paths`, as git's index holds them, into `folder`
    /// (same relative paths). Users write into the checkout's `Annotations/` (`scripts/demo`):
    /// reading the index instead of the working files keeps their comments, drafts and
    /// session records out of every test's outcome.
    static func copyShipped(_ paths: [String], into folder: URL) throws {
        let listed = try git(["ls-files", "-z", "--"] + paths)
        let files = listed.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        guard !files.isEmpty else { throw ShippedDataMissing(paths: paths) }
        let prefix = folder.standardizedFileURL.path + "/"
        _ = try git(["checkout-index", "--prefix=\(prefix)", "--"] + files)
    }

    private static func git(_ arguments: [String]) throws -> [UInt8] {
        let run = try ChildProcess.run("git", ["-C", root.path] + arguments, timeout: 60)
        guard run.ending == .exited(0) else { throw ShippedDataMissing(paths: arguments, detail: run.errorText) }
        return Array(run.output)
    }
}

/// The tests read the shipped demo data through git; a checkout without it cannot run them.
struct ShippedDataMissing: Error, CustomStringConvertible {
    let paths: [String]
    var detail = ""
    var description: String {
        "git lists no shipped file for \(paths.joined(separator: " ")) in \(Repository.root.path) (the tests copy the demo data from git's index): \(detail)"
    }
}
