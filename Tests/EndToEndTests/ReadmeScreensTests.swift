import Foundation
import Testing

/// The screens shown in README.md are what `taskforce render` prints today: each ```text
/// block right after a line quoting a `taskforce render …` command is that command's output,
/// run on the demonstration bill and its demo annotations. Documentation cannot drift.
struct ReadmeScreensTests {
    struct Screen: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var expected: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let screens: [Screen] = {
        guard let readme = try? String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        else { return [] }
        var screens: [Screen] = []
        var command: [String]?
        var block: [Substring]?
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if var lines = block {
                if line == "```" {
                    if let command { screens.append(Screen(arguments: command, expected: lines.joined(separator: "\n"))) }
                    block = nil
                    command = nil
                } else {
                    lines.append(line)
                    block = lines
                }
            } else if line == "```text" {
                block = []
            } else if let range = line.range(of: "`taskforce render ") {
                let rest = line[range.upperBound...]
                command = rest.firstIndex(of: "`").map { shellWords(String(rest[..<$0])) }
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                command = nil  // only the line right before the block counts
            }
        }
        return screens
    }()

    /// Words as a POSIX shell splits them, for the quoting used in the README ('…' only).
    static func shellWords(_ s: String) -> [String] {
        var words: [String] = []
        var current: String?
        var quoted = false
        for c in s {
            if quoted {
                if c == "'" { quoted = false } else { current!.append(c) }
            } else if c == "'" {
                quoted = true
                current = current ?? ""
            } else if c == " " {
                if let word = current { words.append(word) }
                current = nil
            } else {
                current = (current ?? "") + String(c)
            }
        }
        if let word = current { words.append(word) }
        return words
    }

    @Test func theReadmeHasAWalkThrough() {
        #expect(Self.screens.count >= 8, "README.md shows \(Self.screens.count) rendered screens")
    }

    @Test(arguments: screens)
    func screenIsWhatRenderPrints(_ screen: Screen) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Every shipped text, as a newcomer's clone has them (the README shows the chooser).
        try FileManager.default.copyItem(at: Repository.texts, to: folder.url.appendingPathComponent("Texts"))
        // With the session records: the facilitator's dashboard opens on DEMO-2026-01's.
        try Repository.copyDemoAnnotations(into: folder.url, sessions: true)
        let run = try runTaskforce(["render"] + screen.arguments, in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        // Empty rows at the bottom are not shown in the README.
        var printed = run.stdout
        while printed.hasSuffix("\n") { printed.removeLast() }
        #expect(printed == screen.expected, "README.md is out of date for `taskforce render \(screen.testDescription)`:\n\(printed)")
    }
}
