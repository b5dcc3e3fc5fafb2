import Mustache

/// The digest as Markdown (ARCHITECTURE: The digest): readable as plain text, and as a page once rendered.
/// Every value goes through `MarkdownEscaping` (the template's content type); only the
/// template's own markup is markup.
public enum DigestMarkdown {
    /// Each article's section is rendered on its own core (`ArticleSections`).
    public static func render(_ digest: Digest) -> String {
        let page = DigestPage(digest)
        return sections.render(page, articles: page.articles.count, library: library) { i in
            var one = page
            one.articles = [page.articles[i]]
            return one
        }
    }

    nonisolated(unsafe) static let library: MustacheLibrary = {
        MustacheContentTypes.register(MarkdownEscaping.ContentType(), named: "MARKDOWN")
        // Constants: a syntax error here fails every digest test at once.
        return MustacheLibrary(templates: [
            "digest": try! MustacheTemplate(string: source),
        ])
    }()

    /// `source` cut around its articles; parsed after `library` registered the content type.
    static let sections: ArticleSections = {
        _ = library
        return try! ArticleSections(source, enclosing: [])
    }()

    static let source = """
    {{% CONTENT_TYPE: MARKDOWN}}
    # {{title}}{{colon}} {{textTitle}}

    {{#header}}
    - **{{label}}{{colon}}** {{value}}
    {{/header}}

    {{anonymity}} {{ordering}} {{redactionNote}}

    ## {{summaryLabel}}

    | {{articleLabel}} | {{supportLabel}} | {{concernLabel}} | {{opposeLabel}} | {{questionLabel}} | {{endorsementsLabel}} |
    |---|--:|--:|--:|--:|--:|
    {{#summary}}
    | {{label}}{{#heading}} {{.}}{{/heading}} | {{support}} | {{concern}} | {{oppose}} | {{question}} | {{endorsements}} |
    {{/summary}}
    {{#total}}
    | **{{label}}** | **{{support}}** | **{{concern}}** | **{{oppose}}** | **{{question}}** | **{{endorsements}}** |
    {{/total}}

    {{#hasBreakdown}}
    ## {{breakdownLabel}}

    | {{groupLabel}} | {{headcountLabel}} | {{supportLabel}} | {{concernLabel}} | {{opposeLabel}} | {{questionLabel}} |
    |---|--:|--:|--:|--:|--:|
    {{#breakdown}}
    | {{name}} | {{headcount}} | {{support}} | {{concern}} | {{oppose}} | {{question}} |
    {{/breakdown}}

    {{/hasBreakdown}}
    {{#breakdownNote}}
    {{.}}

    {{/breakdownNote}}
    {{#articles}}
    ## {{label}}{{#heading}} — {{.}}{{/heading}}

    *{{excerpt}}*

    {{counts}}{{#hasThemes}}  
    {{themesLabel}}{{colon}} {{themes}}{{/hasThemes}}{{#hiddenNote}}  
    {{.}}{{/hiddenNote}}

    {{#groups}}
    ### {{label}}

    {{#comments}}
    {{{markdown}}}
    {{/comments}}
    {{/groups}}
    {{/articles}}
    {{#hasOrphans}}
    ## {{orphansLabel}}

    {{orphansExplanation}}{{#otherOrphans}} {{.}}{{/otherOrphans}}{{#orphansHidden}} {{.}}{{/orphansHidden}}

    {{#orphans}}
    ### {{label}}

    {{#comment}}
    {{{markdown}}}
    {{/comment}}
    {{/orphans}}
    {{/hasOrphans}}
    """
}
