import Mustache

/// A digest template cut at its `{{#articles}}…{{/articles}}` section so that each article
/// can be rendered on its own core, then joined in article order: the template engine
/// renders a section over an array one element at a time and concatenates the results, so
/// head + each article + tail is the same bytes as the whole template in one go.
///
/// Each piece is a template of its own that re-opens the sections enclosing the articles
/// (`{{#digest}}` in the HTML page) on standalone lines, which the engine drops, and the
/// article piece is rendered with a root that holds the one article: the values each piece
/// looks up, and the stack of values they are looked up in, are those of the whole
/// template. The golden digests (DigestGoldenTests) hold the bytes of the whole rendering.
struct ArticleSections: Sendable {
    let head: MustacheTemplate
    let article: MustacheTemplate
    let tail: MustacheTemplate

    static let open = "{{#articles}}\n"
    static let close = "{{/articles}}\n"

    /// - Parameters:
    ///   - source: the whole template; its first line is the content-type pragma.
    ///   - enclosing: the names of the sections the articles' section stands in, outermost first.
    init(_ source: String, enclosing: [String]) throws {
        // The templates are constants: a template without exactly one such section fails
        // every digest test at once.
        guard let pragmaEnd = source.range(of: "\n")?.upperBound,
              let open = source.range(of: Self.open),
              let close = source.range(of: Self.close, range: open.upperBound..<source.endIndex),
              source.range(of: Self.open, range: open.upperBound..<source.endIndex) == nil
        else { preconditionFailure("a digest template without one {{#articles}} section on lines of its own") }
        let pragma = source[..<pragmaEnd]
        let reopen = enclosing.map { "{{#\($0)}}\n" }.joined()
        let reclose = enclosing.reversed().map { "{{/\($0)}}\n" }.joined()
        head = try MustacheTemplate(string: source[..<open.lowerBound] + reclose)
        article = try MustacheTemplate(string: pragma + reopen + source[open.lowerBound..<close.upperBound] + reclose)
        tail = try MustacheTemplate(string: pragma + reopen + source[close.upperBound...])
    }

    /// The whole template rendered for `root`, which has `articles` articles; `only(i)` is
    /// `root` with article `i` alone.
    func render<Root>(_ root: Root, articles: Int, library: MustacheLibrary, only: @Sendable (Int) -> Root) -> String {
        let sections = InOrderMap.map(Array(0..<articles), chunkSize: 1) { i in
            article.render(only(i), library: library)
        }
        return head.render(root, library: library) + sections.joined() + tail.render(root, library: library)
    }
}
