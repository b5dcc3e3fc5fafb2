import TaskForceCore

/// The Markdown digest as the preview shows it on a terminal (issue 15: the preview showed
/// `|---|--:|` and `**` to staff who do not read Markdown): headings in bold without their
/// `#`, tables as aligned columns without pipes or the separator row, quotes indented, and
/// the emphasis marks and backslash escapes gone. The words are those of the export.
enum PreviewMarkdown {
    struct Line: Equatable {
        var text: String
        var bold = false
        /// A table row: drawn as it is, never wrapped between words.
        var keepWhole = false
        /// Columns every piece of the line starts at once wrapped (a quoted comment).
        var indent = 0
        /// Columns the pieces after the first start at (a list item's continuation).
        var hanging = 0
    }

    static func lines(_ markdown: [String]) -> [Line] {
        var out: [Line] = []
        var table: [[String]] = []
        var rightAligned: [Bool] = []
        func flushTable() {
            guard !table.isEmpty else { return }
            let count = table.map(\.count).max() ?? 0
            let widths = (0..<count).map { i in table.map { i < $0.count ? DisplayWidth.of($0[i]) : 0 }.max() ?? 0 }
            for (r, row) in table.enumerated() {
                var text = ""
                for (i, cell) in row.enumerated() {
                    let pad = String(repeating: " ", count: max(0, widths[i] - DisplayWidth.of(cell)))
                    let right = i < rightAligned.count && rightAligned[i]
                    text += (i == 0 ? "" : "  ") + (right ? pad + cell : cell + (i == row.count - 1 ? "" : pad))
                }
                out.append(Line(text: text, bold: r == 0, keepWhole: true))
            }
            table = []
            rightAligned = []
        }
        for raw in markdown {
            let line = Sanitizer.sanitize(raw)
            if line.hasPrefix("|") {
                let cells = self.cells(line)
                if cells.allSatisfy({ $0.range(of: #"^:?-+:?$"#, options: .regularExpression) != nil }) {
                    rightAligned = cells.map { $0.hasSuffix(":") }
                } else {
                    table.append(cells.map(inline))
                }
                continue
            }
            flushTable()
            let hashes = line.prefix { $0 == "#" }.count
            if (1...6).contains(hashes), line.dropFirst(hashes).first == " " {
                out.append(Line(text: inline(String(line.dropFirst(hashes + 1))), bold: true))
            } else if line.hasPrefix("> ") || line == ">" {
                out.append(Line(text: inline(String(line.dropFirst(2))), indent: 2))
            } else {
                out.append(Line(text: inline(line), hanging: line.hasPrefix("- ") ? 2 : 0))
            }
        }
        flushTable()
        return out
    }

    /// A table row's cells: split at the pipes that are not escaped, without the outer ones.
    static func cells(_ row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in row {
            if escaped {
                current += "\\" + String(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current += "\\" }
        cells.append(current)
        // The row starts and ends with a pipe: the first and last pieces are empty.
        return Array(cells.dropFirst().dropLast()).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Emphasis marks (`**`, `*`) dropped and backslash escapes undone.
    static func inline(_ text: String) -> String {
        var out = ""
        var escaped = false
        for character in text {
            if escaped {
                out.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character != "*" {
                out.append(character)
            }
        }
        if escaped { out.append("\\") }
        return out
    }
}
