import AnnotationFixtures
import ChildProcesses
import CSV
import Foundation
import TaskForceCore
import Testing

/// Hostile comments (issue 5, "Must show"): script tags, Markdown and HTML injection, CSV
/// formulas, terminal escape sequences, bidi overrides. None survives as markup, formula
/// or control character into any export of the real binary.
@Suite struct DigestHostileExportTests {
    static let hostile: [String] = [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "# Fake heading\n- fake list\n1. fake item\n> fake quote\n---\nSetext\n===",
        "[click](javascript:alert(1)) ![img](http://evil.example/x.png) <http://evil.example>",
        "**bold** _it_ ~~strike~~ `code` | a | b |",
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "+1+1",
        "-2+3",
        "@SUM(A1:A9)",
        "\t=1+1",
        "   =cmd|' /C calc'!A0",
        "\u{1B}[2J\u{1B}]52;c;ZXZpbA==\u{07}cleared",
        "abc\u{202E}exe.txt\u{202C} and \u{2066}isolate\u{2069} \u{200F}rlm",
        "&lt;b&gt; &#x202E; &amp; &#60;script&#62;",
        "{{title}} {{{raw}}} {{> comment}}",
        "</style><style>body{display:none}</style>",
        "\"quoted\", with; delimiters\r\nand a second line",
        "back\\slash \\*not bold\\*",
        "    indented like code",
        "C1 \u{9B}31m control",
        "*\u{301}emphasis with a combining mark*\u{301} <\u{301}script> [\u{301}link](\u{301}http://evil.example)",
        "=\u{301}1+1",
        // A quote with a combining mark (one Character): it must still be doubled in CSV.
        "x\"\u{301},=1+1;=2+2",
    ]

    /// A folder with the demo bill and one comment per hostile string.
    static func folder() throws -> (TemporaryFolder, AnnotationStore) {
        let work = try TemporaryFolder()
        try Repository.copyDemoTexts(into: work.url)
        let store = AnnotationStore(root: work.url.appendingPathComponent("Annotations"))
        for (i, body) in hostile.enumerated() {
            try store.save(DemoAnnotations.comment(body, article: i % 2 == 0 ? "5bis" : "12",
                                                   proposal: i % 3 == 0 ? body : nil))
        }
        return (work, store)
    }

    static func digest(_ format: String, in work: TemporaryFolder, language: String = "en") throws -> String {
        let run = try runTaskforce(["digest", "--format", format, "--lang", language], in: work.url)
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    /// What the export keeps of a hostile comment: the text without controls or
    /// invisible characters (the sanitizer's export rules).
    static func expectedText(_ body: String) -> String { Sanitizer.sanitize(body, for: .export) }

    @Test func noControlOrBidiCharacterInAnyFormat() throws {
        let (work, _) = try Self.folder()
        defer { work.remove() }
        for format in ["markdown", "html", "csv", "json"] {
            let document = try Self.digest(format, in: work)
            for scalar in document.unicodeScalars {
                let v = scalar.value
                let allowed = v == 0x0A || v == 0x0D && format == "csv" || v >= 0x20 && v != 0x7F && !(0x80..<0xA0).contains(v)
                #expect(allowed, "\(format): control U+\(String(v, radix: 16))")
                #expect(scalar.properties.generalCategory != .format || v == 0xFEFF && format == "csv",
                        "\(format): format character U+\(String(v, radix: 16))")
            }
        }
    }

    @Test func jsonKeepsEveryCommentAsPlainText() throws {
        let (work, _) = try Self.folder()
        defer { work.remove() }
        let object = try jsonObject(try Self.digest("json", in: work))
        let articles = try #require(object["articles"] as? [[String: Any]])
        let bodies = articles.flatMap { ($0["comments"] as? [[String: Any]] ?? []).compactMap { $0["body"] as? String } }
        #expect(Set(bodies) == Set(Self.hostile.map(Self.expectedText)))
        #expect(bodies.count == Self.hostile.count)
    }

