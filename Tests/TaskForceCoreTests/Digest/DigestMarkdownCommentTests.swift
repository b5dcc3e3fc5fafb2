import Mustache
import Testing
@testable import TaskForceCore

/// `DigestPage.Comment.markdown` writes what the Markdown digest's `comment` partial wrote
/// with the template engine, to the byte; the partial is kept here as the reference.
struct DigestMarkdownCommentTests {
    static let partial = """
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

    /// Bodies and wordings that Markdown could take for markup, line breaks of each kind,
    /// combining marks, nothing at all.
    static let texts = [
        "Un commentaire ordinaire.", "1. une liste", "- un tiret", "+ plus", "= égal", "# titre", "    code",
        "a\nb", "a\r\nb\rc", "\n\nfin", "*gras* et _souligné_", "[lien](x)", "<b>", "&amp;", "x · y", "*\u{301}",
        "", " ", "2) deux", "~~barré~~", "| cellule |", "Artikel 5bis wordt geschrapt.",
    ]

    @Test func writesWhatThePartialWrote() throws {
        _ = DigestMarkdown.library  // registers the MARKDOWN content type
        let reference = try MustacheTemplate(string: Self.partial)
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
                    #expect(c.markdown + "\n" == reference.render(c), "\(c.id) in \(language)")
                }
            }
        }
    }
}
