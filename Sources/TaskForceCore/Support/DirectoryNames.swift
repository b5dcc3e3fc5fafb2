import Foundation

/// The names in a folder, read with readdir. Foundation's listing turns a name that is not
/// UTF-8 (a Latin-1 name from an old stick, or a hostile one) into one with U+FFFD, which
/// then names no file: such a file could be neither examined nor moved. Those names are
/// returned apart, as the bytes they are.
enum DirectoryNames {
    struct Listing {
        var names: [String]
        var undecodable: [[UInt8]]
        /// For each of `names`: whether readdir said it was a regular file. Only a hint
        /// (the entry may change before it is opened, and some file systems do not say):
        /// it spares the loader an lstat per file, never a check (see `AnnotationLoader`).
        var regular: [Bool]
    }

    /// Nil if the folder cannot be read. `.` and `..` are left out.
    static func read(_ folder: URL) -> Listing? {
        read(path: folder.path)
    }

    /// Same, for a folder given by its path (the loader keeps paths as Strings).
    static func read(path folder: String) -> Listing? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var entries: [(name: String, regular: Bool)] = []
        var undecodable: [[UInt8]] = []
        while let entry = readdir(dir) {
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if raw == [0x2E] || raw == [0x2E, 0x2E] { continue }
            if let name = String(validating: raw, as: UTF8.self) {
                entries.append((name, entry.pointee.d_type == UInt8(DT_REG)))
            } else {
                undecodable.append(raw)
            }
        }
        entries.sort { $0.name < $1.name }
        undecodable.sort { $0.lexicographicallyPrecedes($1) }
        return Listing(names: entries.map(\.name), undecodable: undecodable, regular: entries.map(\.regular))
    }

    /// A name that can be shown and used: every byte outside printable ASCII, and `%`,
    /// written `%XX`.
    static func escaped(_ raw: [UInt8]) -> String {
        var out = ""
        for byte in raw {
            if byte >= 0x20 && byte < 0x7F && byte != 0x25 {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }

    /// The full path of `raw` in `folder`, as a C string, for lstat and rename.
    static func path(_ raw: [UInt8], in folder: URL) -> [CChar] {
        path(raw, in: folder.path)
    }

    static func path(_ raw: [UInt8], in folder: String) -> [CChar] {
        (Array(folder.utf8) + [0x2F] + raw + [0]).map { CChar(bitPattern: $0) }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
