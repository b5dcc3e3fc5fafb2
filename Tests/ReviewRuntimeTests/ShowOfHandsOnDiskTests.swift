import Foundation
import ReviewRuntime
import AnnotationFixtures
import TaskForceCore
import TaskForceUI
import Testing

/// A show of hands through the runner and the real folder (issue 14, item 1): signed with
/// the session's facilitator key made with its record, it counts when the folder is read
/// again; `h 6` replaced by 50 counts 50, not 56, and nothing is refused.
@Suite struct ShowOfHandsOnDiskTests {
    @Test func aReplacedShowOfHandsCountsItsNewNumberWhenTheFolderIsReadAgain() throws {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("tf-hands-\(UUID())")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = AnnotationStore(root: root.appendingPathComponent("Annotations"))
        let disk = FolderDisk(store: store, texts: root.appendingPathComponent("Texts"),
                              facilitatorKeys: FacilitatorKeys(folder: root.appendingPathComponent("keys")))
        let runner = EffectRunner(disk: disk, session: "BXL-1", today: { "2026-12-04" })
        let record = SessionRecord(code: "BXL-1", place: "Liège", day: "2026-12-04", headcount: 60)
        guard case .sessionSaved(_, .success)? = runner.perform(.facilitator(.saveSession(record))) else {
            Issue.record("no session record"); return
        }
        let comment = Annotation.comment(text: "demo", article: "1", fingerprint: "aaaaaaaaaaaaaaaa", stance: .oppose,
                                         tags: [], body: "Non.", language: "fr", session: "BXL-1", day: "2026-12-04")
        try store.prepare()
        try store.save(comment)

        func counted() -> (endorsements: Int?, refused: Int) {
            let loaded = AnnotationLoader.load(store)
            let keys = SessionRecords.keys(store, records: SessionRecords.load(store).records)
            let view = CurrentView(loaded.annotations, catalogue: ["demo": ["1": ["aaaaaaaaaaaaaaaa"]]], sessions: keys)
            return (view.comments["demo"]?["1"]?.first?.endorsements, view.refused.count)
        }
        guard case .facilitatorSaved(_, .success(let six))? = runner.perform(.facilitator(.showOfHands(comment, count: 6))) else {
            Issue.record("no show of hands"); return
        }
        #expect(counted() == (6, 0))
        let replace = FacilitatorEffect.replaceShowOfHands(comment, previous: six, count: 50)
        guard case .facilitatorSaved(_, .success)? = runner.perform(.facilitator(replace)) else {
            Issue.record("not replaced"); return
        }
        #expect(counted() == (50, 0))
    }
}
