import Mustache
import Testing
@testable import TaskForceCore

/// `DigestPage.Comment.markdown` and `.html` write what the Markdown and HTML digests'
/// `comment` partials wrote with the template engine, to the byte; the partials are kept
/// here as the reference.
struct DigestCommentWritersTests {
    static let markdownPartial = """
    {{% CONTENT_TYPE: MARKDOWN}}
    {{#lines}}
    > {{.}}
    {{/lines}}

    *{{language}}{{#hasThemes}} · {{themes}}{{/hasThemes}}{{#agreed}} · {{.}}{{/agreed}}{{#alsoSaid}} · {{.}}{{/alsoSaid}}{{#earlier}} · {{.}}{{/earlier}}{{#session}} · {{.}}{{/session}}*

    {{#wordings}}
    **{{label}}**{{#fromDuplicate}} · {{language}}{{/fromDuplicate}} ({{legend}})

    {{#redline}}{{#kept}}{{.}} {{/kept}}{{#deleted}}~~{{.}}~~ {{/deleted}}{{#inserted}}**{{.}}** {{/inserted}}{{/redline}}
    {{^redline}}
    {{#lines}}
    > {{.}}
    {{/lines}}
    {{/redline}}

    {{/wordings}}
    """

    static let htmlPartial = """
    {{% CONTENT_TYPE: HTML_STRICT}}
    <div class="comment">
    <blockquote lang="{{languageTag}}">
    {{#lines}}
    <span class="line">{{.}}</span>
    {{/lines}}
    </blockquote>
    <p class="about">{{language}}{{#hasThemes}} · {{themes}}{{/hasThemes}}{{#agreed}} · <span class="agreed">{{.}}</span>{{/agreed}}{{#alsoSaid}} · {{.}}{{/alsoSaid}}{{#earlier}} · <em>{{.}}</em>{{/earlier}}{{#session}} · {{.}}{{/session}}</p>
    {{#wordings}}
    <div class="proposal">
    <p class="legend"><strong>{{label}}</strong>{{#fromDuplicate}} · {{language}}{{/fromDuplicate}} ({{legend}})</p>
    {{#hasRedline}}
    <p class="redline" lang="{{languageTag}}">{{#redline}}{{#kept}}{{.}} {{/kept}}{{#deleted}}<del>{{.}}</del> {{/deleted}}{{#inserted}}<ins>{{.}}</ins> {{/inserted}}{{/redline}}</p>
    {{/hasRedline}}
    {{^hasRedline}}
    <blockquote lang="{{languageTag}}">
    {{#lines}}
    <span class="line">{{.}}</span>
    {{/lines}}
    </blockquote>
    {{/hasRedline}}
    </div>
    {{/wordings}}
    </div>

    """

    /// Bodies and wordings that Markdown or HTML could take for markup, line breaks of each kind,
    /// combining marks, nothing at all.
    static let texts = [
        "Un commentaire ordinaire.", "1. une liste", "- un tiret", "+ plus", "= égal", "# titre", "    code",
        "a\nb", "a\r\nb\rc", "\n\nfin", "*gras* et _souligné_", "[lien](x)", "<b>", "&amp;", "x · y", "*\u{301}",
        "", " ", "2) deux", "~~barré~~", "| cellule |", "Artikel 5bis wordt geschrapt.",
        "<script>alert(1)</script>", "\"\u{301} onmouseover=x", "l'article", "&lt; déjà", "</blockquote><p>",
    ]

    @Test func writeWhatThePartialsWrote() throws {
        _ = DigestMarkdown.library  // registers the MARKDOWN content type
        _ = DigestHTML.library  // and HTML_STRICT
        let markdown = try MustacheTemplate(string: Self.markdownPartial)
        let html = try MustacheTemplate(string: Self.htmlPartial)
        var annotations: [Annotation] = []
        let sessions = ["BXL-1", "GNT-1"].map {
            SessionRecord(code: $0, place: "Ville", day: DigestFixtures.day, headcount: 9)
        }
        for (i, text) in Self.texts.enumerated() {
            let proposal: String? = switch i % 3 {
            case 0: nil
            case 1: "Une proposition " + text
            default: text  // sometimes nothing in common with the article: quoted, not compared
            }
            let a = DigestFixtures.comment(text.isEmpty ? "vide" : text, article: i % 4 == 0 ? "2" : "5bis",
                                           stance: Stance.allCases[i % Stance.allCases.count],
                                           tags: i % 5 == 0 ? [] : [.safety], proposal: proposal,
                                           language: ["fr", "nl", "en", "de"][i % 4], session: sessions[i % 2].code,
                                           fingerprint: i % 7 == 0 ? "0123456789abcdef" : nil)
            annotations.append(a)
            if i % 2 == 1 { annotations.append(Annotation.endorsement(of: a, day: DigestFixtures.day)) }
            if i % 3 == 2, let previous = annotations.first {
                annotations.append(Annotation.marking(a, asDuplicateOf: previous, session: previous.session, day: DigestFixtures.day))
            }
        }
        for language in UILanguage.allCases {
            for minGroup in [1, 50] {
                let page = DigestPage(DigestFixtures.build(annotations, sessions: sessions, language: language, minGroup: minGroup))
                let comments = page.articles.flatMap { $0.groups.flatMap(\.comments) } + page.orphans.map(\.comment)
                #expect(comments.count > 10)
                #expect(comments.contains { !$0.wordings.isEmpty } && comments.contains { $0.session != nil || minGroup > 1 })
                for c in comments {
                    #expect(c.markdown + "\n" == markdown.render(c), "\(c.id) in \(language)")
                    #expect(c.html + "\n" == html.render(c), "\(c.id) in \(language)")
                }
            }
        }
    }
}
