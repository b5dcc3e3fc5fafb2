/// One comment of the HTML digest, written by the comment itself instead of by the template
/// engine, for the reason `DigestPage.Comment.markdown` gives (the engine's lookups, about ten
/// per comment, were most of the time the page took to render).
///
/// The output is what the former `comment` partial of `DigestHTMLTemplate` wrote, to the
/// byte (the golden digests and `DigestCommentWritersTests` hold it): the comment's lines
/// in a `blockquote` in its language, a `p class="about"` line of facts, then each proposed
/// wording in a `div class="proposal"`, as a redline (`del`, `ins`) or quoted whole.
/// Every value is entity-encoded by `HTMLEscaping`, as the template's content type did;
/// only the markup written here is markup.
extension DigestPage.Comment {
    var html: String {
        var out = "<div class=\"comment\">\n"
        func value(_ text: String) { out += HTMLEscaping.escape(text) }
        func quoted(_ lines: [String], lang: String) {
            out += "<blockquote lang=\""
            value(lang)
            out += "\">\n"
            for line in lines { out += "<span class=\"line\">"; value(line); out += "</span>\n" }
            out += "</blockquote>\n"
        }
        func fact(_ text: String?, in open: String = "", _ close: String = "") {
            if let text { out += " · " + open; value(text); out += close }
        }
        quoted(lines, lang: languageTag)
        out += "<p class=\"about\">"
        value(language)
        for (kind, text) in facts {
            switch kind {
            case .agreed: fact(text, in: "<span class=\"agreed\">", "</span>")
            case .earlier: fact(text, in: "<em>", "</em>")
            case .themes, .alsoSaid, .session: fact(text)
            }
        }
        out += "</p>\n"
        for w in wordings {
            out += "<div class=\"proposal\">\n<p class=\"legend\">"
            out += w.legendLine(HTMLEscaping.escape, strong: ("<strong>", "</strong>")) + "</p>\n"
            if w.hasRedline {
                out += "<p class=\"redline\" lang=\""
                value(w.languageTag)
                out += "\">" + w.redlineText(HTMLEscaping.escape, deleted: ("<del>", "</del>"), inserted: ("<ins>", "</ins>"))
                out += "</p>\n"
            } else {
                quoted(w.lines, lang: w.languageTag)
            }
            out += "</div>\n"
        }
        // The template's `{{{html}}}` stands on a line of its own, whose line break ends
        // the comment.
        out += "</div>"
        return out
    }
}
