/// The document formats recognised from their first bytes, whatever the file is called.
public enum BinaryFormat: Sendable, Equatable {
    /// `%PDF-` at the start of a line within the first KiB (some writers put junk before
    /// it); a text that merely mentions `%PDF-` mid-line stays a text.
    case pdf
    /// A zip archive (`PK\u{3}\u{4}`): DOCX, ODT, or a zip that is neither, which the
    /// Office importer tells apart from the archive's entries.
    case zip
    /// An OLE compound file (`D0 CF 11 E0`): an encrypted (password-protected) DOCX or
    /// an old binary Word `.doc`, which nothing here can read.
    case compoundFile

    public static func of(_ bytes: some Collection<UInt8>) -> BinaryFormat? {
        let head = Array(bytes.prefix(1024))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
        let marker: [UInt8] = Array("%PDF-".utf8)
        if head.count >= marker.count,
           (0...(head.count - marker.count)).contains(where: {
               ($0 == 0 || head[$0 - 1] == 0x0A || head[$0 - 1] == 0x0D) && head[$0..<$0 + marker.count].elementsEqual(marker)
           }) {
            return .pdf
        }
        return nil
    }
}
