import Foundation
import ZIPFoundation

/// The zip that holds a DOCX or ODT digest, written in memory by ZIPFoundation with the
/// same bytes for the same entries: every entry dated 1980-01-01 00:00 (the first date a zip
/// can hold; no day or time of the export is recorded, this is a privacy product), the same
/// permissions, in the order given. An entry may be stored uncompressed (ODT's `mimetype`
/// must be, and first).
enum DocumentZip {
    struct Entry: Sendable {
        var path: String
        var bytes: [UInt8]
        var stored = false
    }

    /// 1980-01-01 00:00:00 UTC (ZIPFoundation writes dates in UTC).
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    static func archive(_ entries: [Entry]) -> [UInt8] {
        // In memory, with entries we made: a failure would be a bug in this code or the library.
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for entry in entries {
                let data = Data(entry.bytes)
                try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: entryDate, permissions: 0o644,
                                     compressionMethod: entry.stored ? .none : .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            return [UInt8](archive.data ?? Data())
        } catch {
            preconditionFailure("writing a document zip in memory failed: \(error)")
        }
    }
}
