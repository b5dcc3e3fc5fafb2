import Testing
@testable import TaskForceUI

/// The digest preview shows the export's words without Markdown's marks (issue 15).
struct PreviewMarkdownTests {
    @Test func tablesBecomeAlignedColumns() {
        let lines = PreviewMarkdown.lines([
            "| Article | In support | “Me too” |",
            "|---|--:|--:|",
            "| Article 5bis Alarm button | 0 | 14 |",
            "| **Total** | **2** | **14** |",
        ])
        #expect(lines.map(\.text) == [
            "Article                    In support  “Me too”",
            "Article 5bis Alarm button           0        14",
            "Total                               2        14",
        ])
        #expect(lines.map(\.bold) == [true, false, false] && lines.allSatisfy(\.keepWhole))
    }

    @Test func headingsQuotesEmphasisAndEscapes() {
        let lines = PreviewMarkdown.lines([
            "## Article 5bis — Alarm button",
            "- **Days:** 2026-11-23",
            "*§ 1. Every room…*",
            "> Il faut 2 \\* 3 \\| 4 \\#boutons\\_partout \\\\ fin",
            "#hashtag, not a heading",
        ])
        #expect(lines.map(\.text) == [
            "Article 5bis — Alarm button",
            "- Days: 2026-11-23",
            "§ 1. Every room…",
            "Il faut 2 * 3 | 4 #boutons_partout \\ fin",
            "#hashtag, not a heading",
        ])
        #expect(lines[0].bold && !lines[1].bold && lines[3].indent == 2)
    }

    @Test func anEscapedPipeStaysInItsCell() {
        #expect(PreviewMarkdown.cells("| a \\| b | c |") == ["a \\| b", "c"])
        #expect(PreviewMarkdown.lines(["| a \\| b | c |"]).map(\.text) == ["a | b  c"])
    }
}
