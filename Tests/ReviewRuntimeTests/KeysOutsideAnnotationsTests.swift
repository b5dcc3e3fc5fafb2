import Foundation
import ReviewRuntime
import TaskForceCore
import TaskForceUI
import Testing

/// Facilitator keys never go into the annotations folder, even when TASKFORCE_KEYS points
/// there: a copy of the folder, a bundle or a git push would carry them (issue 12).
@Suite struct KeysOutsideAnnotationsTests {
    @Test(arguments: ["Annotations/keys", "Annotations", "Annotations/./sub/../keys"])
    func aKeysFolderInsideTheAnnotationsIsRefused(_ inside: String) throws {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("tf-keys-\(UUID())")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root.appendingPathComponent("Annotations"))
        let keys = FacilitatorKeys(folder: root.appendingPathComponent(inside))
        let runner = EffectRunner(disk: FolderDisk(store: store, texts: root.appendingPathComponent("Texts"), facilitatorKeys: keys),
                                  session: "BXL-1", today: { "2026-12-04" })
        let record = SessionRecord(code: "BXL-1", place: "Liège", day: "2026-12-04", headcount: 6)
        guard case .sessionSaved(_, .failure(let failure))? = runner.perform(.facilitator(.saveSession(record))) else {
            Issue.record("the session was saved with its key inside the annotations folder"); return
        }
        #expect(failure.message.contains("outside the annotations folder"), "\(failure.message)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(inside).appendingPathComponent("BXL-1.key").path))
    }

    @Test func aKeysFolderBesideTheAnnotationsIsUsed() throws {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("tf-keys-\(UUID())")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root.appendingPathComponent("Annotations"))
        // A name that starts like the annotations folder's is not inside it.
        let keys = FacilitatorKeys(folder: root.appendingPathComponent("Annotations-keys"))
        let runner = EffectRunner(disk: FolderDisk(store: store, texts: root.appendingPathComponent("Texts"), facilitatorKeys: keys),
                                  session: "BXL-1", today: { "2026-12-04" })
        let record = SessionRecord(code: "BXL-1", place: "Liège", day: "2026-12-04", headcount: 6)
        guard case .sessionSaved(_, .success)? = runner.perform(.facilitator(.saveSession(record))) else {
            Issue.record("not saved"); return
        }
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Annotations-keys/BXL-1.key").path))
    }
}
