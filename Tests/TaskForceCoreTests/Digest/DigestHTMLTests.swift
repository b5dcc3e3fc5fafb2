import ChildProcesses
import Foundation
import Testing

@testable import TaskForceCore

/// The HTML digest (ARCHITECTURE: The digest, issue 5): hostile comments stay text, the page is whole and
/// self-contained, and its Content-Security-Policy allows exactly its own stylesheet.
@Suite struct DigestHTMLTests {
    /// Comments written to break out of the HTML, the template or the stylesheet.
    static let hostile: [String] = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "'><svg/onload=alert(1)>",
        "</textarea><script>alert(2)</script>",
        "<a href=\"javascript:alert(1)\">click</a> [click](javascript:alert(1))",
        "&lt;b&gt;pre-encoded&lt;/b&gt; &amp; &#60;script&#62;",
        "&#x202E;txt.exe &#8238; entity text, not a character",
        "{{title}} {{{textTitle}}} {{& policy}} {{> comment}} {{#articles}}x{{/articles}}",
        "</style><style>body{display:none}</style><p style=\"color:red\">x</p>",
        "</blockquote></div></section></main><h1>Fake heading</h1>",
        "<!-- a comment --> <![CDATA[ x ]]> <?xml x?> <!DOCTYPE html>",
        // A combining mark makes one Character of a quote or `<` and what follows it.
        "\"\u{301} onmouseover=alert(1) x=\"\u{301} <\u{301}script>alert(3)</script>",
        "First line\n\n<b>third</b> line",
    ]

    /// The demonstration bill, read from the repository.
    static let bill: TextLibrary.LegalText = {
        let texts = SharedTexts.packageRoot!.appendingPathComponent("Texts")
        return try! TextLibrary.load(texts).text("demo-travail-du-sexe")!
    }()

    static func fingerprint(_ article: String, _ language: String) -> String {
        bill.version(language)!.file!.split.article(numbered: article)!.fingerprint
    }

    static func comment(_ body: String, article: ArticleNumber = "5bis", stance: Stance = .concern, proposal: String? = nil,
                        language: String = "fr", session: String? = nil, fingerprint: String? = nil) -> Annotation {
        Annotation.comment(text: bill.id, article: article,
                           fingerprint: fingerprint ?? Self.fingerprint(article.rawValue, language),
                           stance: stance, tags: [.safety], body: body, proposal: proposal, language: language,
                           session: session, day: "2026-03-08")
    }

    static func digest(_ annotations: [Annotation], sessions: [SessionRecord] = [], language: UILanguage = .en) -> Digest {
        DigestBuilder.build(text: bill, annotations: annotations,
                            sessions: Dictionary(uniqueKeysWithValues: sessions.map { ($0.code, $0) }),
                            options: .init(language: language), checkingAuthority: false)
    }

    /// Every hostile string as a comment (on two articles, every third also as a proposed wording).
    static func hostileDigest() -> Digest {
        digest(hostile.enumerated().map { i, body in
            comment(body, article: i % 2 == 0 ? "5bis" : "12", proposal: i % 3 == 0 ? body : nil)
        })
    }

    // MARK: - The template sources

    /// The one triple mustache allowed: a comment's markup, which `DigestPage.Comment.html`
    /// writes with every value entity-encoded (`DigestCommentWritersTests`).
    static let commentMarkup = "{{{html}}}"

    @Test func templatesNeverLeaveAValueUnescaped() throws {
        for (name, source) in [("page", DigestHTMLTemplate.page)] {
            let others = source.replacingOccurrences(of: "\n\(Self.commentMarkup)\n", with: "\n")
            #expect(!others.contains("{{{"), "\(name): a triple mustache writes a value unescaped")
            #expect(!source.contains("{{&"), "\(name): {{& }} writes a value unescaped")
            #expect(source.hasPrefix("{{% CONTENT_TYPE: HTML_STRICT}}\n"), "\(name): values must be HTML-escaped")
        }
        // The same search on the files, so a template added elsewhere in them is seen too.
        let folder = SharedTexts.packageRoot!.appendingPathComponent("Sources/TaskForceCore/Digest")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("DigestHTML") }
        #expect(files.count >= 3)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for (line, content) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                // Prose about the rule (doc comments) may name the forbidden tags.
                if content.trimmingCharacters(in: .whitespaces).hasPrefix("//") { continue }
                if content.trimmingCharacters(in: .whitespaces) == Self.commentMarkup { continue }
                #expect(!content.contains("{{{") && !content.contains("{{&"), "\(file):\(line + 1): \(content)")
            }
        }
    }

    @Test func theStylesheetIsLiteralAndCannotEndItsElement() {
        let css = DigestHTMLStyle.css
        #expect(!css.contains("{{") && !css.contains("}}"), "the stylesheet is a Mustache partial: no tags")
        #expect(!css.lowercased().contains("</"), "`</` would end the <style> element")
        #expect(!css.contains("url("), "nothing is loaded, not even by the stylesheet")
        #expect(!css.contains("@import"))
        #expect(css.unicodeScalars.allSatisfy { $0.isASCII }, "plain ASCII: its bytes are the same in every encoding")
    }

    // MARK: - Hostile comments

    @Test func hostileCommentsAddNoElementAttributeOrScript() {
        let html = DigestHTML.render(Self.hostileDigest())
        let lower = html.lowercased()
        #expect(!lower.contains("<script"))
        #expect(!lower.contains("<svg") && !lower.contains("<img") && !lower.contains("<textarea"))
        #expect(!lower.contains("<!--") && !lower.contains("<![cdata[") && !lower.contains("<?"))
        #expect(lower.components(separatedBy: "<style").count == 2, "one <style> element")
        #expect(lower.components(separatedBy: "</style").count == 2)
        #expect(lower.components(separatedBy: "<h1").count == 2)
        // No `<` is left in the text, not even one a combining mark hides in a Character.
        #expect(!html.unicodeScalars.indices.contains { i in
            html.unicodeScalars[i] == "<" && html.unicodeScalars.index(after: i) != html.unicodeScalars.endIndex
                && html.unicodeScalars[html.unicodeScalars.index(after: i)].properties.generalCategory == .nonspacingMark
        })
        // Every tag is one of the template's, with only the template's attributes.
        for tag in Self.tags(in: html) {
            #expect(Self.templateTags.contains(tag.name), "unexpected element <\(tag.name)>")
            let attributes = tag.text.lowercased()
            #expect(attributes.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil, "handler in \(tag.text)")
            #expect(!attributes.contains("style=") && !attributes.contains("src=") && !attributes.contains("javascript:"),
                    "in \(tag.text)")
        }
        for link in Self.attributeValues("href", in: html) { #expect(link.hasPrefix("#"), "link \(link)") }
        for tag in Self.attributeValues("lang", in: html) {
            #expect(tag.range(of: "^[a-z]{2,3}$", options: .regularExpression) != nil, "lang=\(tag)")
        }
        // As text, each exactly as written (after the export's sanitizing).
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&quot;&gt;&lt;svg onload=alert(1)&gt;"))
        #expect(html.contains("&amp;lt;b&amp;gt;pre-encoded&amp;lt;/b&amp;gt;"))
        #expect(html.contains("&amp;#x202E;txt.exe"))
        #expect(html.contains("{{title}} {{{textTitle}}} {{&amp; policy}}"))
        #expect(html.contains("&lt;/style&gt;&lt;style&gt;body{display:none}&lt;/style&gt;"))
    }

    @Test func everyHostileCommentReadsBackAsItsText() {
        let html = DigestHTML.render(Self.hostileDigest())
        // Each comment's lines, unescaped and joined, are the comment (sanitized for export).
        let bodies = Self.blocks(in: html, from: "<div class=\"comment\">\n<blockquote lang=\"fr\">\n", to: "</blockquote>")
            .map { block in
                Self.blocks(in: block, from: "<span class=\"line\">", to: "</span>").map(Self.unescape).joined(separator: "\n")
            }
        #expect(Set(bodies) == Set(Self.hostile.map { Sanitizer.sanitize($0, for: .export) }))
        #expect(bodies.count == Self.hostile.count)
    }

    // MARK: - The Content-Security-Policy

    @Test func thePolicyAllowsTheOwnStylesheetByItsHashAndNothingElse() throws {
        let html = DigestHTML.render(Self.hostileDigest())
        let metas = Self.tags(in: html).filter { $0.name == "meta" && $0.text.contains("http-equiv=\"Content-Security-Policy\"") }
        try #require(metas.count == 1)
        let policy = Self.unescape(try #require(Self.attributeValues("content", in: metas[0].text).first))
        let style = try #require(Self.blocks(in: html, from: "<style>", to: "</style>").first)
        let hash = try Self.independentSHA256Base64(style)
        #expect(policy == "default-src 'none'; style-src 'sha256-\(hash)'; img-src 'none'; base-uri 'none'; form-action 'none'")
        // The policy and the referrer rule come before anything that could load or style.
        let head = try #require(html.range(of: "</head>")).lowerBound
        let policyAt = try #require(html.range(of: "http-equiv=\"Content-Security-Policy\"")).lowerBound
        #expect(policyAt < html.range(of: "<style>")!.lowerBound && policyAt < head)
        #expect(html.contains("<meta name=\"referrer\" content=\"no-referrer\">"))
        // No other way to load anything.
        for forbidden in ["<link", "<base", "<iframe", "<object", "<embed", "<form", "<video", "<audio", "http://", "https://"] {
            #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
        }
    }

    @Test func theHashFollowsTheStylesheetOnly() {
        let a = DigestHTML.render(Self.digest([Self.comment("un")]))
        let b = DigestHTML.render(Self.hostileDigest())
        let policy = { (html: String) in Self.blocks(in: html, from: "style-src ", to: "; img-src").first }
        #expect(policy(a) != nil && policy(a) == policy(b))
        #expect(policy(a) == ContentSecurityPolicy.hashSource(DigestHTMLStyle.css).replacingOccurrences(of: "'", with: "&#39;"))
    }

    // MARK: - What the page holds

    @Test func thePageHasEveryPartOfTheDigest() throws {
        let nl = Self.comment("Een register zet ons in gevaar.", article: "12", stance: .oppose,
                              proposal: "Artikel 12 wordt geschrapt.", language: "nl", session: "BXL-1")
        let agreed = Self.comment("Le bouton doit marcher à domicile.", session: "BXL-1")
        let old = Self.comment("Sur l'ancien texte.", session: "GNT-1", fingerprint: "0123456789abcdef")
        let orphan = Self.comment("Sur un article disparu.", article: "99", session: "GNT-1", fingerprint: "0123456789abcdef")
        let sessions = [SessionRecord(code: "BXL-1", place: "Bruxelles", day: "2026-03-08", headcount: 8),
                        SessionRecord(code: "GNT-1", place: "Gent", day: "2026-03-08", headcount: 6)]
        let digest = Self.digest([nl, agreed, old, orphan, Annotation.endorsement(of: agreed, count: 3, day: "2026-03-08")],
                                 sessions: sessions, language: .fr)
        let html = DigestHTML.render(digest)
        let page = DigestPage(digest)

        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(html.contains("<title>\(Self.escape(page.title))\u{A0}: \(Self.escape(page.textTitle))</title>"), "French colon")
        for line in page.header { #expect(html.contains("<dt>\(Self.escape(line.label))</dt><dd>\(Self.escape(line.value))</dd>")) }
        for sentence in [page.anonymity, page.ordering, page.redactionNote] { #expect(html.contains(Self.escape(sentence))) }
        // Contents: every article and the orphans, each link landing on an id of the page.
        let ids = Set(Self.attributeValues("id", in: html))
        let links = Self.attributeValues("href", in: html).map { String($0.dropFirst()) }
        #expect(Set(links) == Set(page.articles.map(\.anchor) + ["orphans"]))
        #expect(Set(links).isSubset(of: ids))
        #expect(page.articles.map(\.anchor) == ["art-5bis", "art-12"])
        // The summary, the breakdown (both sessions are large enough), the articles.
        #expect(html.contains("<section class=\"breakdown\""))
        for row in page.breakdown { #expect(html.contains("<th scope=\"row\">\(Self.escape(row.name))</th><td>\(row.headcount)</td>")) }
        for article in page.articles {
            #expect(html.contains("<p class=\"excerpt\">\(Self.escape(article.excerpt))</p>"))
            #expect(html.contains("<p class=\"counts\">\(Self.escape(article.counts))</p>"))
            for group in article.groups { #expect(html.contains("<h3>\(Self.escape(group.label))</h3>")) }
        }
        // Comments in their own language; the facts line; the redline.
        #expect(html.contains("<blockquote lang=\"nl\">\n<span class=\"line\">Een register zet ons in gevaar.</span>"))
        #expect(html.contains("<p class=\"redline\" lang=\"nl\">"))
        #expect(html.contains("<ins>Artikel 12 wordt geschrapt.</ins>"))
        #expect(html.contains("<del>"))
        let comments = page.articles.flatMap { $0.groups.flatMap(\.comments) }
        let agreedLine = try #require(comments.first { $0.lines == ["Le bouton doit marcher à domicile."] }?.agreed)
        #expect(html.contains("<span class=\"agreed\">\(Self.escape(agreedLine))</span>"))
        let earlier = try #require(comments.first { $0.lines == ["Sur l'ancien texte."] }?.earlier)
        #expect(html.contains("<em>\(Self.escape(earlier))</em>"))
        #expect(html.contains(" · BXL-1</p>"), "the session is shown when the breakdown is")
        // Absent facts leave nothing behind (no "nil", no empty separator).
        let safety = Self.escape(page.articles[1].groups[0].comments[0].themes)
        #expect(html.contains("<p class=\"about\">NL · \(safety) · BXL-1</p>"))
        // Orphans, apart.
        #expect(html.contains("<section class=\"orphans\" id=\"orphans\">"))
        #expect(html.contains("<h3>\(Self.escape(page.orphans[0].label))</h3>"))
        #expect(html.hasSuffix("</main>\n</body>\n</html>\n"))
    }

    @Test func aSmallGroupIsNotBrokenDownAndSaysSo() throws {
        let digest = Self.digest([Self.comment("a", session: "BXL-1"), Self.comment("b", session: "GNT-1")],
                                 sessions: [SessionRecord(code: "BXL-1", place: "Bruxelles", day: "2026-03-08", headcount: 3),
                                            SessionRecord(code: "GNT-1", place: "Gent", day: "2026-03-08", headcount: 9)])
        let html = DigestHTML.render(digest)
        #expect(!html.contains("class=\"breakdown\""))
        let note = try #require(DigestPage(digest).breakdownNote)
        #expect(html.contains("<p class=\"note\">\(Self.escape(note))</p>"))
        #expect(!html.contains(" · BXL-1</p>"), "no session under a comment when sessions may not be told apart")
    }

    @Test func aDigestWithoutCommentsIsStillAPage() {
        let html = DigestHTML.render(Self.digest([]))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(!html.contains("<section class=\"article\""))
        #expect(!html.contains("id=\"orphans\""))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test(arguments: ["en", "fr", "nl"])
    func labelsFollowTheDigestsLanguage(_ code: String) {
        let language = UILanguage(rawValue: code)!
        let digest = Self.digest([Self.comment("x")], language: language)
        let html = DigestHTML.render(digest)
        #expect(html.contains("<html lang=\"\(code)\">"))
        #expect(html.contains("<h2 id=\"contents\">\(Self.escape(DigestPage(digest).contentsLabel))</h2>"))
    }

    @Test func escapingWorksOnScalarsNotCharacters() {
        #expect(HTMLEscaping.escape("<b>\"Tom\" & 'Jerry'</b>") == "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;")
        // A combining mark makes one Character with the quote, `<` or `&` before it.
        #expect(HTMLEscaping.escape("\"\u{301}<\u{301}&\u{301}>\u{20DD}'\u{301}") == "&quot;\u{301}&lt;\u{301}&amp;\u{301}&gt;\u{20DD}&#39;\u{301}")
        #expect(HTMLEscaping.escape("é ü 日本 👩🏽‍⚕️ &#x202E;") == "é ü 日本 👩🏽‍⚕️ &amp;#x202E;")
        #expect(HTMLEscaping.escape("") == "")
    }

    @Test func languageTagsAreLowerCaseCodesOrUnd() {
        #expect(DigestPage.languageTag("FR") == "fr")
        #expect(DigestPage.languageTag("nl") == "nl")
        #expect(DigestPage.languageTag("pt-br") == "pt-br")
        #expect(DigestPage.languageTag("") == "und")
        #expect(DigestPage.languageTag("\"\u{301} onmouseover=x") == "und")
        #expect(DigestPage.languageTag("é") == "und")
    }

    // MARK: - Reading the page

    /// Every element the templates write.
    static let templateTags: Set<String> = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "main", "header", "nav", "section", "h1", "h2",
        "h3", "p", "dl", "dt", "dd", "div", "ul", "li", "a", "span", "table", "thead", "tbody", "tfoot", "tr", "th",
        "td", "blockquote", "em", "strong", "del", "ins",
    ]

    struct Tag { var name: String; var text: String }

    /// The page's tags, `<` to `>`. The stylesheet has no `<` (a test checks), and escaped
    /// text has none either, so every `<` opens a tag. Read scalar by scalar, as a browser
    /// does: a `<` followed by a combining mark is still a `<`.
    static func tags(in html: String) -> [Tag] {
        var tags: [Tag] = []
        var rest = html.unicodeScalars[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else {
                tags.append(Tag(name: "<unclosed>", text: String(rest[open...]))); break
            }
            let text = rest[open...close]
            let name = text.dropFirst().drop { $0 == "/" }.prefix { !$0.properties.isWhitespace && $0 != ">" && $0 != "/" }
            tags.append(Tag(name: String(String.UnicodeScalarView(name)).lowercased(), text: String(String.UnicodeScalarView(text))))
            rest = rest[rest.index(after: close)...]
        }
        return tags
    }

    static func attributeValues(_ name: String, in html: String) -> [String] {
        blocks(in: html, from: " \(name)=\"", to: "\"")
    }

    /// The texts between each `from` and the next `to`.
    static func blocks(in text: String, from: String, to: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let start = rest.range(of: from), let end = rest[start.upperBound...].range(of: to) {
            found.append(String(rest[start.upperBound..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        return found
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    /// The five entities back to characters, scalar by scalar (String's own replacing
    /// works on Characters, and would not see `&quot;` before a combining mark).
    static func unescape(_ text: String) -> String {
        let entities: [(String, Unicode.Scalar)] = [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")]
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        next: while i < scalars.count {
            if scalars[i] == "&" {
                for (entity, scalar) in entities where scalars[i...].starts(with: entity.unicodeScalars) {
                    out.append(scalar)
                    i += entity.unicodeScalars.count
                    continue next
                }
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }

    /// SHA-256 by coreutils (`sha256sum`), not by the code under test, as base64.
    static func independentSHA256Base64(_ text: String) throws -> String {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("taskforce-csp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("style.css")
        try Data(text.utf8).write(to: file)
        let run = try ChildProcess.run("/usr/bin/env", ["sha256sum", file.path], timeout: 30)
        try #require(run.ending == .exited(0), "sha256sum: \(run.errorText)")
        let hex = Array(run.outputText.prefix(64).utf8)
        try #require(hex.count == 64)
        let bytes = stride(from: 0, to: 64, by: 2).map { UInt8(String(decoding: hex[$0..<$0 + 2], as: UTF8.self), radix: 16)! }
        return Data(bytes).base64EncodedString()
    }
}
