import ChildProcesses
import Foundation
import Testing

/// Every command prints through one sanitiser (issue 12): a text whose title and article
/// hold OSC (window title, clipboard write), CSI (clear screen), a one-byte C1 CSI and a
/// bidi override, and file names holding ESC, never put one raw control byte on the
/// terminal. Each command runs on a pseudo-terminal (`script`), so that what is checked
/// is exactly what a terminal would receive; the default listing, which only prints when
/// not on a terminal, through a pipe.
struct TerminalSafetyTests {
    static let hostile = "\u{1B}]0;pwned\u{07} \u{1B}[2J \u{1B}]52;c;ZXZpbA==\u{07} \u{9B}31m \u{202E}esrever\u{202C}"
    /// Few enough controls that the file is still read as a text (many make it binary).
    static let text = """
        ---
        title: Loi piégée \u{1B}]0;pwned\u{07} \u{9B}31m \u{202E}esrever\u{202C}
        ---
        Article 1er. Objet

        La loi règle \u{1B}[2J \u{1B}]52;c;ZXZpbA==\u{07} tout.

        Art. 2. Suite

        Un bouton.

        """
    static let act = """
        <?xml version="1.0" encoding="UTF-8"?>
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
          <act><meta><identification source="#x"><FRBRWork><FRBRname value="Test"/></FRBRWork>
          <FRBRExpression><FRBRlanguage language="fra"/></FRBRExpression></identification></meta>
          <preface><p><docTitle>Loi &#x9B;2J &#x202E;piégée</docTitle></p></preface>
          <body><article><num>Article 1er</num><heading>Objet &#x85;&#x202E;</heading>
            <content><p>La loi &#x9B;31m règle.</p></content></article></body></act>
        </akomaNtoso>
        """

    /// What no terminal may receive: ESC, BEL, a C1 control (two UTF-8 bytes C2 80–9F),
    /// a bidi control (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C).
    static func rawControls(_ data: Data) -> [String] {
        var found: [String] = []
        let b = [UInt8](data)
        for i in b.indices {
            if b[i] == 0x1B || b[i] == 0x07 { found.append(String(format: "%02X at %d", b[i], i)) }
            if b[i] == 0xC2, i + 1 < b.count, (0x80...0x9F).contains(b[i + 1]) { found.append("C1 at \(i)") }
            if b[i] == 0xE2, i + 2 < b.count, (b[i + 1] == 0x80 && ((0xAA...0xAE).contains(b[i + 2]) || b[i + 2] == 0x8E || b[i + 2] == 0x8F))
                || (b[i + 1] == 0x81 && (0xA6...0xA9).contains(b[i + 2])) { found.append("bidi at \(i)") }
            if b[i] == 0xD8, i + 1 < b.count, b[i + 1] == 0x9C { found.append("ALM at \(i)") }
        }
        return found
    }

    /// A folder with the hostile text, an annotation on it with the same content in its
    /// comment, a file with ESC in its name among the annotations, the hostile act to
    /// import under a name holding ESC, and a folder to merge from with such a name.
    static func hostileFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let texts = folder.url.appendingPathComponent("Texts")
        try FileManager.default.createDirectory(at: texts, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: texts.appendingPathComponent("loi-piegee.fr.txt"))
        try Data(text.utf8).write(to: texts.appendingPathComponent("bad\u{1B}]0;name\u{07}.fr.txt"))
        try folder.write(act, to: "act\u{1B}[2J.xml")
        let said = try runTaskforce(["annotate", "--text", "loi-piegee", "--article", "1", "--stance", "oppose"],
                                    in: folder.url, input: Data("Mon avis \(hostile)\n".utf8))
        #expect(said.status == 0, "\(said.stderr)")
        let notes = folder.url.appendingPathComponent("Annotations/loi-piegee")
        try Data("{}".utf8).write(to: notes.appendingPathComponent("x\u{1B}]52;c;ZXZpbA==\u{07}.json"))
        let source = folder.url.appendingPathComponent("from\u{1B}[31m/loi-piegee")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: source.appendingPathComponent("y\u{9B}2J.json"))
        return folder
    }

    /// `taskforce` with `shellArguments` (a shell fragment: globs name the hostile files)
    /// on a pseudo-terminal; what the terminal received.
    static func onTerminal(_ shellArguments: String, in folder: URL) throws -> (status: Int32, output: Data) {
        let binary = try Binary.locate().path
        let run = try ChildProcess.run(
            "/usr/bin/script", ["-qec", "'\(binary)' \(shellArguments)", "/dev/null"],
            environment: ["LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no", "PATH": "/usr/bin:/bin", "TERM": "xterm",
                          "TASKFORCE_KEYS": folder.appendingPathComponent(".facilitator-keys").path],
            directory: folder, timeout: 60)
        let status: Int32 = switch run.ending { case .exited(let code): code; case .signalled(let s): s }
        return (status, run.output)
    }

    static let commands: [String] = [
        "texts", "parse Texts/loi-piegee.fr.txt", "parse --json Texts/loi-piegee.fr.txt", "parse Texts/bad*",
        "check", "import act*.xml --texts Imported", "digest --text loi-piegee --format markdown",
        "digest --text loi-piegee --format json", "merge from*", "texts --json",
    ]

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "script(1) is not installed"),
          arguments: commands)
    func noRawControlReachesTheTerminal(_ command: String) throws {
        let folder = try Self.hostileFolder()
        defer { folder.remove() }
        let run = try Self.onTerminal(command, in: folder.url)
        #expect(!run.output.isEmpty, "\(command) printed nothing")
        let found = Self.rawControls(run.output)
        #expect(found.isEmpty, "\(command): \(found.prefix(5)) in \(String(decoding: run.output, as: UTF8.self).prefix(2000))")
    }

    @Test func theDefaultListingIsSafeToo() throws {
        let folder = try Self.hostileFolder()
        defer { folder.remove() }
        let run = try runTaskforce([], in: folder.url)
        #expect(run.stdout.contains("Loi piégée"), "\(run.stdout)")
        #expect(Self.rawControls(Data((run.stdout + run.stderr).utf8)).isEmpty, "\(run.stdout)")
    }
}
