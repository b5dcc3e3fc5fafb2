import ChildProcesses
import Foundation
import Testing

/// Issue 14, item 8: a Belgian locale that is not installed (this machine, like most
/// servers and containers, may have only C.UTF-8) must not stop the review screen. The
/// interface language comes from the locale's name, and UTF-8 is used because the name says
/// so. Run with the real binary in tmux, as a user at such a terminal would.
@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux is not installed (scripts/setup installs it)"))
struct TerminalLocaleTests {
    /// Whether `locale -a` lists the locale: if it does, the test still checks the screen, but
    /// not the fallback, and says so.
    private func installed(_ name: String) -> Bool {
        let listing = (try? ChildProcess.run("locale", ["-a"], timeout: 20).outputText) ?? ""
        let wanted = name.lowercased().replacingOccurrences(of: "-", with: "")
        return listing.split(separator: "\n").contains { $0.lowercased().replacingOccurrences(of: "-", with: "") == wanted }
    }

    @Test(arguments: [
        (["LANG": "nl_BE.UTF-8"], "Hulp"),
        (["LC_ALL": "fr_BE.utf8", "LANG": "C"], "Aide"),
        (["LANG": "ro_RO.UTF-8"], "Ajutor"),
        (["LANG": "pt_BR.UTF-8"], "Ajuda"),
        (["LANG": "es_ES.UTF-8"], "Ayuda"),
        // Cyrillic in the key bar: drawn as UTF-8 like the rest.
        (["LANG": "bg_BG.UTF-8"], "Помощ"),
    ] as [([String: String], String)])
    func aLocaleThatIsNotInstalledStillStartsInItsLanguage(environment: [String: String], help: String) throws {
        let name = environment["LC_ALL"] ?? environment["LANG"]!
        if installed(name) { print("note: \(name) is installed here, so its fallback to C.UTF-8 is not exercised") }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let tmux = try TmuxSession([], in: folder.url, environment: environment)
        defer { tmux.kill() }
        // The help key in the locale's language, and box lines drawn as UTF-8 (not as ASCII
        // stand-ins or mojibake), with the program still running.
        let screen = try tmux.wait { $0.contains("F1 \(help)") && $0.contains("┏") }
        #expect(!screen.contains("EXITED"))
        #expect(!screen.contains("UTF-8"))
    }

    /// A locale whose name does not say UTF-8 (and is not installed) is still refused, in its
    /// own language, with exit 2, because accents would come out garbled.
    /// Bulgarian says it in transliterated ASCII: Cyrillic is what would be garbled.
    @Test(arguments: [
        ("nl_BE", "Je terminal gebruikt geen UTF-8"),
        ("ro_RO", "Terminalul tau nu foloseste UTF-8"),
        ("bg_BG", "Vashiyat terminal ne izpolzva UTF-8"),
    ])
    func aNameWithoutUTF8IsRefusedInItsLanguage(_ locale: String, _ message: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let tmux = try TmuxSession([], in: folder.url, environment: ["LANG": locale])
        defer { tmux.kill() }
        let screen = try tmux.wait { $0.contains("EXITED") }
        #expect(screen.contains(message), "\(screen)")
        #expect(screen.contains("EXITED 2"))
    }
}
