/// Word wrapping of sanitized text to a width in terminal columns.
///
/// - Lines break at spaces (U+0020 only: a no-break space, as French typography puts before
///   `:` and `»`, keeps its neighbours together). Spaces at a break are dropped, and so are
///   spaces at the end of a paragraph; spaces between words on one line are kept as typed,
///   and so is the indentation at the start of a paragraph when it fits.
/// - A word that fits on a line is never split; a longer one is cut between grapheme
///   clusters, filling each line.
/// - A double-width character is a word of its own, so CJK text breaks between any two
///   characters (line-breaking rules for CJK punctuation are not applied).
/// - Each `\n` ends a paragraph; an empty paragraph is an empty line. Empty text gives no
///   lines; a width below 1 gives none either (nothing can be shown).
/// - A character wider than the whole width (double-width at width 1) goes alone on its
///   line; the grid then clips it.
public enum Wrapping {
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width >= 1, !text.isEmpty else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            wrapParagraph(paragraph, width: width, into: &lines)
        }
        return lines
    }

    private enum Token {
        case spaces(Int)
        case word(Substring, width: Int)
    }

    /// Runs of spaces, runs of narrow non-space characters, and single wide characters.
    private static func tokens(of paragraph: Substring) -> [Token] {
        var tokens: [Token] = []
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let character = paragraph[index]
            if character == " " {
                var end = index
                var count = 0
                while end < paragraph.endIndex, paragraph[end] == " " {
                    count += 1
                    end = paragraph.index(after: end)
                }
                tokens.append(.spaces(count))
                index = end
            } else if DisplayWidth.of(character) == 2 {
                let end = paragraph.index(after: index)
                tokens.append(.word(paragraph[index..<end], width: 2))
                index = end
            } else {
                var end = index
                var width = 0
                while end < paragraph.endIndex, paragraph[end] != " " {
                    let w = DisplayWidth.of(paragraph[end])
                    if w == 2 { break }
                    width += w
                    end = paragraph.index(after: end)
                }
                tokens.append(.word(paragraph[index..<end], width: width))
                index = end
            }
        }
        return tokens
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int, into lines: inout [String]) {
        var line = ""
        var lineWidth = 0
        var pendingSpaces = 0
        // Indentation counts only before the first word of the paragraph.
        var atParagraphStart = true

        func flush() {
            lines.append(line)
            line = ""
            lineWidth = 0
        }

        for token in tokens(of: paragraph) {
            switch token {
            case .spaces(let count):
                pendingSpaces += count
            case .word(let word, let wordWidth):
                let lineStarted = !line.isEmpty || atParagraphStart
                if lineStarted && lineWidth + pendingSpaces + wordWidth <= width {
                    line += String(repeating: " ", count: pendingSpaces)
                    line += word
                    lineWidth += pendingSpaces + wordWidth
                } else {
                    if !line.isEmpty { flush() }
                    if wordWidth <= width {
                        line = String(word)
                        lineWidth = wordWidth
                    } else {
                        // Too long for any line: cut between grapheme clusters; the last
                        // piece stays on the line so that the next word may follow it.
                        for character in word {
                            let w = DisplayWidth.of(character)
                            if lineWidth + w > width && !line.isEmpty { flush() }
                            line.append(character)
                            lineWidth += w
                        }
                    }
                }
                pendingSpaces = 0
                atParagraphStart = false
            }
        }
        // Trailing spaces are dropped; a paragraph always makes at least one line.
        lines.append(line)
    }
}
