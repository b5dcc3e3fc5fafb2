import AnnotationFixtures
import Foundation
import Testing
@testable import TaskForceCore

/// The loader reads a folder's files on several threads: what it returns, the order of
/// its reports and where bad files are moved must be what reading them one by one in
/// name order gives, every time.
struct AnnotationLoaderOrderTests {
    @Test func inOrderMapKeepsTheOrder() {
        let numbers = Array(0..<10_000)
        for chunkSize in [1, 7, 64, 9_999, 10_000, 20_000] {
            #expect(InOrderMap.map(numbers, chunkSize: chunkSize) { $0 * 3 + 1 } == numbers.map { $0 * 3 + 1 })
        }
        #expect(InOrderMap.map([Int](), chunkSize: 64) { $0 }.isEmpty)
        #expect(InOrderMap.map([5], chunkSize: 64) { "\($0)" } == ["5"])
    }

    /// A folder of many chunks, bad files among good ones: some broken JSON, some with the
    /// id of another file, one sub-folder; one bad name is already taken in quarantine/.
    struct Fixture {
        let scratch: AnnotationScratch
        var valid: [(name: String, annotation: Annotation, bytes: [UInt8])] = []
        var bad: [String] = []
        var taken: String = ""

        init() throws {
            scratch = try AnnotationScratch()
            try scratch.store.prepare()
            let folder = scratch.textFolder
            #expect(mkdir(folder.path, 0o700) == 0)
            for n in 0..<500 {
                let a = DemoAnnotations.comment("Commentaire numéro \(n) sur le bouton d'alarme.")
                let name = "\(a.id.value).json"
                var bytes = AnnotationCodec.encode(a)
                switch n % 37 {
                case 5: bytes.removeLast(10)  // cut: not valid JSON
                case 11: bytes = AnnotationCodec.encode(DemoAnnotations.comment("Un autre."))  // another id
                case 23:
                    #expect(mkdir(folder.appendingPathComponent(name).path, 0o700) == 0)
                    bad.append(name)
                    continue
                default: break
                }
                #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data(bytes),
                                                       attributes: [.posixPermissions: 0o600]))
                if n % 37 == 5 || n % 37 == 11 { bad.append(name) } else { valid.append((name, a, bytes)) }
            }
            valid.sort { $0.name < $1.name }
            bad.sort()
            // The third bad name is taken in quarantine/ already: it goes to `<name>.1`.
            taken = bad[2]
            let quarantined = scratch.store.quarantineFolder.appendingPathComponent(DemoAnnotations.text.rawValue)
            #expect(mkdir(quarantined.path, 0o700) == 0)
            #expect(FileManager.default.createFile(atPath: quarantined.appendingPathComponent(taken).path, contents: Data()))
        }
    }

    @Test func resultsReportsAndMovesAreInNameOrder() throws {
        let fixture = try Fixture()
        let scratch = fixture.scratch
        defer { scratch.remove() }

        let inspected = AnnotationLoader.loadFiles(scratch.store, quarantine: false)
        #expect(inspected.files.map(\.annotation) == fixture.valid.map(\.annotation))
        #expect(inspected.files.map(\.bytes) == fixture.valid.map(\.bytes))
        #expect(inspected.files.map(\.origin) == fixture.valid.map { scratch.textFolder.appendingPathComponent($0.name).relativePath })
        #expect(inspected.defects.map(\.file) == fixture.bad.map { scratch.textFolder.appendingPathComponent($0).relativePath })
        #expect(inspected.defects.allSatisfy { $0.quarantinedAs == nil })
        for _ in 0..<5 {
            let again = AnnotationLoader.loadFiles(scratch.store, quarantine: false)
            #expect(again.files == inspected.files)
            #expect(again.defects == inspected.defects)
        }

        let loaded = AnnotationLoader.load(scratch.store)
        #expect(loaded.annotations == fixture.valid.map(\.annotation))
        #expect(loaded.defects.map(\.file) == inspected.defects.map(\.file))
        #expect(loaded.defects.map(\.message) == inspected.defects.map(\.message))
        let quarantined = scratch.store.quarantineFolder.appendingPathComponent(DemoAnnotations.text.rawValue)
        #expect(loaded.defects.map(\.quarantinedAs)
            == fixture.bad.map { quarantined.appendingPathComponent($0 == fixture.taken ? $0 + ".1" : $0).relativePath })
        #expect(AnnotationScratch.names(in: scratch.textFolder) == fixture.valid.map(\.name))
    }
}
