/// One comment of the Markdown digest, written by the comment itself instead of by the
/// template engine: a fifth of a Markdown digest's CPU went into the engine's lookups,
/// about ten per comment (each splits the name on "." and casts the value to several
/// protocols), for 75,000 comments in a digest of 100,000 annotations (BENCHMARKS.md).
///
/// The output is what the former `comment` partial of `DigestMarkdown` wrote, to the byte
/// (the golden digests and `DigestCommentWritersTests` hold it):
///
///     > a line of the comment          (each line, quoted)
///
///     *FR · themes · agreed · also said · earlier version · session*
///
///     **Proposed wording** · FR (legend)     (for each wording; " · FR" for a duplicate's)
///
///     kept ~~deleted~~ **inserted**          (the redline; an empty line when there is none,
///     > a line of the wording                 then the wording quoted)
///
/// Every value goes through `MarkdownEscaping`, as the template's content type did; only
/// the markup written here is markup.
extension DigestPage.Comment {
    var markdown: String {
        var out = ""
        func value(_ text: String) { out += MarkdownEscaping.escape(text) }
        func quoted(_ lines: [String]) {
            for line in lines { out += "> "; value(line); out += "\n" }
        }
        func fact(_ text: String?) {
            if let text { out += " · "; value(text) }
        }
        quoted(lines)
        out += "\n*"
        value(language)
        for (_, text) in facts { fact(text) }
        out += "*\n\n"
        for w in wordings {
            out += w.legendLine(MarkdownEscaping.escape, strong: ("**", "**")) + "\n\n"
            out += w.redlineText(MarkdownEscaping.escape, deleted: ("~~", "~~"), inserted: ("**", "**"))
            out += "\n"
            if w.redline.isEmpty { quoted(w.lines) }
            out += "\n"
        }
        // The template's `{{{markdown}}}` stands on a line of its own, whose line break ends
        // the comment.
        out.removeLast()
        return out
    }
}
