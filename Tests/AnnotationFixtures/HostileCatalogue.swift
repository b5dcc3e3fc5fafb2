import Foundation
import TaskForceCore

/// The hostile entries of issue 3 and more, each built around a fresh annotation of the
/// demonstration bill, so that a defect cannot hide behind another one.
public enum HostileCatalogue {
    /// Every entry this system lets us make. Rows it refuses are left out, with the reason
    /// printed once.
    public static let entries: [HostileEntry] = {
        let probe = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("tf-probe-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: probe) }
        return all().filter { entry in
            do {
                try entry.plant(in: probe.appendingPathComponent(entry.name.filter(\.isLetter)), outside: probe.appendingPathComponent("outside"))
                return true
            } catch {
                print("skipping hostile entry '\(entry.name)': this system refuses to make it (\(error))")
                return false
            }
        }
    }()

    static func all() -> [HostileEntry] {
        let t = DemoAnnotations.text
        func comment() -> Annotation { DemoAnnotations.comment("Sécurité d'abord : texte ordinaire.") }
        func file(_ a: Annotation) -> String { "\(t)/\(a.id.value).json" }
        func bytes(_ a: Annotation) -> [UInt8] { AnnotationCodec.encode(a) }
        /// The encoding of `a` with one exact byte sequence replaced.
        func edited(_ a: Annotation, _ old: String, _ new: String) -> [UInt8] {
            replacing(bytes(a), Array(old.utf8), Array(new.utf8))
        }
        func entry(_ name: String, _ edit: (Annotation) -> [UInt8]) -> HostileEntry {
            let a = comment()
            return HostileEntry(name, file(a), .bytes(edit(a)))
        }
        func endorsement(_ name: String, _ edit: (Annotation) -> [UInt8]) -> HostileEntry {
            let e = Annotation.endorsement(of: comment(), count: 7, day: DemoAnnotations.day)
            return HostileEntry(name, file(e), .bytes(edit(e)))
        }

        var list: [HostileEntry] = [
            // Issue 3's list.
            entry("truncated JSON") { Array(bytes($0).prefix(bytes($0).count / 2)) },
            HostileEntry("symbolic link to /etc/passwd", file(comment()), .symlink("/etc/passwd")),
            { let a = comment(); return HostileEntry("symbolic link to a valid annotation elsewhere", file(a), .symlinkToOutsideFile(bytes(a))) }(),
            HostileEntry("FIFO", file(comment()), .fifo),
            entry("invalid UTF-8") { replacing(bytes($0), Array("ordinaire".utf8), [0x6F, 0xFF, 0xFE, 0x72]) },
            HostileEntry("30 MB file", file(comment()), .sparse(30_000_000)),
            entry("path traversal in the id") { edited($0, "\"id\": \"\($0.id.value)\"", "\"id\": \"../../etc/passwd\"") },
            { let a = comment()
              return HostileEntry("uppercase hex id", "\(t)/\(a.id.value.uppercased()).json",
                                  .bytes(edited(a, a.id.value, a.id.value.uppercased()))) }(),
            entry("uppercase hex id inside only") { edited($0, "\"id\": \"\($0.id.value)\"", "\"id\": \"\($0.id.value.uppercased())\"") },
            entry("\"body\" twice") { edited($0, "\"body\": ", "\"body\": \"Un autre texte, caché.\",\n  \"body\": ") },
            entry("\"body\" twice, once spelled with an escape") { edited($0, "\"day\": ", "\"bo\\u0064y\": \"Caché.\",\n  \"day\": ") },
            entry("unknown field \"name\"") { edited($0, "\"day\": ", "\"name\": \"Alice\",\n  \"day\": ") },
            entry("unknown field \"hostname\"") { edited($0, "\"day\": ", "\"hostname\": \"laptop-7\",\n  \"day\": ") },
            entry("format taskforce.annotation.v2") { edited($0, "annotation.v1", "annotation.v2") },
            entry("comment without a stance") { edited($0, "  \"stance\": \"concern\",\n", "") },
            endorsement("endorsement with a body") { edited($0, "\"day\": ", "\"body\": \"Moi aussi.\",\n  \"day\": ") },
            entry("body not in NFC (decomposed é)") { replacing(bytes($0), [0xC3, 0xA9], [0x65, 0xCC, 0x81]) },
            { let a = comment(); return HostileEntry("id not matching the file name", "\(t)/\(AnnotationID.random().value).json", .bytes(bytes(a))) }(),
            { let a = comment(); return HostileEntry("annotation in the wrong text folder", "autre-texte/\(a.id.value).json", .bytes(bytes(a))) }(),
            { let a = comment(); return HostileEntry("folder named with uppercase", "Demo-Travail", .folder(["\(a.id.value).json": bytes(a)])) }(),
            { let a = comment(); return HostileEntry("folder named like a path traversal", "%2e%2e%2fetc", .folder(["\(a.id.value).json": bytes(a)])) }(),
            { let a = comment(); return HostileEntry("folder named with a space and an accent", "démo travail", .folder(["\(a.id.value).json": bytes(a)])) }(),
            entry("empty file") { _ in [] },
            entry("byte order mark") { [0xEF, 0xBB, 0xBF] + bytes($0) },
            entry("JSON array instead of an object") { Array("[\n".utf8) + bytes($0) + Array("]\n".utf8) },
            entry("deeply nested objects") { _ in
                Array((String(repeating: "{\"a\":", count: 40_000) + "1" + String(repeating: "}", count: 40_000)).utf8)
            },
            entry("deeply nested arrays") { _ in Array(String(repeating: "[", count: 200_000).utf8) },
            entry("deeply nested list of tags") { edited($0, "\"tags\": [", "\"tags\": [" + String(repeating: "[", count: 50_000)) },
            entry("one byte") { _ in Array("{".utf8) },
            HostileEntry("character device", file(comment()), .characterDevice),
            HostileEntry("folder named <id>.json", file(comment()), .folder(["inside.json": Array("{}".utf8)])),

            // More of our own.
            HostileEntry("Unix socket", file(comment()), .socket),
            HostileEntry("hard link to a file outside", file(comment()), .hardLinkToOutsideFile(Array("root:x:0:0:root:/root:/bin/bash\n".utf8))),
            HostileEntry("dangling symbolic link", file(comment()), .symlink("/nonexistent/taskforce/\(AnnotationID.random().value)")),
            { let a = Annotation.comment(text: "autre-projet", article: "1", fingerprint: "0eb661f111e275d9", stance: .support,
                                         tags: [], body: "Derrière un lien.", language: "fr", day: DemoAnnotations.day)
              return HostileEntry("symbolic link in place of a text folder", "autre-projet",
                                  .symlinkToOutsideFolder(["\(a.id.value).json": bytes(a)])) }(),
            { let a = comment()
              return HostileEntry("terminal escapes and a newline in the file name",
                                  "\(t)/\u{1B}[2J\u{1B}[31mfaux\n0 problems.json", .bytes(bytes(a)), marker: "0 problems.json") }(),
            { let a = comment(); return HostileEntry("extension in uppercase", "\(t)/\(a.id.value).JSON", .bytes(bytes(a))) }(),
            { let a = comment(); return HostileEntry("hidden temporary file among the annotations", "\(t)/.\(a.id.value).json.part", .bytes(bytes(a))) }(),
            entry("escaped NUL in the body") { edited($0, "Sécurité", "S\\u0000curité") },
            entry("unpaired surrogate") { edited($0, "Sécurité", "S\\ud800curité") },
            entry("raw tab inside a string") { edited($0, "Sécurité", "S\tcurité") },
            entry("overlong UTF-8 encoding") { replacing(bytes($0), Array("ordinaire".utf8), [0x6F, 0xC0, 0xAF, 0x72]) },
            entry("UTF-16 with a byte order mark") { a in [0xFF, 0xFE] + String(decoding: bytes(a), as: UTF8.self).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } },
            entry("valid but over the size cap") { bytes($0) + [UInt8](repeating: 0x20, count: AnnotationCodec.sizeLimit) },
            entry("two objects in one file") { bytes($0) + bytes(comment()) },
            entry("comment in the JSON") { edited($0, "{\n", "{\n  // note\n") },
            entry("unknown kind") { edited($0, "\"kind\": \"comment\"", "\"kind\": \"vote\"") },
            entry("time of day in the day") { edited($0, "\"day\": \"\(DemoAnnotations.day)\"", "\"day\": \"\(DemoAnnotations.day)T14:22:00+01:00\"") },
            entry("day that does not exist") { edited($0, "\"day\": \"\(DemoAnnotations.day)\"", "\"day\": \"2026-02-30\"") },
            entry("null value") { edited($0, "\"day\": ", "\"session\": null,\n  \"day\": ") },
            entry("tags as a string") { edited($0, "\"tags\": [\n    \"safety\"\n  ]", "\"tags\": \"safety\"") },
            entry("unknown theme") { edited($0, "\"safety\"", "\"sports\"") },
            entry("format missing") { edited($0, "  \"format\": \"taskforce.annotation.v1\",\n", "") },
            entry("body longer than the limit") { a in
                edited(a, "Sécurité d'abord : texte ordinaire.", String(repeating: "x", count: AnnotationRules.maximumBodyLength + 1))
            },
            endorsement("show of hands of zero") { edited($0, "\"count\": 7", "\"count\": 0") },
            endorsement("negative show of hands") { edited($0, "\"count\": 7", "\"count\": -7") },
            endorsement("show of hands of twenty digits") { edited($0, "\"count\": 7", "\"count\": 12345678901234567890") },
            endorsement("show of hands with a fraction") { edited($0, "\"count\": 7", "\"count\": 7.5") },
            endorsement("show of hands as true") { edited($0, "\"count\": 7", "\"count\": true") },
            endorsement("endorsement of itself") { edited($0, "\"target\": \"\($0.target!.value)\"", "\"target\": \"\($0.id.value)\"") },
            { let a = comment()
              return HostileEntry("file name not in UTF-8 (Latin-1 é)", "\(t)/\(a.id.value)%E9.json", .bytes(bytes(a)),
                                  rawName: Array(a.id.value.utf8) + [0xE9] + Array(".json".utf8)) }(),
            { let a = comment()
              return HostileEntry("folder name not in UTF-8", "d%E9mo", .folder(["\(a.id.value).json": bytes(a)]),
                                  rawName: [0x64, 0xE9, 0x6D, 0x6F]) }(),
        ]
        list.append({
            let w = Annotation.withdrawal(of: comment(), day: DemoAnnotations.day)
            return HostileEntry("withdrawal with a stance", file(w), .bytes(edited(w, "\"day\": ", "\"stance\": \"oppose\",\n  \"day\": ")))
        }())
        return list
    }

    /// `bytes` with the first occurrence of `old` replaced by `new`; traps if `old` is
    /// missing, so that a catalogue entry can never silently stay valid.
    static func replacing(_ bytes: [UInt8], _ old: [UInt8], _ new: [UInt8]) -> [UInt8] {
        guard !old.isEmpty, bytes.count >= old.count,
              let start = (0...(bytes.count - old.count)).first(where: { bytes[$0..<($0 + old.count)].elementsEqual(old) })
        else { preconditionFailure("catalogue edit: \(String(decoding: old, as: UTF8.self)) not found") }
        return Array(bytes[..<start]) + new + Array(bytes[(start + old.count)...])
    }
}
