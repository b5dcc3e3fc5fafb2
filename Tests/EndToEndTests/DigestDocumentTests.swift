import AnnotationFixtures
import ChildProcesses
import Foundation
import TaskForceCore
import Testing

/// `taskforce digest --format docx|odt|pdf` through the built binary (issue 14, item 10,
/// "Must show"): the demo digest's DOCX and ODT open in LibreOffice headless, which turns
/// them into PDF; the pages' text (pdftotext) and the pages themselves (pdftoppm to PNG,
/// read back by OCR) show the digest's title, its counts table and a comment. Without
/// LibreOffice these tests skip, saying why, except under CI=true, where `scripts/setup`
/// installs it and they fail instead.
@Suite struct DigestDocumentTests {
    static let soffice: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Decided once, so the reason is printed once.
    static let office: Bool = {
        if soffice != nil { return true }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            // Enabled, so that the missing program fails the run (scripts/setup installs it).
            return true
        }
        print("skipping the LibreOffice digest tests: LibreOffice is not installed (scripts/setup installs libreoffice-writer-nogui)")
        return false
    }()

    static let poppler = FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftoppm")

    static func demo() throws -> TemporaryFolder {
        try DigestGoldenTests.demoFolder()
    }

    /// Runs a program to its end (60 s at most, else the test fails), in `folder`.
    static func tool(_ path: String, _ arguments: [String], in folder: URL, timeout: TimeInterval = 120) throws -> ChildRun {
        let run = try ChildProcess.run(path, arguments, environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
                                                                      "HOME": folder.path],
                                       directory: folder, timeout: timeout)
        #expect(!run.timedOut, "\(path) did not finish: \(run.errorText)")
        #expect(run.ending == .exited(0), "\(path) \(arguments): \(run.errorText)")
        return run
    }

    /// The document converted to PDF by LibreOffice, with a profile of its own in `folder`.
    static func convert(_ document: URL, in folder: URL) throws -> URL {
        let soffice = try #require(soffice, "LibreOffice is not installed (scripts/setup installs libreoffice-writer-nogui)")
        let out = folder.appendingPathComponent("converted-\(document.pathExtension)")
        _ = try tool(soffice, ["--headless", "--norestore", "-env:UserInstallation=" + folder.appendingPathComponent("lo-profile").absoluteString,
                               "--convert-to", "pdf", "--outdir", out.path, document.path], in: folder)
        let pdf = out.appendingPathComponent(document.deletingPathExtension().lastPathComponent + ".pdf")
        #expect(FileManager.default.fileExists(atPath: pdf.path), "LibreOffice made no PDF of \(document.lastPathComponent)")
        return pdf
    }

    /// The demo digest's words that must be on the pages.
    static func checkText(_ text: String, _ what: String) {
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("FEEDBACK DIGEST"), "\(what)")
        #expect(words.contains("Demonstration bill (fictional) on the working conditions of sex workers"), "\(what)")
        #expect(words.contains("All articles"), "\(what)")
        // The counts table's totals: 2 in support, 5 concerned, 3 opposed, 1 question, 14 "me too"s.
        #expect(words.contains("Total 2 5 3 1 14"), "\(what): \(words.prefix(1500))")
        // A row of the table (its label may wrap onto a second line after its figures).
        #expect(words.contains("Article 12 Registration 0 0 2 0 14"), "\(what)")
        #expect(words.contains("(Fictional example) A compulsory health check every three months treats us as a risk"), "\(what)")
        #expect(words.contains("[e-mail removed]"), "\(what)")
        #expect(words.contains("1 comment hidden by a facilitator (counted above)."), "\(what)")
    }

    @Test(.enabled(if: office && poppler, "LibreOffice or poppler-utils is not installed"))
    func theDemoDigestOpensInLibreOfficeAndItsPagesShowIt() throws {
        let work = try Self.demo()
        defer { work.remove() }
        var pdfs: [(String, URL)] = []
        for format in ["docx", "odt", "pdf"] {
            let run = try runTaskforce(["digest", "--format", format, "--lang", "en", "--out", "digest.\(format)"], in: work.url)
            #expect(run.status == 0, "\(format): \(run.stderr)")
            #expect(run.stdout.isEmpty)
            let file = work.url.appendingPathComponent("digest.\(format)")
            pdfs.append((format, format == "pdf" ? file : try Self.convert(file, in: work.url)))
        }
        for (format, pdf) in pdfs {
            let info = try Self.tool("/usr/bin/pdfinfo", [pdf.path], in: work.url).outputText
            let pages = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
                .flatMap { Int($0.split(separator: " ").last ?? "") })
            #expect(pages >= 3, "\(format): \(pages) pages")
            let text = try Self.tool("/usr/bin/pdftotext", ["-layout", pdf.path, "-"], in: work.url).outputText
            Self.checkText(text, format)
            // Page numbers in the footer, "n / pages", on every page.
            for page in 1...pages {
                #expect(text.range(of: "\\b\(page) ?/ ?\(pages)\\b", options: .regularExpression) != nil, "\(format): no footer \(page) / \(pages)")
            }
            // The pages as pictures.
            let prefix = work.url.appendingPathComponent("\(format)-page").path
            _ = try Self.tool("/usr/bin/pdftoppm", ["-png", "-r", "60", pdf.path, prefix], in: work.url)
            let pictures = try FileManager.default.contentsOfDirectory(atPath: work.url.path)
                .filter { $0.hasPrefix("\(format)-page") && $0.hasSuffix(".png") }
            #expect(pictures.count == pages, "\(format): \(pictures)")
        }
    }

    /// What the first two pages of the DOCX and the ODT look like, read back by OCR: the
    /// title and the counts table are drawn, not only present as text.
    @Test(.enabled(if: office && poppler, "LibreOffice or poppler-utils is not installed"))
    func thePagesPicturesShowTheTitleTheTotalsAndAComment() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tesseract") else {
            print("skipping the OCR check of the digest's pages: tesseract-ocr is not installed (scripts/setup installs it)")
            return
        }
        let work = try Self.demo()
        defer { work.remove() }
        for format in ["docx", "odt"] {
            let run = try runTaskforce(["digest", "--format", format, "--lang", "en", "--out", "digest.\(format)"], in: work.url)
            #expect(run.status == 0, "\(format): \(run.stderr)")
            let pdf = try Self.convert(work.url.appendingPathComponent("digest.\(format)"), in: work.url)
            let prefix = work.url.appendingPathComponent("ocr-\(format)").path
            _ = try Self.tool("/usr/bin/pdftoppm", ["-png", "-r", "150", "-f", "1", "-l", "2", pdf.path, prefix], in: work.url)
            var seen = ""
            for page in 1...2 {
                let picture = try FileManager.default.contentsOfDirectory(atPath: work.url.path)
                    .first { $0.hasPrefix("ocr-\(format)-") && $0.hasSuffix("\(page).png") }
                let png = try #require(picture, "\(format): no picture of page \(page)")
                // One column of lines of any size: keeps each table row on one line.
                seen += try Self.tool("/usr/bin/tesseract", [png, "-", "-l", "eng", "--psm", "4"], in: work.url).outputText + "\n"
            }
            let words = seen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(words.contains("Demonstration bill (fictional)"), "\(format): \(words.prefix(800))")
            #expect(words.contains("All articles"), "\(format): \(words.prefix(800))")
            #expect(words.contains("Total 2 5 3 1 14"), "\(format): \(words.prefix(1500))")
            #expect(words.contains("compulsory health check"), "\(format): \(words.suffix(1500))")
        }
    }

    /// Comments that try to be markup, escape sequences, a bidi override and characters XML
    /// forbids: LibreOffice opens both documents, and their pages show each comment as text.
    @Test(.enabled(if: office && poppler, "LibreOffice or poppler-utils is not installed"))
    func hostileCommentsOpenInLibreOfficeAsText() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try Repository.copyDemoTexts(into: work.url)
        let store = AnnotationStore(root: work.url.appendingPathComponent("Annotations"))
        let bodies = DigestBrowserTests.hostile + ["\u{1B}[2J\u{1B}]0;owned\u{07}after the escapes",
                                                  "abc\u{202E}fed and more", "noncharacters \u{FFFE}\u{FFFF} here"]
        for (i, body) in bodies.enumerated() {
            try store.save(DemoAnnotations.comment(body, article: i % 2 == 0 ? "5bis" : "12", proposal: i % 3 == 0 ? body : nil))
        }
        for format in ["docx", "odt"] {
            let run = try runTaskforce(["digest", "--format", format, "--lang", "en", "--out", "hostile.\(format)"], in: work.url)
            #expect(run.status == 0, "\(format): \(run.stderr)")
            let pdf = try Self.convert(work.url.appendingPathComponent("hostile.\(format)"), in: work.url)
            let text = try Self.tool("/usr/bin/pdftotext", [pdf.path, "-"], in: work.url).outputText
            // pdftotext breaks a long word where the line wrapped it: compared without spaces.
            let letters = String(text.filter { !$0.isWhitespace })
            for shown in ["<script>document.title='pwned'</script>", "<img src=x onerror=\"document.title='pwned-img'\">",
                          "&lt;script&gt;document.title='pwned-entity'&lt;/script&gt;", "[2J]0;owned after the escapes",
                          "abcfed and more", "noncharacters here"] {
                #expect(letters.contains(String(shown.filter { !$0.isWhitespace })), "\(format): \(shown) is not on the pages")
            }
            for scalar in ["\u{1B}", "\u{202E}", "\u{07}"] { #expect(!text.contains(scalar), "\(format)") }
        }
    }

    /// The same annotations give the same file in DOCX and ODT, and the same pages in PDF (its
    /// bytes may differ: LibreOffice orders the embedded font objects differently under load).
    @Test(.enabled(if: office, "LibreOffice is not installed"))
    func theSameAnnotationsGiveTheSameBytes() throws {
        let work = try Self.demo()
        defer { work.remove() }
        for format in ["docx", "odt", "pdf"] {
            var files: [Data] = []
            for name in ["a", "b"] {
                let run = try runTaskforce(["digest", "--format", format, "--out", "\(name).\(format)"], in: work.url)
                #expect(run.status == 0, "\(format): \(run.stderr)")
                files.append(try Data(contentsOf: work.url.appendingPathComponent("\(name).\(format)")))
            }
            #expect(files[0].count > 1000)
            if format == "pdf" {
                let pages = try ["a", "b"].map {
                    try Self.tool("/usr/bin/pdftotext", ["-layout", "\($0).pdf", "-"], in: work.url).outputText
                }
                #expect(pages[0] == pages[1], "the PDF's text differs between two exports")
                #expect(pages[0].contains("FEEDBACK DIGEST") && pages[0].contains("Sessions: DEMO-2026-01"), "\(pages[0])")
            } else {
                #expect(files[0] == files[1], "\(format) differs between two exports")
            }
        }
        // The PDF carries no time of export: its dates are 1980-01-01.
        let pdf = String(decoding: try Data(contentsOf: work.url.appendingPathComponent("a.pdf")), as: UTF8.self)
        #expect(pdf.contains("/CreationDate(D:19800101000000"))
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        #expect(!pdf.contains("(D:\(year)"), "a date of this year in the PDF")
    }

    /// A zip or a PDF is never written raw to a terminal: without --out it is refused with
    /// exit 2; into a pipe or a file it is written whole.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "script(1) is not installed"))
    func aBinaryDigestIsNotWrittenToATerminal() throws {
        let work = try Self.demo()
        defer { work.remove() }
        for format in ["docx", "odt", "pdf"] {
            let terminal = try TerminalSafetyTests.onTerminal("digest --format \(format)", in: work.url)
            let said = String(decoding: terminal.output, as: UTF8.self)
            #expect(terminal.status == 2, "\(format): \(said)")
            #expect(said.contains("--format \(format) writes a binary document: give --out FILE (or redirect stdout to a file)"), "\(said)")
            #expect(!said.contains("PK") && !said.contains("%PDF"), "\(format) bytes reached the terminal")
        }
        let binary = try Binary.locate().path
        let piped = try ChildProcess.run(binary, ["digest", "--format", "docx"],
                                         environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"], directory: work.url, timeout: 60)
        #expect(piped.ending == .exited(0), "\(piped.errorText)")
        let written = try runTaskforce(["digest", "--format", "docx", "--out", "out.docx"], in: work.url)
        #expect(written.status == 0)
        #expect(piped.output == (try Data(contentsOf: work.url.appendingPathComponent("out.docx"))))
        #expect(piped.output.starts(with: Array("PK".utf8)))
    }

    /// Without LibreOffice, `--format pdf` says what to install, exits 69 and writes nothing;
    /// DOCX and ODT need no other program.
    @Test func aPDFWithoutLibreOfficeExits69AndWritesNothing() throws {
        let work = try Self.demo()
        defer { work.remove() }
        let empty = work.url.appendingPathComponent("no-programs")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let run = try runTaskforce(["digest", "--format", "pdf", "--out", "digest.pdf"], in: work.url,
                                   environment: ["PATH": empty.path])
        #expect(run.status == 69, "\(run.stderr)")
        #expect(run.stderr.contains("taskforce: digest.pdf: a PDF digest is made by LibreOffice, which is not installed: "
            + "run scripts/setup, or apt-get install libreoffice-writer-nogui (or choose --format odt or docx); nothing was written"),
            "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: work.url.appendingPathComponent("digest.pdf").path))
        for format in ["docx", "odt"] {
            let made = try runTaskforce(["digest", "--format", format, "--out", "digest.\(format)"], in: work.url,
                                        environment: ["PATH": empty.path])
            #expect(made.status == 0, "\(format): \(made.stderr)")
        }
    }

    /// A LibreOffice that fails (here a stand-in `soffice` that exits 1 without a PDF): one
    /// sentence, exit 69, nothing written, no temporary folder left behind.
    @Test func aFailingLibreOfficeExits69AndWritesNothing() throws {
        let work = try Self.demo()
        defer { work.remove() }
        let programs = work.url.appendingPathComponent("programs")
        try FileManager.default.createDirectory(at: programs, withIntermediateDirectories: true)
        let fake = programs.appendingPathComponent("soffice")
        let arguments = programs.appendingPathComponent("arguments")
        try Data("#!/bin/sh\necho \"$@\" > '\(arguments.path)'\necho 'Error: source file could not be loaded' >&2\nexit 1\n".utf8).write(to: fake)
        chmod(fake.path, 0o755)
        let temporary = work.url.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let run = try runTaskforce(["digest", "--format", "pdf", "--out", "digest.pdf"], in: work.url,
                                   environment: ["PATH": programs.path + ":/usr/bin:/bin", "TMPDIR": temporary.path])
        #expect(run.status == 69, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("taskforce: digest.pdf: LibreOffice could not make the PDF (exit 1); nothing was written"), "\(run.stderr)")
        #expect(run.stderrLines.count == 1, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: work.url.appendingPathComponent("digest.pdf").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty, "the private folder is removed")
        // LibreOffice was given the private copy, never the name the user chose.
        let given = try String(contentsOf: arguments, encoding: .utf8)
        #expect(given.contains("--headless") && given.contains(temporary.path + "/taskforce-digest-"), "\(given)")
        #expect(!given.contains(work.url.path + "/digest"), "\(given)")
    }

    /// `--out` naming a folder: one sentence, exit 74, the folder untouched.
    @Test func aDocumentIsNotWrittenOverAFolder() throws {
        let work = try Self.demo()
        defer { work.remove() }
        let folder = work.url.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let run = try runTaskforce(["digest", "--format", "odt", "--out", "exports"], in: work.url)
        #expect(run.status == 74, "\(run.stderr)")
        #expect(run.stderr == "taskforce: exports: this is not a regular file; nothing was written (choose a file name)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
