/// The Mustache templates of the HTML digest. Under `CONTENT_TYPE: HTML_STRICT` (HTML
/// escaping scalar by scalar, see `HTMLEscaping`) the engine entity-encodes every
/// `{{value}}` (`<`, `>`, `&`, `"`, `'`): only the markup written here is markup. Triple
/// mustaches and `{{& }}` (unescaped values) must never appear (a test reads these sources),
/// with one exception: each comment's markup, which `DigestPage.Comment.html` writes
/// itself, every value in it entity-encoded by the same `HTMLEscaping`, is put in place by
/// the triple mustache of `html` (the engine's lookups were most of the page's time).
///
/// Values in attributes are only ones made of a-z, 0-9 and `-` (article anchors, language
/// tags) or the policy, which the page builds itself.
enum DigestHTMLTemplate {
    /// The page. Its root object is `DigestHTML.Page`: the policy, and the digest's words
    /// (`DigestPage`, the same as the Markdown's) in which everything else is looked up.
    static let page = """
    {{% CONTENT_TYPE: HTML_STRICT}}
    {{#digest}}
    <!DOCTYPE html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="{{policy}}">
    <meta name="referrer" content="no-referrer">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}}{{colon}} {{textTitle}}</title>
    <style>{{> style}}</style>
    </head>
    <body>
    <main>
    <header>
    <p class="kind">{{title}}</p>
    <h1>{{textTitle}}</h1>
    <dl class="facts-list">
    {{#header}}
    <div><dt>{{label}}</dt><dd>{{value}}</dd></div>
    {{/header}}
    </dl>
    <p class="notice">{{anonymity}} {{ordering}} {{redactionNote}}</p>
    </header>

    <nav class="contents" aria-labelledby="contents">
    <h2 id="contents">{{contentsLabel}}</h2>
    <ul>
    {{#summary}}
    <li><a href="#{{anchor}}"><span class="number">{{label}}</span>{{#heading}} {{.}}{{/heading}}</a></li>
    {{/summary}}
    {{#hasOrphans}}
    <li><a href="#orphans">{{orphansLabel}}</a></li>
    {{/hasOrphans}}
    </ul>
    </nav>

    <section class="summary" aria-labelledby="summary">
    <h2 id="summary">{{summaryLabel}}</h2>
    <div class="table-wrap">
    <table>
    <thead>
    <tr><th scope="col">{{articleLabel}}</th><th scope="col">{{supportLabel}}</th><th scope="col">{{concernLabel}}</th><th scope="col">{{opposeLabel}}</th><th scope="col">{{questionLabel}}</th><th scope="col">{{endorsementsLabel}}</th></tr>
    </thead>
    <tbody>
    {{#summary}}
    <tr><th scope="row"><a href="#{{anchor}}">{{label}}</a>{{#heading}} {{.}}{{/heading}}</th><td>{{support}}</td><td>{{concern}}</td><td>{{oppose}}</td><td>{{question}}</td><td>{{endorsements}}</td></tr>
    {{/summary}}
    </tbody>
    <tfoot>
    {{#total}}
    <tr><th scope="row">{{label}}</th><td>{{support}}</td><td>{{concern}}</td><td>{{oppose}}</td><td>{{question}}</td><td>{{endorsements}}</td></tr>
    {{/total}}
    </tfoot>
    </table>
    </div>
    </section>

    {{#hasBreakdown}}
    <section class="breakdown" aria-labelledby="breakdown">
    <h2 id="breakdown">{{breakdownLabel}}</h2>
    <div class="table-wrap">
    <table>
    <thead>
    <tr><th scope="col">{{groupLabel}}</th><th scope="col">{{headcountLabel}}</th><th scope="col">{{supportLabel}}</th><th scope="col">{{concernLabel}}</th><th scope="col">{{opposeLabel}}</th><th scope="col">{{questionLabel}}</th></tr>
    </thead>
    <tbody>
    {{#breakdown}}
    <tr><th scope="row">{{name}}</th><td>{{headcount}}</td><td>{{support}}</td><td>{{concern}}</td><td>{{oppose}}</td><td>{{question}}</td></tr>
    {{/breakdown}}
    </tbody>
    </table>
    </div>
    </section>
    {{/hasBreakdown}}
    {{#breakdownNote}}
    <p class="note">{{.}}</p>
    {{/breakdownNote}}

    {{#articles}}
    <section class="article" id="{{anchor}}">
    <div class="article-head">
    <h2>{{label}}{{#heading}} — {{.}}{{/heading}}</h2>
    <p class="excerpt">{{excerpt}}</p>
    <p class="counts">{{counts}}</p>
    {{#hasThemes}}
    <p class="themes">{{themesLabel}}{{colon}} {{themes}}</p>
    {{/hasThemes}}
    {{#hiddenNote}}
    <p class="note">{{.}}</p>
    {{/hiddenNote}}
    </div>
    {{#groups}}
    <h3>{{label}}</h3>
    {{#comments}}
    {{{html}}}
    {{/comments}}
    {{/groups}}
    </section>

    {{/articles}}
    {{#hasOrphans}}
    <section class="orphans" id="orphans">
    <h2>{{orphansLabel}}</h2>
    <p>{{orphansExplanation}}{{#otherOrphans}} {{.}}{{/otherOrphans}}{{#orphansHidden}} {{.}}{{/orphansHidden}}</p>
    {{#orphans}}
    <h3>{{label}}</h3>
    {{#comment}}
    {{{html}}}
    {{/comment}}
    {{/orphans}}
    </section>
    {{/hasOrphans}}
    </main>
    </body>
    </html>
    {{/digest}}

    """
}
