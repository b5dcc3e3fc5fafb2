/// The POSIX ustar archive format (POSIX.1-1988 `tar`), only the part that bundles need:
/// regular files with names of at most 255 bytes, nothing else. Any `tar` can list or
/// extract what this writes (`tar tvf x.tfbundle`), so staff can always look inside.
///
/// Why hand-written rather than a ZIP library: this is about 150 lines with no
/// compression, no links, no extended headers and no owner or time fields to fill. A
/// general archive reader accepts links, compressed sizes, extra fields and path
/// tricks that a hostile bundle could use; this reader refuses everything it did not
/// write, and caps every member's size before copying it.
///
/// Layout: for each member a 512-byte header then its bytes, padded with zeros to a
/// multiple of 512; then two zero blocks.
public enum UStar {
    public struct Member: Sendable, Equatable {
        public var name: String
        public var bytes: [UInt8]

        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    /// What is wrong with an archive, in words for a sentence ("… is damaged").
    public struct Defect: Error, Sendable, Equatable {
        public var message: String
        init(_ message: String) { self.message = message }
    }

    static let block = 512

    // Header field offsets and widths (POSIX ustar).
    private static let name = (0, 100), mode = (100, 8), uid = (108, 8), gid = (116, 8), size = (124, 12),
                       mtime = (136, 12), checksum = (148, 8), type = 156, magic = (257, 8), devmajor = (329, 8),
                       devminor = (337, 8), prefix = (345, 155)

    // MARK: writing

    /// The archive of `members`, in the given order. Every member is a regular file of
    /// mode 0600 owned by uid 0 with time 0: nothing says who made it, where or when.
    public static func archive(_ members: [Member]) throws(Defect) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(members.reduce(2 * block) { $0 + block + padded($1.bytes.count) })
        for member in members {
            out += try header(member.name, size: member.bytes.count)
            out += member.bytes
            out += [UInt8](repeating: 0, count: padded(member.bytes.count) - member.bytes.count)
        }
        return out + [UInt8](repeating: 0, count: 2 * block)
    }

    private static func header(_ path: String, size byteCount: Int) throws(Defect) -> [UInt8] {
        let (prefixPart, namePart) = try split(path)
        var h = [UInt8](repeating: 0, count: block)
        func put(_ bytes: some Collection<UInt8>, _ field: (Int, Int)) {
            for (i, b) in bytes.prefix(field.1).enumerated() { h[field.0 + i] = b }
        }
        put(namePart, name)
        put(octal(0o600, width: mode.1), mode)
        put(octal(0, width: uid.1), uid)
        put(octal(0, width: gid.1), gid)
        put(octal(byteCount, width: size.1), size)
        put(octal(0, width: mtime.1), mtime)
        h[type] = UInt8(ascii: "0")
        put(Array("ustar\u{0}00".utf8), magic)
        put(octal(0, width: devmajor.1), devmajor)
        put(octal(0, width: devminor.1), devminor)
        put(prefixPart, prefix)
        // The checksum is computed with its own field read as eight spaces.
        put([UInt8](repeating: 0x20, count: 8), checksum)
        put(octal(h.reduce(0) { $0 + Int($1) }, width: 7) + [0x20], checksum)
        return h
    }

    /// Names over 100 bytes go into the 155-byte prefix field, cut at a slash.
    private static func split(_ path: String) throws(Defect) -> ([UInt8], [UInt8]) {
        let bytes = Array(path.utf8)
        guard !bytes.isEmpty, !bytes.contains(0) else { throw Defect("a member has an empty name or a NUL in its name") }
        if bytes.count <= name.1 { return ([], bytes) }
        for cut in bytes.indices.reversed() where bytes[cut] == UInt8(ascii: "/") {
            if cut <= prefix.1, bytes.count - cut - 1 <= name.1, cut > 0 {
                return (Array(bytes[..<cut]), Array(bytes[(cut + 1)...]))
            }
        }
        throw Defect("the member name \(path) is too long for a ustar archive")
    }

