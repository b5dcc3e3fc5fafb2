import Foundation

/// An annotation file's name, `<32 lowercase hex>.json`, as two integers, read straight
/// from a directory entry: a rescan compares 10,000 names without making a String of any
/// (making, sorting and hashing the Strings was most of a rescan's time).
struct PackedFileName: Hashable {
    var high: UInt64
    var low: UInt64

    /// Nil for any other name (dot files, `.part`, names of another length or case).
    init?<Bytes: Collection<UInt8>>(_ name: Bytes) where Bytes.Index == Int {
        guard name.count == 37, name.dropFirst(32).elementsEqual(".json".utf8) else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for i in 0..<32 {
            let c = name[name.startIndex + i]
            let digit: UInt8
            switch c {
            case 0x30...0x39: digit = c - 0x30
            case 0x61...0x66: digit = c - 0x61 + 10
            default: return nil
            }
            if i < 16 { high = high << 4 | UInt64(digit) } else { low = low << 4 | UInt64(digit) }
        }
        self.high = high
        self.low = low
    }

    init?(_ name: String) {
        self.init(Array(name.utf8))
    }

    /// The name again, `<id>.json`.
    var name: String {
        func hex(_ v: UInt64) -> String {
            let digits = String(v, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(high) + hex(low) + ".json"
    }
}
