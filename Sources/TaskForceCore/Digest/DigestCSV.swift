/// The digest as CSV for spreadsheets: one row per current comment (orphans included), in
/// the digest's order (a duplicate right after its original, an article's hidden comments
/// after the others), every cell quoted as RFC 4180 says (`Quoting`), with:
/// - a UTF-8 byte order mark, which is what makes Excel read accents right (LibreOffice
///   and Numbers accept it);
/// - CRLF line ends (RFC 4180);
/// - `;` between cells in every language but English, `,` in English: Excel splits on `;`
///   when a file is opened by a double click wherever a comma is the decimal mark (Belgium,
///   and Romania, Brazil, Spain and Bulgaria for the other labels);
/// - a leading `'` on any cell that a spreadsheet would take for a formula (ARCHITECTURE: The digest:
///   starting with `=`, `+`, `-`, `@`, tab or CR, also after leading spaces);
/// - a first column, the comment's id (the latest version's, as in the JSON digest), so that
///   a "duplicate of <id>" names a row of the same file;
/// - a last column, moderation: "hidden" (the row keeps its counts, its comment and
///   proposal cells are empty), "duplicate of <id>", or empty. A duplicate's row keeps its
///   own comment and proposed wording.
public enum DigestCSV {
    public static func delimiter(_ language: UILanguage) -> String { language == .en ? "," : ";" }

    public static func render(_ d: Digest) -> String {
        let l = d.language
        let showSession = d.breakdown.grouping == .session
        var header: [DigestLabel] = [.id, .article, .heading, .stance, .themes, .endorsements, .comment, .proposedWording,
                                     .language, .earlierVersionColumn, .articleRemoved]
        if showSession { header.append(.session) }
        header.append(.moderation)
        var rows: [[String]] = [header.map { $0.text(l) }]
        func row(_ article: String, _ heading: String, _ c: DigestComment, removed: Bool) -> [String] {
            var cells = [
                c.id, article, heading, DigestLabel.stance(c.stance).text(l),
                c.tags.map { DigestLabel.theme($0).text(l) }.joined(separator: ", "),
                "\(c.endorsements)", c.body, c.proposal ?? "", c.language,
                (c.earlierVersion ? DigestLabel.yes : .no).text(l), (removed ? DigestLabel.yes : .no).text(l),
            ]
            if showSession { cells.append(c.session ?? "") }
            cells.append(c.hidden ? DigestLabel.moderationHidden.text(l)
                         : c.duplicateOf.map { DigestLabel.moderationDuplicate.text(l, ["id": $0]) } ?? "")
            return cells
        }
        for a in d.articles {
            for c in a.groups.flatMap(\.comments) + a.hidden {
                for shown in [c] + c.duplicates { rows.append(row(a.label, a.heading ?? "", shown, removed: false)) }
            }
        }
        for o in d.orphans + d.hiddenOrphans { rows.append(row(o.article.rawValue, "", o.comment, removed: true)) }

        return Quoting.document(rows.map { $0.map(defused) }, delimiter: delimiter(l))
    }

    /// RFC 4180, written here rather than by CSV.swift's writer, for two reasons:
    /// - it doubled quotes with Foundation's `replacingOccurrences`, which on Linux skips a
    ///   `"` followed by a combining mark (one Character with it): `x"` U+0301 `,=1+1` ended
    ///   its quoted cell early and put a formula in the next cell (DigestHostileExportTests);
    /// - it wrote each byte through an `OutputStream` call: rendering a CSV digest of 100,000
    ///   annotations took 2.2 s of CPU, as much as building the digest.
    /// Every cell is quoted, every `"` byte in it doubled; rows end with CRLF, the first
    /// preceded by a byte order mark.
    enum Quoting {
        static func document(_ rows: [[String]], delimiter: String) -> String {
            var out: [UInt8] = [0xEF, 0xBB, 0xBF]
            out.reserveCapacity(rows.reduce(16) { total, row in row.reduce(total) { $0 + $1.utf8.count + 4 } })
            for cells in rows {
                for (i, cell) in cells.enumerated() {
                    if i > 0 { out.append(contentsOf: delimiter.utf8) }
                    out.append(0x22)
                    for b in cell.utf8 {
                        if b == 0x22 { out.append(0x22) }
                        out.append(b)
                    }
                    out.append(0x22)
                }
                out.append(0x0D)
                out.append(0x0A)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A cell a spreadsheet could run as a formula gets a leading `'`, shown as text.
    /// Looks at the first scalar, not Character: `=` followed by a combining mark is one
    /// Character, but a spreadsheet still sees `=` first.
    static func defused(_ cell: String) -> String {
        let start = cell.unicodeScalars.drop { $0 == " " }.first
        guard let start, ["=", "+", "-", "@", "\t", "\r", "\n"].contains(start) else { return cell }
        return "'" + cell
    }
}