    /// `value` in octal, zero-padded to `width - 1` digits, then a NUL.
    private static func octal(_ value: Int, width: Int) -> [UInt8] {
        let digits = Array(String(value, radix: 8).utf8)
        return [UInt8](repeating: UInt8(ascii: "0"), count: max(0, width - 1 - digits.count)) + digits + [0]
    }

    static func padded(_ count: Int) -> Int { (count + block - 1) / block * block }

    // MARK: reading

    /// The members of `archive`, refusing anything this writer would not have written:
    /// a bad checksum or magic, a member that is not a regular file (symbolic or hard
    /// link, folder, device, GNU or pax extension), a member larger than
    /// `sizeLimit(name)` (checked before its bytes are copied), a truncated archive or
    /// one without its end marker, and anything but zeros after the end marker.
    public static func members(of archive: [UInt8], sizeLimit: (String) -> Int) throws(Defect) -> [Member] {
        var members: [Member] = []
        var offset = 0
        while true {
            guard offset + block <= archive.count else {
                throw Defect(members.isEmpty && archive.isEmpty ? "the file is empty"
                             : "the archive is cut short (its end marker is missing)")
            }
            let h = archive[offset..<(offset + block)]
            if h.allSatisfy({ $0 == 0 }) {
                guard offset + 2 * block <= archive.count else { throw Defect("the archive is cut short (its end marker is incomplete)") }
                guard archive[offset...].allSatisfy({ $0 == 0 }) else { throw Defect("there is data after the archive's end marker") }
                return members
            }
            let position = members.count + 1
            guard Array(field(h, magic)) == Array("ustar\u{0}00".utf8) else {
                throw Defect("member \(position) is not a ustar header (damaged or not a bundle)")
            }
            var sum = 0
            for (i, b) in h.enumerated() { sum += (checksum.0..<(checksum.0 + checksum.1)).contains(i) ? 0x20 : Int(b) }
            guard let recorded = number(field(h, checksum)), recorded == sum else {
                throw Defect("the header of member \(position) is damaged (wrong checksum)")
            }
            let prefixPart = cString(field(h, prefix)), namePart = cString(field(h, name))
            guard let path = String(validating: prefixPart.isEmpty ? namePart : prefixPart + [UInt8(ascii: "/")] + namePart,
                                    as: UTF8.self) else {
                throw Defect("the name of member \(position) is not valid UTF-8")
            }
            switch h[h.startIndex + type] {
            case UInt8(ascii: "0"), 0: break
            case UInt8(ascii: "1"): throw Defect("the member \(path) is a hard link, not a file")
            case UInt8(ascii: "2"): throw Defect("the member \(path) is a symbolic link, not a file")
            case UInt8(ascii: "5"): throw Defect("the member \(path) is a folder, not a file")
            default: throw Defect("the member \(path) is not a regular file")
            }
            guard let byteCount = number(field(h, size)) else { throw Defect("the size of the member \(path) is damaged") }
            let limit = sizeLimit(path)
            guard byteCount <= limit else { throw Defect("the member \(path) is larger than the \(limit) bytes allowed") }
            let start = offset + block
            guard start + padded(byteCount) <= archive.count else { throw Defect("the archive is cut short in the member \(path)") }
            members.append(Member(name: path, bytes: Array(archive[start..<(start + byteCount)])))
            offset = start + padded(byteCount)
        }
    }

    private static func field(_ h: ArraySlice<UInt8>, _ f: (Int, Int)) -> ArraySlice<UInt8> {
        h[(h.startIndex + f.0)..<(h.startIndex + f.0 + f.1)]
    }

    /// The bytes before the first NUL.
    private static func cString(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        Array(bytes.prefix { $0 != 0 })
    }

    /// Octal digits ended by NUL or space, as this writer puts them; nil for anything else.
    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        let digits = bytes.prefix { $0 != 0 && $0 != 0x20 }
        guard !digits.isEmpty, digits.count <= 11,
              digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") }),
              bytes.dropFirst(digits.count).allSatisfy({ $0 == 0 || $0 == 0x20 }) else { return nil }
        return digits.reduce(0) { $0 * 8 + Int($1 - UInt8(ascii: "0")) }
    }
}