    @Test func csvCellsReadBackAsTextNeverAsFormulas() throws {
        let (work, _) = try Self.folder()
        defer { work.remove() }
        for language in ["en", "fr"] {
            let document = try Self.digest("csv", in: work, language: language)
            #expect(document.hasPrefix("\u{FEFF}"))
            let reader = try CSVReader(string: String(document.dropFirst()), hasHeaderRow: true,
                                       delimiter: language == "en" ? "," : ";")
            var rows: [[String]] = []
            while let row = reader.next() { rows.append(row) }
            #expect(rows.count == Self.hostile.count, "\(language)")
            let header = try #require(reader.headerRow)
            let bodyColumn = try #require(header.firstIndex(of: language == "en" ? "Comment" : "Commentaire"))
            for row in rows {
                #expect(row.count == header.count)
                for cell in row {
                    let first = cell.unicodeScalars.drop { $0 == " " }.first.map(Character.init)
                    #expect(first.map { !["=", "+", "-", "@", "\t", "\r"].contains($0) } ?? true, "formula cell: \(cell)")
                }
            }
            let bodies = Set(rows.map { $0[bodyColumn] })
            for body in Self.hostile.map(Self.expectedText) {
                let first = body.unicodeScalars.drop { $0 == " " }.first.map(String.init) ?? ""
                let defused = ["=", "+", "-", "@"].contains(first) ? "'" + body : body
                #expect(bodies.contains(defused), "missing: \(defused.debugDescription)")
            }
        }
    }

    /// The Markdown, rendered by a CommonMark renderer (markdown-it-py, installed by
    /// scripts/setup), has exactly the template's structure: the comments add no heading,
    /// list, link, image, emphasis or raw HTML, and read back as the text they were.
    @Test(.enabled(if: MarkdownRenderer.availableOrCI))
    func markdownRendersEveryCommentAsText() throws {
        let (work, _) = try Self.folder()
        defer { work.remove() }
        let markdown = try Self.digest("markdown", in: work)
        let html = try MarkdownRenderer.render(markdown)
        for tag in ["<script", "<img", "<svg", "<style", "<a ", "<code", "<em>", "<li>", "<ol", "<hr", "<pre", "<h1>"] {
            let count = html.components(separatedBy: tag).count - 1
            // The template's own: the title, the ten header facts, an emphasised excerpt per
            // article and a facts line per comment.
            let expected = ["<h1>": 1, "<li>": 10, "<em>": 2 + Self.hostile.count][tag] ?? 0
            #expect(count == expected, "\(tag) appears \(count) times")
        }
        // Headings: the two articles and their stance groups only.
        #expect(html.components(separatedBy: "<h2>").count - 1 == 2 + 1)  // + the summary table
        #expect(html.contains("&lt;script&gt;alert('x')&lt;/script&gt;") || html.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"))
        #expect(html.contains("{{title}} {{{raw}}} {{&gt; comment}}"))
        #expect(html.contains("&amp;lt;b&amp;gt; &amp;#x202E;"))
    }
}

/// markdown-it-py, a CommonMark renderer with GitHub's tables and strikethrough.
enum MarkdownRenderer {
    static var available: Bool {
        (try? ChildProcess.run("/usr/bin/env", ["python3", "-c", "import markdown_it"], timeout: 30))?.ending == .exited(0)
    }

    static var availableOrCI: Bool {
        if available || ProcessInfo.processInfo.environment["CI"] == "true" { return true }
        print("skipping Markdown rendering test: markdown-it-py is not installed (scripts/setup installs it)")
        return false
    }

    static func render(_ markdown: String) throws -> String {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try folder.write(markdown, to: "digest.md")
        let script = "import sys; from markdown_it import MarkdownIt; "
            + "sys.stdout.write(MarkdownIt('commonmark').enable('table').enable('strikethrough').render(open(sys.argv[1], encoding='utf-8').read()))"
        let run = try ChildProcess.run("/usr/bin/env", ["python3", "-c", script, input.path], timeout: 60)
        #expect(run.ending == .exited(0), "\(run.errorText)")
        return run.outputText
    }
}
