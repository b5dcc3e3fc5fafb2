import Mustache

/// The digest as one self-contained HTML page (ARCHITECTURE: The digest): no script, nothing loaded from
/// anywhere, its stylesheet inline and allowed by hash in its Content-Security-Policy, for
/// screen and A4 paper. Built like the Markdown: the same `DigestPage`, put into markup by
/// a logic-less template whose engine entity-encodes every value (`HTMLEscaping`).
public enum DigestHTML {
    public static func render(_ digest: Digest) -> String {
        // The exact text the `<style>` element will hold, rendered by the same engine, so
        // the hash matches what the browser hashes.
        let css = library.render(Page.Empty(), withTemplate: "style")!
        let page = Page(policy: ContentSecurityPolicy.digestPage(style: css), digest: DigestPage(digest))
        // Each article's section is rendered on its own core (`ArticleSections`).
        return sections.render(page, articles: page.digest.articles.count, library: library) { i in
            var one = page
            one.digest.articles = [page.digest.articles[i]]
            return one
        }
    }

    /// The template's root: what the HTML needs beyond the digest's words.
    struct Page: MustacheParent, Sendable {
        struct Empty {}
        var policy: String
        var digest: DigestPage

        // Looked up by name like the DigestPage's values, not through Mirror.
        func child(named name: String) -> Any? {
            switch name {
            case "policy": policy
            case "digest": digest
            default: nil
            }
        }
    }

    nonisolated(unsafe) static let library: MustacheLibrary = {
        // Registered before the templates are parsed: their pragma names it.
        MustacheContentTypes.register(HTMLEscaping.ContentType(), named: HTMLEscaping.contentTypeName)
        // Constants: a syntax error here fails every HTML digest test at once.
        return MustacheLibrary(templates: [
            "page": try! MustacheTemplate(string: DigestHTMLTemplate.page),
            "style": try! MustacheTemplate(string: DigestHTMLStyle.css),
        ])
    }()

    /// The page cut around its articles, which stand inside `{{#digest}}`; parsed after
    /// `library` registered the content type.
    static let sections: ArticleSections = {
        _ = library
        return try! ArticleSections(DigestHTMLTemplate.page, enclosing: ["digest"])
    }()
}
