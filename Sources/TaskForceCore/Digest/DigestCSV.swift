import CSV
import Foundation

/// The digest as CSV for spreadsheets: one row per current comment (orphans included), in
/// the digest's order (a duplicate right after its original, an article's hidden comments
/// after the others), written by CSV.swift (RFC 4180 quoting), with:
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
        for o in d.orphans + d.hiddenOrphans { rows.append(row(o.article, "", o.comment, removed: true)) }

        let stream = OutputStream(toMemory: ())
        // Writing to memory cannot fail; a failure here would be a bug in the library.
        let writer = try! CSVWriter(stream: stream, delimiter: delimiter(l), newline: .crlf)
        for cells in rows {
            writer.beginNewRow()
            for cell in cells { try! writer.write(field: defused(cell), quoted: true) }
        }
        writer.stream.close()
        return "\u{FEFF}" + written(stream) + "\r\n"
    }

    /// What a memory stream holds, as text. Read through `NSData`'s own bytes: the cast to
    /// `Data` copied them one at a time (a sixth of a 100,000-annotation CSV digest).
    static func written(_ stream: OutputStream) -> String {
        let property = stream.property(forKey: .dataWrittenToMemoryStreamKey)
        if let data = property as? NSData {
            return String(decoding: UnsafeRawBufferPointer(start: data.bytes, count: data.length), as: UTF8.self)
        }
        return String(decoding: property as? Data ?? Data(), as: UTF8.self)
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
